import fc from 'fast-check';
import { AlphaMetric, coincidenceMatrix, krippendorffAlpha, panelAgreement } from './agreement';
import { PanelRating } from './panel';

const _ = null;

/**
 * Reliability data of Krippendorff, K. (2011) "Computing Krippendorff's Alpha-Reliability", University
 * of Pennsylvania, ASC papers 43, section "C. Interval data with missing values" and following: 4
 * observers × 12 units, transposed here to units × raters. Published results: nominal α = 0.743,
 * ordinal α = 0.815, interval α = 0.849, ratio α = 0.797 (the same figures are reproduced by the test
 * suite of the `krippendorff` Python package). Unit 12 has a single value and is not pairable: n = 40.
 */
const KRIPPENDORFF_2011: (number | null)[][] = [
  [1, 1, _, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [_, 5, 5, 5],
  [_, _, 1, 1],
  [_, 3, _, _],
];

/**
 * Wikipedia, "Krippendorff's alpha", section "A computational example" (3 coders × 15 units, as units ×
 * coders here): nominal α = 0.691; the `krippendorff` Python package's tests give 0.691358 (nominal) and
 * 0.810845 (interval) for the same data.
 */
const WIKIPEDIA: (number | null)[][] = [
  [_, 1, _],
  [_, _, _],
  [_, 2, 2],
  [_, 1, 1],
  [_, 3, 3],
  [3, 3, 4],
  [4, 4, 4],
  [1, 3, _],
  [2, _, 2],
  [1, _, 1],
  [1, _, 1],
  [3, _, 3],
  [3, _, 3],
  [_, _, _],
  [3, _, 4],
];

function alphaOf(data: (number | null)[][], metric: AlphaMetric): number {
  const result = krippendorffAlpha(data, metric);
  if (result.alpha === null) throw new Error(`alpha unavailable: ${result.reason}`);
  return result.alpha;
}

describe('krippendorffAlpha', () => {
  it('builds the coincidence matrix published in Krippendorff (2011)', () => {
    const cm = coincidenceMatrix(KRIPPENDORFF_2011);
    expect(cm.values).toEqual([1, 2, 3, 4, 5]);
    expect(cm.n).toBe(40);
    expect(cm.pairableUnits).toBe(11);
    // Paper's matrix: row 1 = 7, 4/3, 1/3, 1/3, 0; marginals n_c = 9, 13, 10, 5, 3.
    const row1 = [7, 4 / 3, 1 / 3, 1 / 3, 0];
    cm.matrix[0].forEach((v, k) => expect(v).toBeCloseTo(row1[k], 12));
    [9, 13, 10, 5, 3].forEach((m, c) => expect(cm.marginals[c]).toBeCloseTo(m, 12));
  });

  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as const)('reproduces the published %s alpha of Krippendorff (2011): %s', (metric, published) => {
    expect(alphaOf(KRIPPENDORFF_2011, metric)).toBeCloseTo(published, 3);
  });

  it('matches the exact fractions behind the published figures', () => {
    // nominal: D_o = 8/40 = 1/5, D_e = 152/195 → α = 1 − 39/152 = 113/152
    const nominal = krippendorffAlpha(KRIPPENDORFF_2011, 'nominal');
    expect(nominal).toMatchObject({ n: 40, pairableUnits: 11 });
    expect(nominal.alpha).toBeCloseTo(113 / 152, 12);
    // interval: D_o = 13/30, D_e = 112/39 → α = 1 − (13·39)/(30·112) = 951/1120
    const interval = krippendorffAlpha(KRIPPENDORFF_2011, 'interval');
    expect(interval.alpha).toBeCloseTo(951 / 1120, 12);
    if (interval.alpha === null) throw new Error('unreachable');
    expect(interval.observedDisagreement).toBeCloseTo(13 / 30, 12);
    expect(interval.expectedDisagreement).toBeCloseTo(112 / 39, 12);
  });

  it('reproduces the Wikipedia computational example', () => {
    expect(alphaOf(WIKIPEDIA, 'nominal')).toBeCloseTo(0.691358, 6);
    expect(alphaOf(WIKIPEDIA, 'interval')).toBeCloseTo(0.810845, 6);
  });

  it('computes a small example by hand', () => {
    // units (1,1), (2,2), (1,2): o_11 = 2, o_22 = 2, o_12 = o_21 = 1; n_1 = n_2 = 3, n = 6.
    // nominal: D_o = 2/6, D_e = (3·3 + 3·3)/(6·5) = 0.6 → α = 1 − (1/3)/0.6 = 4/9.
    // With only two values every metric is a rescaled nominal one, so all give 4/9.
    const data = [
      [1, 1],
      [2, 2],
      [1, 2],
    ];
    for (const metric of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
      expect(alphaOf(data, metric)).toBeCloseTo(4 / 9, 12);
    }
  });

  it('distinguishes ordinal from interval: distance follows how many values lie between', () => {
    // Many 1s and 2s, a few 5s: on the ordinal metric 2 vs 5 is not "three steps" but depends on counts.
    const data = [
      [1, 2],
      [1, 1],
      [2, 2],
      [5, 5],
      [2, 5],
    ];
    expect(alphaOf(data, 'ordinal')).not.toBeCloseTo(alphaOf(data, 'interval'), 3);
  });

  describe('too few data', () => {
    it('is null when no unit was rated by two raters', () => {
      expect(
        krippendorffAlpha([
          [1, _],
          [_, 2],
          [3, _],
        ]),
      ).toEqual({
        alpha: null,
        metric: 'ordinal',
        reason: 'no_pairable_units',
        n: 0,
        pairableUnits: 0,
      });
      expect(krippendorffAlpha([])).toMatchObject({ alpha: null, reason: 'no_pairable_units' });
    });

    it('is null when every pairable value is the same (D_e = 0)', () => {
      // the lone 5 is in an unpairable unit, so it does not create variation
      expect(
        krippendorffAlpha([
          [3, 3],
          [3, 3, 3],
          [5, _],
        ]),
      ).toMatchObject({
        alpha: null,
        reason: 'no_variation',
        n: 5,
        pairableUnits: 2,
      });
    });
  });

  it('rejects non-finite values', () => {
    expect(() => krippendorffAlpha([[1, Number.NaN]])).toThrow(RangeError);
  });

  describe('properties', () => {
    const metric = fc.constantFrom<AlphaMetric>('nominal', 'ordinal', 'interval', 'ratio');
    const table = fc.array(
      fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), { minLength: 4, maxLength: 4 }),
      {
        minLength: 1,
        maxLength: 10,
      },
    );

    it('perfect agreement gives 1 whenever there is variation', () => {
      const unitValues = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 10 });
      fc.assert(
        fc.property(unitValues, fc.integer({ min: 2, max: 5 }), metric, (values, raters, m) => {
          fc.pre(new Set(values).size > 1);
          const data = values.map((v) => Array.from({ length: raters }, () => v));
          expect(krippendorffAlpha(data, m).alpha).toBe(1);
        }),
      );
    });

    it('alpha is at most 1, and null only for the documented reasons', () => {
      fc.assert(
        fc.property(table, metric, (data, m) => {
          const result = krippendorffAlpha(data, m);
          const pairable = data.map((row) => row.filter((v) => v !== null)).filter((row) => row.length >= 2);
          if (pairable.length === 0)
            expect(result).toMatchObject({ alpha: null, reason: 'no_pairable_units' });
          else if (new Set(pairable.flat()).size === 1)
            expect(result).toMatchObject({ alpha: null, reason: 'no_variation' });
          else expect(result.alpha).toBeLessThanOrEqual(1);
        }),
      );
    });

    it('is invariant to the order of raters and of units', () => {
      const shuffleKeys = fc.array(fc.double({ noNaN: true }), { minLength: 10, maxLength: 10 });
      fc.assert(
        fc.property(table, metric, shuffleKeys, shuffleKeys, (data, m, unitKeys, raterKeys) => {
          const permute = <T>(xs: T[], keys: number[]): T[] =>
            xs
              .map((x, i) => [x, keys[i]] as const)
              .sort((a, b) => a[1] - b[1])
              .map(([x]) => x);
          const raterOrder = permute([0, 1, 2, 3], raterKeys);
          const shuffled = permute(data, unitKeys).map((row) => raterOrder.map((i) => row[i]));
          const a = krippendorffAlpha(data, m).alpha;
          const b = krippendorffAlpha(shuffled, m).alpha;
          if (a === null) expect(b).toBeNull();
          else expect(b).toBeCloseTo(a, 10);
        }),
      );
    });
  });
});

describe('panelAgreement', () => {
  it('treats questions as units and interviewers as raters', () => {
    // The Krippendorff (2011) table read as 12 questions × 4 interviewers gives the published ordinal α.
    const ratings: PanelRating[] = KRIPPENDORFF_2011.flatMap((row, q) =>
      row.map((rating, i) => ({ interviewerId: `i${i}`, questionId: `q${q}`, competencyId: 'c', rating })),
    );
    expect(panelAgreement(ratings).alpha).toBeCloseTo(0.815, 3);
    expect(panelAgreement(ratings, 'nominal').alpha).toBeCloseTo(0.743, 3);
  });

  it('validates ratings and refuses duplicates', () => {
    const base = { competencyId: 'c', questionId: 'q1' };
    expect(() => panelAgreement([{ ...base, interviewerId: 'a', rating: 6 }])).toThrow(RangeError);
    expect(() =>
      panelAgreement([
        { ...base, interviewerId: 'a', rating: 2 },
        { ...base, interviewerId: 'a', rating: 3 },
      ]),
    ).toThrow(/more than once/);
  });
});
