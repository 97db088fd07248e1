import type { ServiceMetric } from '@rapport/shared/contracts';
import { lastMonths, metricRows } from './metric-rows';

const metric = (m: Partial<ServiceMetric>) => ({ id: 'x', staffMemberId: 's', locationId: null, ...m }) as ServiceMetric;

describe('metric rows', () => {
  it('lists the last twelve months oldest first, across a year boundary', () => {
    const months = lastMonths(new Date(2026, 1, 10));
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2025-03');
    expect(months[11]).toBe('2026-02');
  });

  it('gives each metric its latest figure and a trend with gaps for missing months', () => {
    const rows = metricRows(
      [
        metric({ metric: 'on_time_rate', period: '2026-02', value: 0.9 }),
        metric({ metric: 'inquiry_response_minutes', period: '2026-01', value: 300 }),
        metric({ metric: 'inquiry_response_minutes', period: '2025-12', value: 120 }),
      ],
      ['2025-12', '2026-01', '2026-02'],
    );
    expect(rows.map((r) => r.metric)).toEqual(['inquiry_response_minutes', 'on_time_rate']);
    expect(rows[0]).toEqual({ metric: 'inquiry_response_minutes', latest: { period: '2026-01', value: 300 }, trend: [120, 300, null], min: 120, max: 300 });
  });
});
