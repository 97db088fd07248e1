import { buildQualityOfHire, outcomeAfterHire, type HireScorecard, type QuestionInfo } from './quality-of-hire-builder';

/** Deterministic noise in [-1, 1). */
function noise(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return (s / 2 ** 32) * 2 - 1;
  };
}

const questions = new Map<string, QuestionInfo>([
  ['q-empathy', { prompt: 'Tell us about an anxious patient', competencyId: 'c-empathy', kitId: 'k', kitName: 'Front desk' }],
  ['q-billing', { prompt: 'A patient disputes a bill', competencyId: 'c-billing', kitId: 'k', kitName: 'Front desk' }],
]);
const competencies = [
  { id: 'c-empathy', name: 'Empathy' },
  { id: 'c-billing', name: 'Billing integrity' },
];

/**
 * 40 hires: empathy ratings are planted to track the outcome (outcome = 20·rating + small noise);
 * billing ratings are independent noise. Interviewer A's ratings track, B's are noise.
 */
function planted() {
  const rand = noise(7);
  const hires = [];
  const scorecards: HireScorecard[] = [];
  for (let h = 0; h < 40; h++) {
    const empathy = 1 + (h % 5);
    const outcome = 20 * empathy + rand() * 5;
    const billing = 1 + Math.floor((rand() + 1) * 2.5);
    hires.push({ staffMemberId: `s${h}`, outcome });
    scorecards.push({
      staffMemberId: `s${h}`,
      interviewerId: 'A',
      ratings: [
        { questionId: 'q-empathy', rating: empathy },
        { questionId: 'q-billing', rating: billing },
      ],
    });
    scorecards.push({
      staffMemberId: `s${h}`,
      interviewerId: 'B',
      ratings: [{ questionId: 'q-billing', rating: 1 + Math.floor((rand() + 1) * 2.5) }],
    });
  }
  return { hires, scorecards };
}

describe('buildQualityOfHire', () => {
  const interviewers = new Map([
    ['A', 'Ada'],
    ['B', 'Ben'],
  ]);

  it('recovers a planted relation and reads no evidence where there is none', () => {
    const result = buildQualityOfHire({ ...planted(), questions, competencies, interviewers, minQuarters: 2 });
    const empathy = result.byCompetency.find((c) => c.competencyId === 'c-empathy');
    const billing = result.byCompetency.find((c) => c.competencyId === 'c-billing');
    expect(result.hires).toBe(40);
    expect(empathy).toEqual(expect.objectContaining({ n: 40, reading: 'tracks' }));
    expect(empathy?.rho).toBeGreaterThan(0.9);
    expect(empathy?.ci95?.lower).toBeGreaterThan(0.8);
    expect(billing?.reading).toBe('no_evidence');
    expect(Math.abs(billing?.rho ?? 1)).toBeLessThan(0.35);
    expect(result.byQuestion.find((q) => q.questionId === 'q-empathy')?.reading).toBe('tracks');
    expect(result.byInterviewer.map((i) => [i.name, i.reading])).toEqual([
      ['Ada', 'tracks'], // her mean over both questions is dominated by the planted one
      ['Ben', 'no_evidence'],
    ]);
  });

  it('says "not enough data" under 10 hires, and leaves out hires without an outcome', () => {
    const { hires, scorecards } = planted();
    const few = hires.map((h, i) => (i < 9 ? h : { ...h, outcome: null }));
    const result = buildQualityOfHire({ hires: few, scorecards, questions, competencies, interviewers, minQuarters: 2 });
    expect(result.hires).toBe(9);
    expect(result.byCompetency[0]).toEqual(expect.objectContaining({ n: 9, rho: null, ci95: null, reading: 'not_enough_data', readingText: 'Not enough data' }));
  });

  it('ignores unrated (null) answers', () => {
    const { hires, scorecards } = planted();
    const blanked = scorecards.map((c) => ({ ...c, ratings: c.ratings.map((r) => ({ ...r, rating: r.questionId === 'q-empathy' ? null : r.rating })) }));
    const result = buildQualityOfHire({ hires, scorecards: blanked, questions, competencies, interviewers, minQuarters: 2 });
    expect(result.byCompetency.find((c) => c.competencyId === 'c-empathy')?.n).toBe(0);
  });
});

describe('outcomeAfterHire', () => {
  const points = [
    { period: '2025-Q1', score: 90 },
    { period: '2025-Q2', score: 60 },
    { period: '2025-Q3', score: null },
    { period: '2025-Q4', score: 80 },
  ];
  it('averages scored quarters after the hire quarter', () => {
    expect(outcomeAfterHire(points, '2025-Q1', 2)).toBe(70);
  });
  it('is null with fewer scored quarters than required', () => {
    expect(outcomeAfterHire(points, '2025-Q2', 2)).toBeNull();
  });
});
