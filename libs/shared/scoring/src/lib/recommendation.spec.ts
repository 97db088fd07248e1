import fc from 'fast-check';
import {
  computeRecommendation,
  Recommendation,
  RECOMMENDATIONS,
  recommendationFromRatings,
  recommendationFromScore,
} from './recommendation';

const s = (competencyId: string, score: number | null, weight?: number) => ({ competencyId, score, weight });

describe('recommendation', () => {
  it.each([
    [1, 'strong_no'],
    [2.49, 'strong_no'],
    [2.5, 'no'],
    [2.99, 'no'],
    [3, 'yes'],
    [3.99, 'yes'],
    [4, 'strong_yes'],
    [5, 'strong_yes'],
  ] as const)('maps overall score %s to %s', (score, expected) => {
    expect(recommendationFromScore(score)).toBe(expected);
  });

  it('treats 3.9999999999999996 (float rounding of 4) as 4', () => {
    expect(recommendationFromScore(4 - 4e-16)).toBe('strong_yes');
  });

  it('averages competency scores, skipping unscored ones', () => {
    // (4 + 3 + 5)/3 = 4 → strong_yes; the null competency is left out
    const result = computeRecommendation([s('a', 4), s('b', 3), s('c', 5), s('d', null)]);
    expect(result).toMatchObject({
      recommendation: 'strong_yes',
      overallScore: 4,
      redFlags: [],
      capped: false,
    });
    expect(result.weights.map((w) => w.competencyId)).toEqual(['a', 'b', 'c']);
    result.weights.forEach((w) => expect(w.weight).toBeCloseTo(1 / 3, 12));
  });

  it('applies weights: (3·4 + 1·2)/4 = 3.5 → yes', () => {
    const result = computeRecommendation([s('empathy', 4, 3), s('billing', 2, 1)]);
    expect(result.overallScore).toBe(3.5);
    expect(result.recommendation).toBe('yes');
    expect(result.weights).toEqual([
      { competencyId: 'empathy', weight: 0.75 },
      { competencyId: 'billing', weight: 0.25 },
    ]);
  });

  it('caps at no when any competency is ≤ 1.5 (red flag)', () => {
    // (5 + 5 + 5 + 1.5)/4 = 4.125 would be strong_yes; the 1.5 red flag caps it at no
    const result = computeRecommendation([s('a', 5), s('b', 5), s('c', 5), s('soft-sell', 1.5)]);
    expect(result).toMatchObject({ recommendation: 'no', capped: true, redFlags: ['soft-sell'] });
    expect(result.overallScore).toBeCloseTo(4.125, 12);
  });

  it('does not raise a strong_no to no because of the cap', () => {
    expect(computeRecommendation([s('a', 1), s('b', 2)])).toMatchObject({
      recommendation: 'strong_no',
      capped: false,
      redFlags: ['a'],
    });
  });

  it('does not flag 1.6', () => {
    expect(computeRecommendation([s('a', 1.6), s('b', 5), s('c', 5)])).toMatchObject({
      redFlags: [],
      capped: false,
    });
  });

  it('returns no recommendation without any score', () => {
    expect(computeRecommendation([s('a', null)])).toEqual({
      recommendation: null,
      overallScore: null,
      redFlags: [],
      capped: false,
      weights: [],
    });
  });

  it('rejects negative weights', () => {
    expect(() => computeRecommendation([s('a', 3, -1)])).toThrow(RangeError);
  });

  it('computes from a scorecard’s question ratings', () => {
    // empathy (5 + 4)/2 = 4.5, billing 3 → (4.5 + 3)/2 = 3.75 → yes;
    // with empathy weighted 3: (3·4.5 + 3)/4 = 4.125 → strong_yes
    const ratings = [
      { questionId: 'q1', competencyId: 'empathy', rating: 5 },
      { questionId: 'q2', competencyId: 'empathy', rating: 4 },
      { questionId: 'q3', competencyId: 'billing', rating: 3 },
    ];
    expect(recommendationFromRatings(ratings)).toMatchObject({ overallScore: 3.75, recommendation: 'yes' });
    expect(recommendationFromRatings(ratings, { empathy: 3 })).toMatchObject({
      overallScore: 4.125,
      recommendation: 'strong_yes',
    });
  });

  describe('properties', () => {
    const scores = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 8 });

    it('is monotone: raising one competency never lowers the recommendation', () => {
      fc.assert(
        fc.property(scores, fc.nat(), (xs, pick) => {
          const i = pick % xs.length;
          fc.pre(xs[i] < 5);
          const before = computeRecommendation(xs.map((v, k) => s(`c${k}`, v)))
            .recommendation as Recommendation;
          const raised = xs.map((v, k) => (k === i ? v + 1 : v));
          const after = computeRecommendation(raised.map((v, k) => s(`c${k}`, v)))
            .recommendation as Recommendation;
          expect(RECOMMENDATIONS.indexOf(after)).toBeGreaterThanOrEqual(RECOMMENDATIONS.indexOf(before));
        }),
      );
    });

    it('never recommends yes or strong_yes when a competency scored 1', () => {
      fc.assert(
        fc.property(scores, (xs) => {
          const result = computeRecommendation([...xs, 1].map((v, k) => s(`c${k}`, v)));
          expect(['strong_no', 'no']).toContain(result.recommendation);
        }),
      );
    });

    it('overall score lies between the lowest and highest competency score', () => {
      fc.assert(
        fc.property(scores, (xs) => {
          const overall = computeRecommendation(xs.map((v, k) => s(`c${k}`, v))).overallScore as number;
          expect(overall).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(overall).toBeLessThanOrEqual(Math.max(...xs));
        }),
      );
    });
  });
});
