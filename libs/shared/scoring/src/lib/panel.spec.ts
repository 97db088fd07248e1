import fc from 'fast-check';
import { PanelRating, panelAggregate } from './panel';

function r(
  interviewerId: string,
  questionId: string,
  competencyId: string,
  rating: number | null,
): PanelRating {
  return { interviewerId, questionId, competencyId, rating };
}

describe('panelAggregate', () => {
  it('averages per interviewer first, then across the panel', () => {
    // Empathy has two questions. Ann: (5 + 3)/2 = 4; Ben: 2 (second question unrated); Cy: (3 + 3)/2 = 3.
    // Panel: mean (4 + 2 + 3)/3 = 3, min 2, max 4, range 2 → disagreement; sd = √((1 + 1 + 0)/2) = 1.
    const ratings = [
      r('ann', 'q1', 'empathy', 5),
      r('ann', 'q2', 'empathy', 3),
      r('ben', 'q1', 'empathy', 2),
      r('ben', 'q2', 'empathy', null),
      r('cy', 'q1', 'empathy', 3),
      r('cy', 'q2', 'empathy', 3),
      // Billing: 4, 4, 5 → mean 13/3, range 1, no disagreement.
      r('ann', 'q3', 'billing', 4),
      r('ben', 'q3', 'billing', 4),
      r('cy', 'q3', 'billing', 5),
    ];
    const [empathy, billing] = panelAggregate(ratings);
    expect(empathy).toMatchObject({
      competencyId: 'empathy',
      n: 3,
      mean: 3,
      min: 2,
      max: 4,
      range: 2,
      stdDev: 1,
    });
    expect(empathy.disagreement).toBe(true);
    expect(empathy.scores).toEqual([
      { interviewerId: 'ann', score: 4 },
      { interviewerId: 'ben', score: 2 },
      { interviewerId: 'cy', score: 3 },
    ]);
    expect(billing).toMatchObject({
      competencyId: 'billing',
      n: 3,
      min: 4,
      max: 5,
      range: 1,
      disagreement: false,
    });
    expect(billing.mean).toBeCloseTo(13 / 3, 12);
  });

  it('flags a two-point gap between thirds despite floating point', () => {
    // Ann (1 + 1 + 3)/3 = 5/3, Ben (3 + 3 + 5)/3 = 11/3: range exactly 2 on paper, but
    // 11/3 − 5/3 evaluates to 1.9999999999999998 in binary floating point.
    const ratings = ['q1', 'q2', 'q3'].flatMap((q, i) => [
      r('ann', q, 'c', i === 2 ? 3 : 1),
      r('ben', q, 'c', i === 2 ? 5 : 3),
    ]);
    const [c] = panelAggregate(ratings);
    expect(c.range).toBeLessThan(2);
    expect(c.range).toBeCloseTo(2, 12);
    expect(c.disagreement).toBe(true);
  });

  it('reports a competency nobody rated as n = 0 with null statistics', () => {
    const [c] = panelAggregate([r('ann', 'q1', 'c', null), r('ben', 'q1', 'c', null)]);
    expect(c).toEqual({
      competencyId: 'c',
      n: 0,
      mean: null,
      min: null,
      max: null,
      stdDev: null,
      range: null,
      disagreement: false,
      scores: [],
    });
  });

  it('gives a single interviewer a zero spread and no disagreement', () => {
    const [c] = panelAggregate([r('ann', 'q1', 'c', 5)]);
    expect(c).toMatchObject({ n: 1, mean: 5, stdDev: 0, range: 0, disagreement: false });
  });

  it('refuses two ratings of the same question by the same interviewer', () => {
    expect(() => panelAggregate([r('ann', 'q1', 'c', 2), r('ann', 'q1', 'c', 4)])).toThrow(/more than once/);
  });

  it('property: disagreement iff range ≥ 2, and mean within [min, max]', () => {
    const panel = fc.array(
      fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), {
        minLength: 1,
        maxLength: 4,
      }),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(panel, (byInterviewer) => {
        const ratings = byInterviewer.flatMap((qs, i) => qs.map((v, q) => r(`i${i}`, `q${q}`, 'c', v)));
        const [c] = panelAggregate(ratings);
        const scores = byInterviewer
          .map((qs) => qs.filter((v): v is number => v !== null))
          .filter((qs) => qs.length > 0)
          .map((qs) => qs.reduce((a, b) => a + b, 0) / qs.length);
        expect(c.n).toBe(scores.length);
        if (c.n === 0) return;
        const range = Math.max(...scores) - Math.min(...scores);
        expect(c.range).toBeCloseTo(range, 9);
        // exact rational check: scores have denominators ≤ 4, so compare on a ×12 grid
        expect(c.disagreement).toBe(Math.round(range * 12) >= 24);
        expect(c.mean as number).toBeGreaterThanOrEqual(c.min as number);
        expect(c.mean as number).toBeLessThanOrEqual(c.max as number);
        expect(c.stdDev as number).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
