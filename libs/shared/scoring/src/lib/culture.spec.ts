import fc from 'fast-check';
import type { RaterValue } from './anonymity';
import {
  CultureComponent,
  CultureDropReason,
  CultureInput,
  cultureScore,
  normaliseServiceMetric,
  SERVICE_METRIC_KINDS,
  ServiceMetricKind,
  trend,
} from './culture';

const raters = (values: number[]) => values.map((value, i) => ({ raterId: `r${i}`, value }));

describe('normaliseServiceMetric', () => {
  it('scales response minutes between the targets: ≤ 60 → 100, ≥ 1440 → 0, 750 → 50', () => {
    expect(normaliseServiceMetric('inquiry_response_minutes', 30)).toBe(100);
    expect(normaliseServiceMetric('inquiry_response_minutes', 750)).toBe(50);
    expect(normaliseServiceMetric('inquiry_response_minutes', 2000)).toBe(0);
  });

  it('gives each metric its direction', () => {
    expect(normaliseServiceMetric('calls_returned_rate', 0.9)).toBeCloseTo(90, 12);
    expect(normaliseServiceMetric('on_time_rate', 0.75)).toBe(75);
    expect(normaliseServiceMetric('patient_review_rating', 4)).toBe(75);
    // billing errors: 0 % → 100, 2 % → 80, 10 % or more → 0
    expect(normaliseServiceMetric('billing_error_rate', 0)).toBe(100);
    expect(normaliseServiceMetric('billing_error_rate', 0.02)).toBeCloseTo(80, 12);
    expect(normaliseServiceMetric('billing_error_rate', 0.3)).toBe(0);
    expect(() => normaliseServiceMetric('billing_error_rate', 1.2)).toThrow(RangeError);
    expect(() => normaliseServiceMetric('calls_returned_rate', 95)).toThrow(RangeError);
  });
});

describe('cultureScore', () => {
  const full: CultureInput = {
    // a 4, b 3, c 5 → mean 4 → 75
    ratings360: raters([4, 3, 5]),
    // (3 + 1)/(3 + 1 + 2) → 66.67
    observations: { recognitions: 3, coaching: 1 },
    // 90, 90, 50, 80 → 77.5 (on_time_rate missing)
    serviceMetrics: {
      calls_returned_rate: 0.9,
      patient_review_rating: 4.6,
      inquiry_response_minutes: 750,
      billing_error_rate: 0.02,
      on_time_rate: null,
    },
  };

  it('blends the three components 0.5 / 0.2 / 0.3', () => {
    // 0.5·75 + 0.2·66.67 + 0.3·77.5 = 37.5 + 13.33 + 23.25 = 74.083
    const result = cultureScore(full);
    expect(result.score).toBeCloseTo(37.5 + 40 / 3 + 23.25, 9);
    expect(result.dropped).toEqual([]);
    expect(result.components.map((c) => [c.component, c.weight])).toEqual([
      ['ratings360', 0.5],
      ['observations', 0.2],
      ['serviceMetrics', 0.3],
    ]);
    expect(result.serviceMetrics.map((m) => m.metric)).toEqual([
      'calls_returned_rate',
      'patient_review_rating',
      'inquiry_response_minutes',
      'billing_error_rate',
    ]);
  });

  it('drops a missing component and re-normalises the others', () => {
    // without observations: 0.5/0.8 = 0.625 and 0.3/0.8 = 0.375 → 0.625·75 + 0.375·77.5 = 75.9375
    const result = cultureScore({ ...full, observations: { recognitions: 0, coaching: 0 } });
    expect(result.score).toBeCloseTo(75.9375, 9);
    expect(result.dropped).toEqual([{ component: 'observations', reason: 'no_data' }]);
    const [ratings, service] = result.components.map((c) => c.effectiveWeight);
    expect(ratings).toBeCloseTo(0.625, 12);
    expect(service).toBeCloseTo(0.375, 12);
  });

  it('drops 360 ratings from fewer than 3 raters (anonymity)', () => {
    const result = cultureScore({ ...full, ratings360: raters([1, 1]) });
    expect(result.dropped).toEqual([{ component: 'ratings360', reason: 'below_min_raters' }]);
    // 0.2/0.5 · 66.67 + 0.3/0.5 · 77.5 = 26.67 + 46.5
    expect(result.score).toBeCloseTo(80 / 3 + 46.5, 9);
  });

  it('honours custom weights, and drops a zero-weighted component', () => {
    const result = cultureScore(full, { weights: { observations: 0, serviceMetrics: 0.5 } });
    // 0.5·75 + 0.5·77.5 = 76.25
    expect(result.score).toBeCloseTo(76.25, 9);
    expect(result.dropped).toEqual([{ component: 'observations', reason: 'zero_weight' }]);
    expect(() => cultureScore(full, { weights: { ratings360: -1 } })).toThrow(RangeError);
  });

  it('is null with nothing to go on', () => {
    expect(cultureScore({})).toEqual({
      score: null,
      components: [],
      dropped: [
        { component: 'ratings360', reason: 'no_data' },
        { component: 'observations', reason: 'no_data' },
        { component: 'serviceMetrics', reason: 'no_data' },
      ],
      serviceMetrics: [],
    });
  });

  it('rejects a 360 rating outside 1–5 and negative observation counts', () => {
    expect(() => cultureScore({ ratings360: raters([4, 4, 6]) })).toThrow(RangeError);
    expect(() => cultureScore({ observations: { recognitions: -1, coaching: 1 } })).toThrow(RangeError);
  });

  it('property: the score is within [0, 100] and between its lowest and highest component', () => {
    const metric = (min: number, max: number) =>
      fc.option(fc.double({ min, max, noNaN: true }), { nil: null });
    const input = fc.record({
      ratings360: fc.array(
        fc.record({ raterId: fc.constantFrom('a', 'b', 'c', 'd'), value: fc.integer({ min: 1, max: 5 }) }),
      ),
      observations: fc.record({ recognitions: fc.nat(50), coaching: fc.nat(50) }),
      serviceMetrics: fc.record({
        calls_returned_rate: metric(0, 1),
        on_time_rate: metric(0, 1),
        patient_review_rating: metric(1, 5),
        inquiry_response_minutes: metric(0, 5000),
        billing_error_rate: metric(0, 1),
      }),
    });
    const weight = fc.double({ min: 0, max: 10, noNaN: true });
    fc.assert(
      fc.property(input, weight, weight, weight, (data, a, b, c) => {
        const result = cultureScore(data, { weights: { ratings360: a, observations: b, serviceMetrics: c } });
        if (result.score === null) {
          expect(result.components).toEqual([]);
          return;
        }
        const values = result.components.map((x) => x.value);
        expect(result.score).toBeGreaterThanOrEqual(Math.max(0, Math.min(...values) - 1e-9));
        expect(result.score).toBeLessThanOrEqual(Math.min(100, Math.max(...values) + 1e-9));
        expect(result.components.reduce((s, x) => s + x.effectiveWeight, 0)).toBeCloseTo(1, 12);
        expect(result.components.length + result.dropped.length).toBe(3);
      }),
    );
  });

  it('knows every service metric', () => {
    for (const m of SERVICE_METRIC_KINDS) expect(normaliseServiceMetric(m, 1)).toBeGreaterThanOrEqual(0);
  });
});

