import type { SelfStaffGap, UpwardTrend } from '@rapport/shared/contracts';
import { formatGap, gapOptions, upwardTrendOptions } from './leader-charts';

const hidden = { suppressed: true as const, reason: 'below_min_raters' as const, minRaters: 3 };

describe('gapOptions', () => {
  const gap: SelfStaffGap[] = [
    { competencyId: 'c1', competencyName: 'Empathy & warmth', self: 5, staff: { suppressed: false, n: 7, mean: 2.571, comments: [] }, cyclesPooled: ['q1'], gap: 2.429 },
    { competencyId: 'c2', competencyName: 'Responsiveness', self: 4, staff: hidden, cyclesPooled: [], gap: null },
  ];

  it('sets self beside the staff mean per competency, with no staff bar where results are withheld', () => {
    const options = gapOptions(gap) as { series: { name: string; data: (number | null)[] }[]; xAxis: { data: string[] } };
    expect(options.xAxis.data).toEqual(['Empathy', 'Responsiveness']);
    expect(options.series[0]).toMatchObject({ name: 'Self', data: [5, 4] });
    expect(options.series[1]).toMatchObject({ name: 'Staff (upward)', data: [2.57, null] });
  });

  it('writes the signed gap above the staff bar', () => {
    const options = gapOptions(gap) as { series: { label?: { formatter: (p: { dataIndex: number }) => string } }[] };
    const label = options.series[1].label?.formatter;
    expect(label?.({ dataIndex: 0 })).toBe('gap +2.4');
    expect(label?.({ dataIndex: 1 })).toBe('');
  });

  it('formats gaps with their sign', () => {
    expect(formatGap(-0.64)).toBe('−0.6');
    expect(formatGap(0.01)).toBe('0.0');
    expect(formatGap(null)).toBe('—');
  });
});

describe('upwardTrendOptions', () => {
  it('draws one line per competency; withheld points are gaps and pooled points hollow', () => {
    const trend: UpwardTrend[] = [
      {
        competencyId: 'c1',
        competencyName: 'Empathy & warmth',
        slope: null,
        points: [
          { cycleId: 'q1', cycleName: 'Q1 360', periodEnd: '2026-03-31', aggregate: hidden, cyclesPooled: ['q1'], pooled: false },
          { cycleId: 'q2', cycleName: 'Q2 360', periodEnd: '2026-06-30', aggregate: { suppressed: false, n: 4, mean: 3.25, comments: [] }, cyclesPooled: ['q2', 'q1'], pooled: true },
        ],
      },
    ];
    const options = upwardTrendOptions(trend) as { xAxis: { data: string[] }; series: { name: string; data: unknown[] }[] };
    expect(options.xAxis.data).toEqual(['Q1 360', 'Q2 360']);
    expect(options.series[0]).toMatchObject({ name: 'Empathy', data: [null, { value: 3.25, symbol: 'emptyCircle' }] });
  });
});
