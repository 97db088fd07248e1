import fc from 'fast-check';
import { max, mean, median, min, percentile, range, sampleStdDev } from './stats';

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe('stats', () => {
  describe('empty input is null, never NaN', () => {
    it.each([
      ['mean', mean],
      ['sampleStdDev', sampleStdDev],
      ['min', min],
      ['max', max],
      ['range', range],
      ['median', median],
    ] as const)('%s([]) is null', (_name, fn) => {
      expect(fn([])).toBeNull();
    });

    it('percentile([], p) is null', () => {
      expect(percentile([], 0.9)).toBeNull();
    });
  });

  it('computes a hand-checked example', () => {
    // [2, 4, 4, 4, 5, 5, 7, 9]: sum 40, mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32;
    // sample variance 32/7, sd √(32/7) ≈ 2.138; median (4+5)/2 = 4.5; range 9−2 = 7.
    const xs = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(xs)).toBe(5);
    expect(sampleStdDev(xs)).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(median(xs)).toBe(4.5);
    expect(min(xs)).toBe(2);
    expect(max(xs)).toBe(9);
    expect(range(xs)).toBe(7);
  });

  it('uses n − 1 for the standard deviation, and 0 for a single value', () => {
    // [1, 3]: mean 2, Σd² = 2; n − 1 = 1 → √2 (population formula would give 1).
    expect(sampleStdDev([1, 3])).toBeCloseTo(Math.SQRT2, 12);
    expect(sampleStdDev([4])).toBe(0);
  });

  it('interpolates percentiles like percentile_cont', () => {
    // sorted [1, 2, 3, 4]; p = 0.25 → h = 3·0.25 = 0.75 → 1 + 0.75·(2 − 1) = 1.75
    expect(percentile([4, 1, 3, 2], 0.25)).toBeCloseTo(1.75, 12);
    expect(percentile([4, 1, 3, 2], 0)).toBe(1);
    expect(percentile([4, 1, 3, 2], 1)).toBe(4);
    expect(median([3, 1, 2])).toBe(2);
  });

  it('rejects non-finite values and out-of-range fractions', () => {
    expect(() => mean([1, Number.NaN])).toThrow(RangeError);
    expect(() => sampleStdDev([Number.POSITIVE_INFINITY])).toThrow(RangeError);
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
  });

  it('keeps the mean of identical values exactly equal to them (no float drift)', () => {
    // 0.1 + 0.1 + 0.1 = 0.30000000000000004 in binary floating point; /3 would exceed 0.1.
    expect(mean([0.1, 0.1, 0.1])).toBe(0.1);
    expect(sampleStdDev([0.1, 0.1, 0.1])).toBe(0);
  });

  describe('properties', () => {
    it('mean and median lie within [min, max]', () => {
      fc.assert(
        fc.property(fc.array(finite, { minLength: 1 }), (xs) => {
          const lo = min(xs) as number;
          const hi = max(xs) as number;
          for (const v of [mean(xs) as number, median(xs) as number]) {
            expect(v).toBeGreaterThanOrEqual(lo);
            expect(v).toBeLessThanOrEqual(hi);
          }
        }),
      );
    });

    it('standard deviation is ≥ 0 and 0 exactly when all values are equal', () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1 }), (xs) => {
          const sd = sampleStdDev(xs) as number;
          expect(sd).toBeGreaterThanOrEqual(0);
          expect(sd === 0).toBe(new Set(xs).size === 1);
        }),
      );
    });

    it('percentiles are monotone in the fraction', () => {
      fc.assert(
        fc.property(
          fc.array(finite, { minLength: 1 }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          (xs, p, q) => {
            const [a, b] = p <= q ? [p, q] : [q, p];
            expect(percentile(xs, a) as number).toBeLessThanOrEqual(percentile(xs, b) as number);
          },
        ),
      );
    });
  });
});
