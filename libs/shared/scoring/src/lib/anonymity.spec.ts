import fc from 'fast-check';
import { aggregateWithThreshold, poolCycles, RaterValue } from './anonymity';

const v = (raterId: string, value: number): RaterValue => ({ raterId, value });

describe('aggregateWithThreshold', () => {
  it('shows n and mean from three raters', () => {
    // (4 + 5 + 3)/3 = 4
    expect(aggregateWithThreshold([v('a', 4), v('b', 5), v('c', 3)])).toEqual({
      suppressed: false,
      n: 3,
      mean: 4,
    });
  });

  it('suppresses two raters and does not reveal their count', () => {
    const result = aggregateWithThreshold([v('a', 4), v('b', 5)]);
    expect(result).toEqual({ suppressed: true, reason: 'below_min_raters', minRaters: 3 });
  });

  it('counts people, not responses: one rater answering three times is still one rater', () => {
    expect(aggregateWithThreshold([v('a', 1), v('a', 2), v('a', 3)]).suppressed).toBe(true);
  });

  it('gives each rater one vote: their values are averaged first', () => {
    // a: (1 + 3)/2 = 2, b: 5, c: 5 → (2 + 5 + 5)/3 = 4 (a flat mean of all four values would be 3.5)
    expect(aggregateWithThreshold([v('a', 1), v('a', 3), v('b', 5), v('c', 5)])).toEqual({
      suppressed: false,
      n: 3,
      mean: 4,
    });
  });

  it('refuses a threshold below 3, and honours a higher one', () => {
    expect(() => aggregateWithThreshold([v('a', 1), v('b', 2)], 2)).toThrow(RangeError);
    expect(() => aggregateWithThreshold([], 3.5)).toThrow(RangeError);
    expect(aggregateWithThreshold([v('a', 1), v('b', 2), v('c', 3)], 5).suppressed).toBe(true);
  });

  it('property: never returns a number derived from fewer than 3 distinct raters', () => {
    const values = fc.array(
      fc.record({ raterId: fc.constantFrom('a', 'b', 'c', 'd', 'e'), value: fc.integer({ min: 1, max: 5 }) }),
    );
    fc.assert(
      fc.property(values, fc.integer({ min: 3, max: 6 }), (vs, min) => {
        const raters = new Set(vs.map((x) => x.raterId)).size;
        const result = aggregateWithThreshold(vs, min);
        expect(result.suppressed).toBe(raters < min);
        if (result.suppressed)
          expect(Object.keys(result).sort()).toEqual(['minRaters', 'reason', 'suppressed']);
        else expect(result.n).toBe(raters);
      }),
    );
  });
});

describe('poolCycles', () => {
  const q3 = { cycleId: '2025-Q3', ratings: [v('a', 4), v('b', 4)] };
  const q2 = { cycleId: '2025-Q2', ratings: [v('a', 2), v('c', 5)] };
  const q1 = { cycleId: '2025-Q1', ratings: [v('d', 1), v('e', 1), v('f', 1)] };

  it('uses the newest cycle alone when it has enough raters', () => {
    expect(poolCycles([q1, q3])).toEqual({ suppressed: false, n: 3, mean: 1, cyclesPooled: ['2025-Q1'] });
  });

  it('adds older cycles until the threshold is met, and stops there', () => {
    // Q3 has 2 raters; Q3 + Q2 has a, b, c. a: (4 + 2)/2 = 3, b 4, c 5 → mean 4. Q1 is not needed.
    expect(poolCycles([q3, q2, q1])).toEqual({
      suppressed: false,
      n: 3,
      mean: 4,
      cyclesPooled: ['2025-Q3', '2025-Q2'],
    });
  });

  it('suppresses when even the allowed pool is too small', () => {
    expect(poolCycles([q3, q2, q1], { maxCycles: 1 })).toEqual({
      suppressed: true,
      reason: 'below_min_raters',
      minRaters: 3,
      cyclesPooled: [],
    });
    expect(poolCycles([])).toMatchObject({ suppressed: true });
  });

  it('refuses a pooling threshold below 3', () => {
    expect(() => poolCycles([q3], { minRaters: 2 })).toThrow(RangeError);
  });
});
