import fc from 'fast-check';
import { CultureInput, cultureScore, normaliseServiceMetric, SERVICE_METRIC_KINDS, trend } from './culture';

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
