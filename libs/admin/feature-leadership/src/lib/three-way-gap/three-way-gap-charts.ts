import { shortName } from '@rapport/admin/ui';
import type { ThreeWayGapRow } from '@rapport/shared/contracts';
import type { EChartsCoreOption } from 'echarts/core';

/** The chart's series, in the order of the table's columns. */
export const GAP_SERIES = ['Self', 'Staff (upward)', 'Patients'] as const;

const value = (row: ThreeWayGapRow, series: (typeof GAP_SERIES)[number]): number | null => {
  switch (series) {
    case 'Self':
      return row.self;
    case 'Staff (upward)':
      return row.staff.suppressed ? null : +row.staff.mean.toFixed(2);
    case 'Patients':
      return row.patient.suppressed ? null : +row.patient.mean.toFixed(2);
  }
};

/** True when at least one bar would be drawn. */
export function hasThreeWayBars(rows: readonly ThreeWayGapRow[]): boolean {
  return rows.some((row) => GAP_SERIES.some((series) => value(row, series) !== null));
}

/**
 * Per competency, self vs staff vs patients as three bars side by side (1–5). A withheld value has
 * no bar, never a zero; the table under the chart says why.
 */
export function threeWayGapOptions(rows: readonly ThreeWayGapRow[]): EChartsCoreOption {
  return {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? v.toFixed(1) : 'not enough raters or responses'),
    },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 40, bottom: 90 },
    xAxis: {
      type: 'category',
      data: rows.map((r) => shortName(r.competencyName)),
      axisLabel: { interval: 0, rotate: 30, width: 120, overflow: 'truncate' },
    },
    yAxis: { type: 'value', min: 0, max: 5, interval: 1 },
    series: GAP_SERIES.map((name) => ({
      type: 'bar',
      name,
      barMaxWidth: 18,
      data: rows.map((row) => value(row, name)),
    })),
  };
}
