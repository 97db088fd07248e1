import { buildCultureSeries, type CultureData } from './culture-score-builder';
import { buildHeatmap } from './heatmap-builder';
import { periodSpans } from './periods';

/** One rater's ratings of a subject in a cycle, summed as the culture queries return them. */
const review = (subjectId: string, raterId: string, relation: string, ratings: number[]) => ({
  cycleId: 'cy',
  subjectId,
  raterId,
  relation,
  sum: ratings.reduce((a, b) => a + b, 0),
  count: ratings.length,
});

/** Staff-level inputs: Ana (s-1) and Ben (s-2) at Downtown. */
const staffData: CultureData = {
  subjects: [
    { id: 's-1', name: 'Ana', locationId: 'l-1', roleTitle: 'Coordinator' },
    { id: 's-2', name: 'Ben', locationId: 'l-1', roleTitle: 'Nurse' },
  ],
  observations: [{ subjectId: 's-1', month: '2026-02', recognitions: 3, coaching: 1 }],
  metrics: [
    { subjectId: 's-1', own: false, period: '2026-01', metric: 'calls_returned_rate', sum: 0.8, count: 1 },
    { subjectId: 's-1', own: false, period: '2026-02', metric: 'calls_returned_rate', sum: 0.9, count: 1 },
    { subjectId: 's-1', own: false, period: '2026-02', metric: 'fee_estimate_given_rate', sum: 0.5, count: 1 },
    { subjectId: 's-2', own: false, period: '2026-02', metric: 'review_rating', sum: 5, count: 1 },
  ],
  cycles: [{ id: 'cy', periodStart: '2026-01-01', periodEnd: '2026-02-28' }],
  reviews: ['u-a', 'u-b'].map((rater) => review('s-1', rater, 'peer', [5])),
};

/** The same people pooled into their location, with the location's own review rating and a third peer. */
const locationData: CultureData = {
  ...staffData,
  subjects: [{ id: 'l-1', name: 'Downtown', locationId: 'l-1', roleTitle: null }],
  observations: [{ subjectId: 'l-1', month: '2026-02', recognitions: 3, coaching: 1 }],
  metrics: [
    { subjectId: 'l-1', own: false, period: '2026-02', metric: 'calls_returned_rate', sum: 0.9, count: 1 },
    { subjectId: 'l-1', own: false, period: '2026-02', metric: 'review_rating', sum: 5, count: 1 },
    { subjectId: 'l-1', own: true, period: '2026-02', metric: 'review_rating', sum: 3, count: 1 },
  ],
  reviews: [...['u-a', 'u-b'].map((rater) => review('l-1', rater, 'peer', [5])), review('l-1', 'u-c', 'peer', [3])],
};

