import { responseTrendOptions } from './signals-charts';
import { formatSignedGap, monthsBetween, signalRows } from './signals-rows';
import { SIGNALS } from '../testing/patient-fixtures';

describe('signalRows', () => {
  it('puts each location on a row with a cell per competency, the gap only where both sides show', () => {
    const rows = signalRows(SIGNALS);
    expect(rows.map((r) => [r.location.name, r.responses])).toEqual([
      ['Downtown Clinic', 14],
      ['Northgate Studio', 0],
    ]);
    expect(rows[0].cells.map((c) => c.gap === null ? null : +c.gap.toFixed(2))).toEqual([0.6, null]);
    // Northgate has no billing cell at all: it stays empty rather than becoming a zero.
    expect(rows[1].cells[1]).toEqual({ competencyId: 'c-bill', cell: null, gap: null });
  });

  it('lists the months of the period and signs the gap', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-05', '2026-01')).toEqual([]);
    expect(formatSignedGap(0.62)).toBe('+0.6');
    expect(formatSignedGap(-0.26)).toBe('−0.3');
    expect(formatSignedGap(null)).toBe('—');
  });
});

describe('responseTrendOptions', () => {
  it('draws responses as bars and the mean as a line on its own 1–5 axis, with gaps for empty months', () => {
    const options = responseTrendOptions(SIGNALS) as {
      xAxis: { data: string[] };
      yAxis: { min?: number; max?: number }[];
      series: { type: string; name: string; yAxisIndex?: number; data: unknown[] }[];
    };
    expect(options.xAxis.data).toEqual(['Mar 2026', 'Apr 2026', 'May 2026']);
    const bars = options.series.find((s) => s.name === 'Downtown Clinic: responses');
    expect(bars?.data).toEqual([6, 0, 8]);
    const line = options.series.find((s) => s.name === 'Downtown Clinic: mean score');
    expect(line?.yAxisIndex).toBe(1);
    expect(line?.data).toEqual([4.2, null, 4.57]);
    expect(options.yAxis[1]).toMatchObject({ min: 1, max: 5 });
  });
});