/**
 * Properties of cultureScore over random inputs. Each names the mutation it is there to catch; the
 * generators keep the set of components with data fixed where a property says so, because adding or
 * removing a component re-weights the others and may move the score either way.
 */
describe('cultureScore properties', () => {
  const COMPONENTS: readonly CultureComponent[] = ['ratings360', 'observations', 'serviceMetrics'];
  /** The domain of each metric, and which way is better (from the issue, not from the code under test). */
  const METRICS: Record<ServiceMetricKind, { min: number; max: number; higherIsBetter: boolean }> = {
    calls_returned_rate: { min: 0, max: 1, higherIsBetter: true },
    on_time_rate: { min: 0, max: 1, higherIsBetter: true },
    patient_review_rating: { min: 1, max: 5, higherIsBetter: true },
    inquiry_response_minutes: { min: 0, max: 3000, higherIsBetter: false },
    billing_error_rate: { min: 0, max: 1, higherIsBetter: false },
  };
  type Metrics = NonNullable<CultureInput['serviceMetrics']>;

  const rating = fc.double({ min: 1, max: 5, noNaN: true });
  const metricValue = (kind: ServiceMetricKind) =>
    fc.double({ min: METRICS[kind].min, max: METRICS[kind].max, noNaN: true });
  /** Two values of a metric, worse first. */
  const worseThenBetter = (kind: ServiceMetricKind) =>
    fc
      .tuple(metricValue(kind), metricValue(kind))
      .map(([a, b]) => (a <= b) === METRICS[kind].higherIsBetter ? ([a, b] as const) : ([b, a] as const));
  const metrics: fc.Arbitrary<Metrics> = fc.record({
    calls_returned_rate: fc.option(metricValue('calls_returned_rate'), { nil: null }),
    on_time_rate: fc.option(metricValue('on_time_rate'), { nil: null }),
    patient_review_rating: fc.option(metricValue('patient_review_rating'), { nil: null }),
    inquiry_response_minutes: fc.option(metricValue('inquiry_response_minutes'), { nil: null }),
    billing_error_rate: fc.option(metricValue('billing_error_rate'), { nil: null }),
  });
  /** Ratings from between `lo` and `hi` distinct raters, each giving 1 to `perRater` ratings, shuffled. */
  const ratingsFrom = (lo: number, hi: number, perRater = 3): fc.Arbitrary<RaterValue[]> =>
    fc
      .integer({ min: lo, max: hi })
      .chain((k) => fc.array(fc.array(rating, { minLength: 1, maxLength: perRater }), { minLength: k, maxLength: k }))
      .map((byRater) => byRater.flatMap((values, i) => values.map((value) => ({ raterId: `r${i}`, value }))))
      .chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }));
  const minRaters = fc.integer({ min: 3, max: 5 });
  const weight = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 10, noNaN: true }));
  const weights = fc.record({ ratings360: weight, observations: weight, serviceMetrics: weight });
  /** Everything but the 360 ratings, each component present or not. */
  const others = fc.record({
    observations: fc.option(fc.record({ recognitions: fc.nat(30), coaching: fc.nat(30) }), { nil: null }),
    serviceMetrics: fc.option(metrics, { nil: null }),
  });
  const score = (input: CultureInput, options: Parameters<typeof cultureScore>[1]) => cultureScore(input, options).score;

  // Catches a reversed rating scale, or a 360 component taken from something other than the ratings' level.
  it('property: raising one rater’s 360 rating never lowers the score', () => {
    fc.assert(
      fc.property(
        minRaters.chain((m) => fc.tuple(fc.constant(m), ratingsFrom(m, m + 3))),
        fc.nat(),
        fc.tuple(rating, rating),
        others,
        weights,
        ([m, ratings], at, [a, b], rest, w) => {
          const i = at % ratings.length;
          const withValue = (value: number) => ratings.map((r, j) => (j === i ? { ...r, value } : r));
          const options = { minRaters: m, weights: w };
          const before = score({ ...rest, ratings360: withValue(Math.min(a, b)) }, options);
          const after = score({ ...rest, ratings360: withValue(Math.max(a, b)) }, options);
          expect(before === null).toBe(after === null);
          if (before !== null && after !== null) expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  // Catches recognitions and coaching counted the wrong way round (or coaching counted as praise).
  it('property: one more recognition never lowers the score, one more coaching note never raises it', () => {
    fc.assert(
      fc.property(
        fc.record({ recognitions: fc.nat(50), coaching: fc.nat(50) }).filter((o) => o.recognitions + o.coaching > 0),
        fc.option(ratingsFrom(1, 6), { nil: null }),
        fc.option(metrics, { nil: null }),
        weights,
        (obs, ratings360, serviceMetrics, w) => {
          const at = (observations: { recognitions: number; coaching: number }) =>
            score({ ratings360, serviceMetrics, observations }, { weights: w });
          const base = at(obs);
          const praised = at({ ...obs, recognitions: obs.recognitions + 1 });
          const coached = at({ ...obs, coaching: obs.coaching + 1 });
          expect([praised === null, coached === null]).toEqual([base === null, base === null]);
          if (base === null || praised === null || coached === null) return;
          expect(praised).toBeGreaterThanOrEqual(base);
          expect(coached).toBeLessThanOrEqual(base);
        },
      ),
    );
  });

  // One property per metric, so each direction gets its own 100 runs: catches a metric normalised the wrong
  // way round (e.g. billing errors as 100 · rate, or best and worst response targets swapped).
  for (const kind of SERVICE_METRIC_KINDS) {
    const better = METRICS[kind].higherIsBetter ? 'higher' : 'lower';
    it(`property: a ${better} ${kind} never lowers the score`, () => {
      fc.assert(
        fc.property(
          worseThenBetter(kind),
          metrics,
          fc.option(ratingsFrom(1, 6), { nil: null }),
          others.map((o) => o.observations),
          weights,
          ([worse, betterValue], rest, ratings360, observations, w) => {
            const at = (value: number) =>
              score({ ratings360, observations, serviceMetrics: { ...rest, [kind]: value } }, { weights: w });
            const before = at(worse);
            const after = at(betterValue);
            expect(before === null).toBe(after === null);
            if (before !== null && after !== null) expect(after).toBeGreaterThanOrEqual(before);
          },
        ),
      );
    });
  }

  /** Inputs where each component is often missing, empty, or (for 360) below the threshold. */
  const sparse = fc.record({
    ratings360: fc.oneof(fc.constant(null), fc.constant([]), ratingsFrom(1, 6)),
    observations: fc.oneof(
      fc.constant(null),
      fc.constant({ recognitions: 0, coaching: 0 }),
      fc.record({ recognitions: fc.nat(3), coaching: fc.nat(3) }),
    ),
    serviceMetrics: fc.oneof(
      fc.constant(null),
      fc.constant({}),
      fc.constant({ on_time_rate: null, billing_error_rate: null }),
      metrics,
    ),
  });
  const distinctRaters = (input: CultureInput) => new Set((input.ratings360 ?? []).map((r) => r.raterId)).size;
  /** Which components have data the score may use, worked out from the input alone. */
  const hasData = (input: CultureInput, m: number): Record<CultureComponent, boolean> => ({
    ratings360: distinctRaters(input) >= m,
    observations: !!input.observations && input.observations.recognitions + input.observations.coaching > 0,
    serviceMetrics: Object.values(input.serviceMetrics ?? {}).some((v) => v !== null && v !== undefined),
  });

  // Catches a 0 (or 50) invented for missing data, a below-threshold 360 that still counts, and a score
  // withheld although some component has data.
  it('property: the score is null exactly when no component has data (or only zero-weighted ones do)', () => {
    fc.assert(
      fc.property(sparse, minRaters, weights, (input, m, w) => {
        const data = hasData(input, m);
        expect(cultureScore(input, { minRaters: m }).score === null).toBe(!COMPONENTS.some((c) => data[c]));
        const result = cultureScore(input, { minRaters: m, weights: w });
        const counted = COMPONENTS.filter((c) => data[c] && w[c] > 0);
        expect(result.score === null).toBe(counted.length === 0);
        expect(result.components.map((c) => c.component)).toEqual(counted);
      }),
      { numRuns: 300 },
    );
  });

  // Catches a component that silently vanishes (neither used nor reported), or is reported for the wrong reason.
  it('property: every component not used is in `dropped` once, with why', () => {
    fc.assert(
      fc.property(sparse, minRaters, weights, (input, m, w) => {
        const data = hasData(input, m);
        const expected = COMPONENTS.flatMap((component): { component: CultureComponent; reason: CultureDropReason }[] => {
          if (!data[component]) {
            const belowThreshold = component === 'ratings360' && (input.ratings360?.length ?? 0) > 0;
            return [{ component, reason: belowThreshold ? 'below_min_raters' : 'no_data' }];
          }
          return w[component] > 0 ? [] : [{ component, reason: 'zero_weight' }];
        });
        const result = cultureScore(input, { minRaters: m, weights: w });
        const byComponent = (a: { component: string }, b: { component: string }) => a.component.localeCompare(b.component);
        expect([...result.dropped].sort(byComponent)).toEqual(expected.sort(byComponent));
      }),
      { numRuns: 300 },
    );
  });

  // Catches counting ratings instead of people: a rater who answered several times still counts once.
  it('property: fewer than minRaters distinct raters always drops the 360 ratings as below_min_raters', () => {
    fc.assert(
      fc.property(
        minRaters.chain((m) => fc.tuple(fc.constant(m), ratingsFrom(1, m - 1, 6))),
        others,
        weights,
        ([m, ratings360], rest, w) => {
          const result = cultureScore({ ...rest, ratings360 }, { minRaters: m, weights: w });
          expect(result.dropped.filter((d) => d.component === 'ratings360')).toEqual([
            { component: 'ratings360', reason: 'below_min_raters' },
          ]);
          expect(result.components.some((c) => c.component === 'ratings360')).toBe(false);
        },
      ),
    );
  });
});

describe('trend', () => {
  it('gives per-period deltas and a least-squares slope, leaving gaps for missing periods', () => {
    // x = 0, 1, 3; y = 60, 65, 71: x̄ = 4/3, ȳ = 196/3; Sxx = 42/9, Sxy = 150/9 → slope 150/42 ≈ 3.571
    const result = trend([
      { period: '2025-Q1', score: 60 },
      { period: '2025-Q2', score: 65 },
      { period: '2025-Q3', score: null },
      { period: '2025-Q4', score: 71 },
    ]);
    expect(result.points.map((p) => p.delta)).toEqual([null, 5, null, null]);
    expect(result.slope).toBeCloseTo(150 / 42, 12);
    expect(result.n).toBe(3);
  });

  it('has no slope with fewer than two scored periods', () => {
    expect(trend([{ period: 'p', score: 50 }]).slope).toBeNull();
    expect(trend([]).slope).toBeNull();
  });

  it('property: a straight line a + b·i has slope b', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.double({ min: -10, max: 10, noNaN: true }), (n, b) => {
        const points = Array.from({ length: n }, (_, i) => ({ period: `p${i}`, score: 20 + b * i }));
        expect(trend(points).slope).toBeCloseTo(b, 9);
      }),
    );
  });
});
