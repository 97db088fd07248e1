import fc from 'fast-check';
import { averageRanks, pearson, readCorrelation, spearman } from './correlation';

describe('pearson', () => {
  it('computes a hand-checked example', () => {
    // x̄ = 3, ȳ = 4; Sxy = 4 + 0 + 0 + 0 + 2 = 6, Sxx = 10, Syy = 6 → r = 6/√60 ≈ 0.7746
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(6 / Math.sqrt(60), 12);
  });

  it('is null for a constant variable or fewer than two pairs', () => {
    expect(pearson([1, 2, 3], [4, 4, 4])).toBeNull();
    expect(pearson([1], [2])).toBeNull();
    expect(() => pearson([1, 2], [1])).toThrow(RangeError);
  });
});

describe('averageRanks', () => {
  it('gives ties the average of the ranks they span', () => {
    // 5 → 1; 10 → 2; the three 20s share ranks 3, 4, 5 → 4; 30 → 6
    expect(averageRanks([10, 20, 20, 30, 20, 5])).toEqual([2, 4, 4, 6, 4, 1]);
  });
});

describe('spearman', () => {
  it('reproduces a textbook example without ties', () => {
    // Σd² = 52, n = 10 → ρ = 1 − 6·52/(10·99) = 113/165 ≈ 0.6848.
    // CI: atanh(0.6848) = 0.8377; SE = √(1.06/7) = 0.3891; tanh(0.8377 ± 1.96·0.3891) = [0.0753, 0.9218]
    const x = [4, 10, 3, 1, 9, 2, 6, 7, 8, 5];
    const y = [5, 8, 6, 2, 10, 3, 9, 4, 7, 1];
    const result = spearman(x, y);
    if (result.rho === null) throw new Error('expected a correlation');
    expect(result.rho).toBeCloseTo(113 / 165, 12);
    expect(result.n).toBe(10);
    expect(result.ci95.lower).toBeCloseTo(0.0753487, 6);
    expect(result.ci95.upper).toBeCloseTo(0.9218018, 6);
  });

  it('handles ties with average ranks (Bonett & Wright 2000 example; ρ = 0.8699639)', () => {
    // Data of statpsych::ci.spear's documentation; its ρ matches. Our interval uses Fieller's
    // variance 1.06/(n − 3), not Bonett–Wright's, so only ρ is comparable; the CI is from our formula.
    const y = [21, 4, 9, 12, 35, 18, 10, 22, 24, 1, 6, 8, 13, 16, 19];
    const x = [67, 28, 30, 28, 52, 40, 25, 37, 44, 10, 14, 20, 28, 40, 51];
    const result = spearman(x, y);
    if (result.rho === null) throw new Error('expected a correlation');
    expect(result.rho).toBeCloseTo(0.8699639, 7);
    expect(result.ci95.lower).toBeCloseTo(0.6353945, 6);
    expect(result.ci95.upper).toBeCloseTo(0.9575408, 6);
  });

  it('drops incomplete pairs and reports too few', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, null, 11];
    const y = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null];
    expect(spearman(x, y)).toEqual({ rho: null, n: 9, reason: 'too_few_pairs' });
    expect(spearman(x, y, { minN: 5 })).toMatchObject({ rho: 1, n: 9, ci95: { lower: 1, upper: 1 } });
  });

  it('is null when one variable does not vary', () => {
    expect(spearman([1, 2, 3, 4, 5], [3, 3, 3, 3, 3], { minN: 4 })).toEqual({
      rho: null,
      n: 5,
      reason: 'no_variation',
    });
  });

  it('refuses a minimum n below 4 (the standard error needs n − 3 > 0)', () => {
    expect(() => spearman([1, 2, 3], [1, 2, 3], { minN: 3 })).toThrow(RangeError);
  });

  describe('properties', () => {
    const pairs = fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 })), {
      minLength: 10,
      maxLength: 40,
    });

    it('ρ is within [−1, 1] and inside its own confidence interval', () => {
      fc.assert(
        fc.property(pairs, (ps) => {
          const result = spearman(
            ps.map(([a]) => a),
            ps.map(([, b]) => b),
          );
          if (result.rho === null) return;
          expect(Math.abs(result.rho)).toBeLessThanOrEqual(1);
          expect(result.ci95.lower).toBeLessThanOrEqual(result.rho + 1e-12);
          expect(result.ci95.upper).toBeGreaterThanOrEqual(result.rho - 1e-12);
        }),
      );
    });

    it('ρ = 1 for a strictly increasing transform, −1 for a decreasing one', () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 10, maxLength: 40 }),
          (xs) => {
            const up = spearman(
              xs,
              xs.map((v) => v ** 3 + 7),
            );
            const down = spearman(
              xs,
              xs.map((v) => -2 * v),
            );
            expect(up.rho).toBeCloseTo(1, 12);
            expect(down.rho).toBeCloseTo(-1, 12);
          },
        ),
      );
    });

    it('is symmetric in x and y', () => {
      fc.assert(
        fc.property(pairs, (ps) => {
          const x = ps.map(([a]) => a);
          const y = ps.map(([, b]) => b);
          const a = spearman(x, y).rho;
          const b = spearman(y, x).rho;
          if (a === null) expect(b).toBeNull();
          else expect(b).toBeCloseTo(a, 12);
        }),
      );
    });
  });
});

describe('readCorrelation', () => {
  const xs = Array.from({ length: 30 }, (_, i) => i);
  it('reads a strong positive relation over enough pairs as tracking', () => {
    expect(readCorrelation(spearman(xs, xs.map((x) => x * 2 + 1)))).toBe('tracks');
  });
  it('reads a strong negative relation as inverse', () => {
    expect(readCorrelation(spearman(xs, xs.map((x) => -x)))).toBe('inverse');
  });
  it('reads an interval spanning 0 as no evidence', () => {
    // Alternating pattern: ρ near 0 with a wide interval.
    const ys = xs.map((x) => (x % 2 === 0 ? x : 30 - x));
    const result = spearman(xs, ys);
    expect(result.rho).not.toBeNull();
    expect(readCorrelation(result)).toBe('no_evidence');
  });
  it('reads a constant variable as no evidence, and too few pairs as not enough data', () => {
    expect(readCorrelation(spearman(xs, xs.map(() => 3)))).toBe('no_evidence');
    expect(readCorrelation(spearman(xs.slice(0, 9), xs.slice(0, 9)))).toBe('not_enough_data');
  });
});
