import fc from 'fast-check';
import { calibrationLabel, InterviewRating, interviewerCalibration } from './calibration';

function r(
  interviewId: string,
  interviewerId: string,
  competencyId: string,
  rating: number | null,
  questionId = competencyId,
): InterviewRating {
  return { interviewId, interviewerId, questionId, competencyId, rating };
}

describe('interviewerCalibration', () => {
  it('measures each interviewer against the mean of the other panelists', () => {
    const ratings = [
      // I1 empathy: Ann 5 − (3+4)/2 = +1.5; Ben 3 − (5+4)/2 = −1.5; Cy 4 − (5+3)/2 = 0. Billing: all 0.
      r('i1', 'ann', 'empathy', 5),
      r('i1', 'ben', 'empathy', 3),
      r('i1', 'cy', 'empathy', 4),
      r('i1', 'ann', 'billing', 4),
      r('i1', 'ben', 'billing', 4),
      r('i1', 'cy', 'billing', 4),
      // I2 empathy: Ann 4 − 2 = +2, Ben −2.
      r('i2', 'ann', 'empathy', 4),
      r('i2', 'ben', 'empathy', 2),
      // I3 empathy: Ann 3, Cy 3 → 0 each. Billing scored by Cy alone → no comparison.
      r('i3', 'ann', 'empathy', 3),
      r('i3', 'cy', 'empathy', 3),
      r('i3', 'ann', 'billing', null),
      r('i3', 'cy', 'billing', 5),
    ];
    const [ann, ben, cy] = interviewerCalibration(ratings);
    // Ann: (1.5 + 0 + 2 + 0)/4 = 0.875 → lenient; Ben: (−1.5 + 0 − 2)/3 ≈ −1.167 → severe; Cy: 0.
    expect(ann).toMatchObject({ interviewerId: 'ann', n: 4, interviews: 3, label: 'lenient' });
    expect(ann.meanDeviation).toBeCloseTo(0.875, 12);
    expect(ben).toMatchObject({ interviewerId: 'ben', n: 3, interviews: 2, label: 'severe' });
    expect(ben.meanDeviation).toBeCloseTo(-3.5 / 3, 12);
    expect(cy).toMatchObject({
      interviewerId: 'cy',
      n: 3,
      interviews: 2,
      meanDeviation: 0,
      label: 'calibrated',
    });
  });

  it('uses the leave-one-out mean: a two-point gap on a pair shows as two points, not one', () => {
    const ratings = ['i1', 'i2', 'i3'].flatMap((i) => [r(i, 'ann', 'c', 5), r(i, 'ben', 'c', 3)]);
    const [ann, ben] = interviewerCalibration(ratings);
    expect(ann.meanDeviation).toBe(2);
    expect(ben.meanDeviation).toBe(-2);
  });

  it('labels nobody from fewer than minComparisons comparisons', () => {
    const ratings = [r('i1', 'ann', 'c', 5), r('i1', 'ben', 'c', 1)];
    const [ann] = interviewerCalibration(ratings);
    expect(ann).toMatchObject({ n: 1, meanDeviation: 4, label: 'insufficient_data' });
    expect(interviewerCalibration(ratings, { minComparisons: 1 })[0].label).toBe('lenient');
  });

  it('reports an interviewer who never shared a panel with n = 0', () => {
    expect(interviewerCalibration([r('i1', 'solo', 'c', 4)])).toEqual([
      {
        interviewerId: 'solo',
        n: 0,
        interviews: 0,
        meanDeviation: null,
        stdDev: null,
        label: 'insufficient_data',
      },
    ]);
  });

  it('compares question by question on request', () => {
    // Competency level: Ann (5 + 1)/2 = 3 vs Ben 3 → one comparison, deviation 0.
    // Question level: q1 5 − 3 = +2, q2 1 − 3 = −2 → two comparisons, mean 0, sd = √8 ≈ 2.83.
    const ratings = [
      r('i1', 'ann', 'c', 5, 'q1'),
      r('i1', 'ann', 'c', 1, 'q2'),
      r('i1', 'ben', 'c', 3, 'q1'),
      r('i1', 'ben', 'c', 3, 'q2'),
    ];
    expect(interviewerCalibration(ratings)[0]).toMatchObject({ n: 1, meanDeviation: 0 });
    const [ann] = interviewerCalibration(ratings, { level: 'question' });
    expect(ann).toMatchObject({ n: 2, meanDeviation: 0 });
    expect(ann.stdDev).toBeCloseTo(Math.sqrt(8), 12);
  });

  it('applies the threshold at ±0.5 inclusive', () => {
    expect(calibrationLabel(0.5, 5)).toBe('lenient');
    expect(calibrationLabel(0.49, 5)).toBe('calibrated');
    expect(calibrationLabel(-0.5, 5)).toBe('severe');
    expect(calibrationLabel(-0.49, 5)).toBe('calibrated');
    expect(calibrationLabel(2, 2)).toBe('insufficient_data');
  });

  it('rejects a bad threshold', () => {
    expect(() => interviewerCalibration([], { threshold: 0 })).toThrow(RangeError);
    expect(() => interviewerCalibration([], { minComparisons: 0 })).toThrow(RangeError);
  });

  describe('properties', () => {
    // interviews × interviewers × competencies of ratings (or null)
    const panels = fc.array(
      fc.array(
        fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), { minLength: 2, maxLength: 2 }),
        {
          minLength: 1,
          maxLength: 4,
        },
      ),
      { minLength: 1, maxLength: 5 },
    );
    const toRatings = (data: (number | null)[][][]): InterviewRating[] =>
      data.flatMap((panel, i) =>
        panel.flatMap((scores, p) => scores.map((v, c) => r(`i${i}`, `p${p}`, `c${c}`, v))),
      );

    it('deviations cancel out: Σ over interviewers of n · mean deviation = 0', () => {
      fc.assert(
        fc.property(panels, (data) => {
          const total = interviewerCalibration(toRatings(data)).reduce(
            (a, c) => a + c.n * (c.meanDeviation ?? 0),
            0,
          );
          expect(total).toBeCloseTo(0, 9);
        }),
      );
    });

    it('a panel that always agrees is calibrated to exactly 0', () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 6 }),
          fc.integer({ min: 2, max: 4 }),
          (scores, k) => {
            const ratings = scores.flatMap((v, i) =>
              Array.from({ length: k }, (_, p) => r(`i${i}`, `p${p}`, 'c', v)),
            );
            for (const c of interviewerCalibration(ratings)) {
              expect(c.meanDeviation).toBe(0);
              expect(c.label).toBe('calibrated');
            }
          },
        ),
      );
    });
  });
});
