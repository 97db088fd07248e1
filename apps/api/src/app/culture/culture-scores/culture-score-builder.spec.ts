import { buildCultureSeries, type CultureData } from './culture-score-builder';
import { periodSpans } from './periods';

const data: CultureData = {
  staff: [
    { id: 's-1', name: 'Ana', locationId: 'l-1', roleTitle: 'Coordinator' },
    { id: 's-2', name: 'Ben', locationId: 'l-1', roleTitle: 'Nurse' },
  ],
  locations: [{ id: 'l-1', name: 'Downtown' }],
  competencies: [{ id: 'c-1', name: 'Empathy' }],
  observations: [{ staffMemberId: 's-1', month: '2026-02', recognitions: 3, coaching: 1 }],
  metrics: [
    { staffMemberId: 's-1', locationId: null, period: '2026-01', metric: 'calls_returned_rate', value: 0.8 },
    { staffMemberId: 's-1', locationId: null, period: '2026-02', metric: 'calls_returned_rate', value: 0.9 },
    { staffMemberId: 's-1', locationId: null, period: '2026-02', metric: 'fee_estimate_given_rate', value: 0.5 },
    { staffMemberId: 's-2', locationId: null, period: '2026-02', metric: 'review_rating', value: 5 },
    { staffMemberId: null, locationId: 'l-1', period: '2026-02', metric: 'review_rating', value: 3 },
  ],
  cycles: [{ id: 'cy', periodStart: '2026-01-01', periodEnd: '2026-03-31' }],
  reviews: ['u-a', 'u-b'].map((raterUserId) => ({
    cycleId: 'cy',
    subjectStaffId: 's-1',
    raterUserId,
    relation: 'peer',
    ratings: [{ competencyId: 'c-1', rating: 5, comment: '' }],
  })),
};

describe('culture score series', () => {
  it('spans whole quarters and months in order', () => {
    expect(periodSpans('2025-11', '2026-02', 'quarter').map((s) => [s.key, s.start, s.end])).toEqual([
      ['2025-Q4', '2025-11-01', '2025-12-31'],
      ['2026-Q1', '2026-01-01', '2026-02-28'],
    ]);
  });

  it('drops 360 ratings from two raters (anonymity) and says the data is insufficient', () => {
    const { items } = buildCultureSeries(data, { level: 'staff', unit: 'month', from: '2026-02', to: '2026-02', minRaters: 3 });
    const ana = items.find((i) => i.subjectId === 's-1');
    const point = ana?.points[0];
    expect(point?.breakdown.dropped).toContainEqual({ component: 'ratings360', reason: 'below_min_raters' });
    expect(point?.insufficient_data).toBe(true);
    // observations 100·4/6, calls returned 90 → 0.2/0.5 and 0.3/0.5 weights.
    expect(point?.score).toBeCloseTo(0.4 * ((100 * 4) / 6) + 0.6 * 90, 10);
    expect(point?.breakdown.observations).toEqual({ recognitions: 3, coaching: 1 });
  });

  it('scores by quarter with the mean of the months, and maps review_rating to the library’s metric', () => {
    const { items } = buildCultureSeries(data, { level: 'staff', unit: 'quarter', from: '2026-01', to: '2026-03', minRaters: 3 });
    const ana = items.find((i) => i.subjectId === 's-1');
    expect(ana?.points[0].breakdown.serviceMetrics).toEqual([
      { metric: 'calls_returned_rate', raw: expect.closeTo(0.85, 10), normalised: expect.closeTo(85, 10) },
    ]);
    const ben = items.find((i) => i.subjectId === 's-2');
    expect(ben?.points[0].breakdown.serviceMetrics).toEqual([{ metric: 'review_rating', raw: 5, normalised: 100 }]);
  });

  it('prefers a location’s own figure and pools its people’s ratings across the location', () => {
    const three = { ...data, reviews: [...data.reviews, { cycleId: 'cy', subjectStaffId: 's-2', raterUserId: 'u-c', relation: 'peer', ratings: [{ competencyId: 'c-1', rating: 3, comment: '' }] }] };
    const { items } = buildCultureSeries(three, { level: 'location', unit: 'month', from: '2026-02', to: '2026-02', minRaters: 3 });
    const point = items[0].points[0];
    expect(point.breakdown.serviceMetrics).toEqual(
      expect.arrayContaining([{ metric: 'review_rating', raw: 3, normalised: 50 }, { metric: 'calls_returned_rate', raw: 0.9, normalised: 90 }]),
    );
    expect(point.breakdown.components.find((c) => c.component === 'ratings360')?.value).toBeCloseTo(((5 + 5 + 3) / 3 - 1) * 25, 10);
  });

  it('leaves withheld peer ratings out of a blend with the (known) manager rating', () => {
    const q = (peer: number) => ({
      ...data,
      reviews: [
        { cycleId: 'cy', subjectStaffId: 's-1', raterUserId: 'u-m', relation: 'manager', ratings: [{ competencyId: 'c-1', rating: 5, comment: '' }] },
        ...['u-a', 'u-b'].map((raterUserId) => ({
          cycleId: 'cy',
          subjectStaffId: 's-1',
          raterUserId,
          relation: 'peer',
          ratings: [{ competencyId: 'c-1', rating: peer, comment: '' }],
        })),
      ],
    });
    const score = (peer: number) =>
      buildCultureSeries(q(peer), { level: 'staff', unit: 'month', from: '2026-02', to: '2026-02', minRaters: 3 }).items.find(
        (i) => i.subjectId === 's-1',
      )?.points[0];
    // Two peers are below the minimum: whatever they answered, the shown figure is the same.
    expect(score(1)).toEqual(score(5));
    expect(score(1)?.breakdown.dropped).toContainEqual({ component: 'ratings360', reason: 'below_min_raters' });
  });

  it('limits staff series to the people the caller may see', () => {
    const { items } = buildCultureSeries(data, { level: 'staff', unit: 'month', from: '2026-01', to: '2026-02', minRaters: 3, staffIds: new Set(['s-2']) });
    expect(items.map((i) => i.subjectId)).toEqual(['s-2']);
    expect(items[0].points.map((p) => p.score)).toEqual([null, 100]);
    expect(items[0].points[0].insufficient_data).toBe(true);
  });
});
