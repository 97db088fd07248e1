import fc from 'fast-check';
import { assertRating, competencyScore, competencyScores, isValidRating } from './ratings';

describe('ratings', () => {
  it('accepts exactly the integers 1 to 5', () => {
    expect([1, 2, 3, 4, 5].every(isValidRating)).toBe(true);
    expect([0, 6, 2.5, -1, Number.NaN, '3', null, undefined].some(isValidRating)).toBe(false);
    expect(() => assertRating(6)).toThrow(/integer from 1 to 5/);
    expect(() => assertRating(3)).not.toThrow();
  });

  it('scores a competency as the mean of its rated questions, skipping unrated ones', () => {
    // (4 + 5) / 2 = 4.5; the null question neither helps nor hurts
    expect(competencyScore([4, null, 5])).toBe(4.5);
    expect(competencyScore([null, null])).toBeNull();
    expect(competencyScore([])).toBeNull();
  });

  it('rejects an out-of-scale rating instead of averaging it', () => {
    expect(() => competencyScore([3, 7])).toThrow(RangeError);
  });

  it('groups a scorecard by competency in order of first appearance', () => {
    const result = competencyScores([
      { questionId: 'q1', competencyId: 'empathy', rating: 4 },
      { questionId: 'q2', competencyId: 'billing', rating: 2 },
      { questionId: 'q3', competencyId: 'empathy', rating: 3 },
      { questionId: 'q4', competencyId: 'billing', rating: null },
    ]);
    expect(result).toEqual([
      { competencyId: 'empathy', n: 2, score: 3.5 },
      { competencyId: 'billing', n: 1, score: 2 },
    ]);
  });

  it('property: a competency score is within 1..5 and between its lowest and highest rating', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null })), (ratings) => {
        const rated = ratings.filter((r): r is number => r !== null);
        const score = competencyScore(ratings);
        if (rated.length === 0) {
          expect(score).toBeNull();
          return;
        }
        expect(score).toBeGreaterThanOrEqual(Math.min(...rated));
        expect(score).toBeLessThanOrEqual(Math.max(...rated));
      }),
    );
  });
});