describe('culture score series', () => {
  it('spans whole quarters and months in order', () => {
    expect(periodSpans('2025-11', '2026-02', 'quarter').map((s) => [s.key, s.start, s.end])).toEqual([
      ['2025-Q4', '2025-11-01', '2025-12-31'],
      ['2026-Q1', '2026-01-01', '2026-02-28'],
    ]);
  });

  it('drops 360 ratings from two raters (anonymity) and says the data is insufficient', () => {
    const { items } = buildCultureSeries(staffData, { unit: 'month', from: '2026-02', to: '2026-02', minRaters: 3 });
    const ana = items.find((i) => i.subjectId === 's-1');
    const point = ana?.points[0];
    expect(point?.breakdown.dropped).toContainEqual({ component: 'ratings360', reason: 'below_min_raters' });
    expect(point?.insufficient_data).toBe(true);
    // observations 100·4/6, calls returned 90 → 0.2/0.5 and 0.3/0.5 weights.
    expect(point?.score).toBeCloseTo(0.4 * ((100 * 4) / 6) + 0.6 * 90, 10);
    expect(point?.breakdown.observations).toEqual({ recognitions: 3, coaching: 1 });
  });

  it('scores by quarter with the mean of the months, and maps review_rating to the library’s metric', () => {
    const { items } = buildCultureSeries(staffData, { unit: 'quarter', from: '2026-01', to: '2026-03', minRaters: 3 });
    const ana = items.find((i) => i.subjectId === 's-1');
    expect(ana?.points[0].breakdown.serviceMetrics).toEqual([
      { metric: 'calls_returned_rate', raw: expect.closeTo(0.85, 10), normalised: expect.closeTo(85, 10) },
    ]);
    const ben = items.find((i) => i.subjectId === 's-2');
    expect(ben?.points[0].breakdown.serviceMetrics).toEqual([{ metric: 'review_rating', raw: 5, normalised: 100 }]);
  });

  it('prefers a location’s own figure and pools its people’s ratings across the location', () => {
    const { items } = buildCultureSeries(locationData, { unit: 'month', from: '2026-02', to: '2026-02', minRaters: 3 });
    const point = items[0].points[0];
    expect(point.breakdown.serviceMetrics).toEqual(
      expect.arrayContaining([{ metric: 'review_rating', raw: 3, normalised: 50 }, { metric: 'calls_returned_rate', raw: 0.9, normalised: 90 }]),
    );
    expect(point.breakdown.components.find((c) => c.component === 'ratings360')?.value).toBeCloseTo(((5 + 5 + 3) / 3 - 1) * 25, 10);
  });

  it('leaves withheld peer ratings out of a blend with the (known) manager rating', () => {
    const q = (peer: number) => ({
      ...staffData,
      reviews: [review('s-1', 'u-m', 'manager', [5]), ...['u-a', 'u-b'].map((rater) => review('s-1', rater, 'peer', [peer]))],
    });
    const score = (peer: number) =>
      buildCultureSeries(q(peer), { unit: 'month', from: '2026-02', to: '2026-02', minRaters: 3 }).items.find(
        (i) => i.subjectId === 's-1',
      )?.points[0];
    // Two peers are below the minimum: whatever they answered, the shown figure is the same.
    expect(score(1)).toEqual(score(5));
    expect(score(1)?.breakdown.dropped).toContainEqual({ component: 'ratings360', reason: 'below_min_raters' });
  });

  it('counts a cycle only in the period its review period ends in, whatever range was asked for', () => {
    const data: CultureData = { ...staffData, metrics: [], observations: [], reviews: ['u-a', 'u-b', 'u-c'].map((rater) => review('s-1', rater, 'peer', [4])) };
    const ratings360 = (from: string, to: string) =>
      buildCultureSeries(data, { unit: 'month', from, to, minRaters: 3 })
        .items.find((i) => i.subjectId === 's-1')
        ?.points.map((p) => [p.period, p.breakdown.components.find((c) => c.component === 'ratings360')?.value ?? null]);
    // The cycle runs Jan–Feb: it belongs to February only, so January shows nothing in either range.
    expect(ratings360('2026-01', '2026-02')).toEqual([
      ['2026-01', null],
      ['2026-02', 75],
    ]);
    expect(ratings360('2026-01', '2026-01')).toEqual([['2026-01', null]]);
  });

  it('leaves a period without any input unscored and insufficient', () => {
    const { items } = buildCultureSeries(staffData, { unit: 'month', from: '2026-01', to: '2026-02', minRaters: 3 });
    const ben = items.find((i) => i.subjectId === 's-2');
    expect(ben?.points.map((p) => p.score)).toEqual([null, 100]);
    expect(ben?.points[0].insufficient_data).toBe(true);
  });

  it('counts a rater once, with the mean of all their ratings, when they rated in two relations', () => {
    // u-a rated one person as their manager (5, 5) and another as a peer (2): one rater, mean 4.
    const pooled: CultureData = {
      ...locationData,
      metrics: [],
      observations: [],
      reviews: [
        review('l-1', 'u-a', 'manager', [5, 5]),
        review('l-1', 'u-a', 'peer', [2]),
        review('l-1', 'u-b', 'peer', [3]),
        review('l-1', 'u-c', 'peer', [1]),
      ],
    };
    const point = buildCultureSeries(pooled, { unit: 'month', from: '2026-02', to: '2026-02', minRaters: 3 }).items[0].points[0];
    // rater means 4, 3, 1 → 8/3 on 1–5 → (8/3 − 1) · 25 on 0–100
    expect(point.breakdown.components.find((c) => c.component === 'ratings360')?.value).toBeCloseTo((8 / 3 - 1) * 25, 10);
  });
});

describe('culture heatmap', () => {
  const base = {
    competencies: [{ id: 'c-1', name: 'Empathy' }],
    groups: [
      { key: 'l-1', name: 'Downtown' },
      { key: 'l-2', name: 'Northgate' },
    ],
  };
  const rating = (groupKey: string, raterId: string, relation: string, sum: number, count = 1) => ({
    competencyId: 'c-1',
    groupKey,
    raterId,
    relation,
    sum,
    count,
  });
  const options = { by: 'location' as const, from: '2026-01', to: '2026-03', minRaters: 3 };

  it('averages per rater first, then across raters, and scores the mean on 0–100', () => {
    const heatmap = buildHeatmap(
      { ...base, ratings: [rating('l-1', 'u-a', 'peer', 10, 2), rating('l-1', 'u-b', 'peer', 4), rating('l-1', 'u-c', 'upward', 3)] },
      options,
    );
    // rater means 5, 4, 3 → 4 (the mean of the five ratings would be 17/4)
    expect(heatmap.cells[0]).toEqual({ competencyId: 'c-1', groupKey: 'l-1', insufficient_data: false, reason: null, n: 3, mean: 4, score: 75 });
    expect(heatmap.cells[1]).toMatchObject({ groupKey: 'l-2', insufficient_data: true, reason: 'no_data', mean: null });
  });

  it('withholds two anonymous raters next to a known manager, and says the cell is below the minimum', () => {
    const cell = (peer: number) =>
      buildHeatmap(
        { ...base, ratings: [rating('l-1', 'u-m', 'manager', 5), rating('l-1', 'u-a', 'peer', peer), rating('l-1', 'u-b', 'peer', peer)] },
        options,
      ).cells[0];
    expect(cell(1)).toEqual(cell(5));
    expect(cell(1)).toMatchObject({ insufficient_data: true, reason: 'below_min_raters', n: null, mean: null });
  });
});
