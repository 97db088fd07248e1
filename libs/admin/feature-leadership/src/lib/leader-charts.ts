import type { AnonymousAggregate, SelfStaffGap, UpwardTrend } from '@rapport/shared/contracts';
import { shortName } from '@rapport/admin/ui';
import type { EChartsCoreOption } from 'echarts/core';

const shown = (aggregate: AnonymousAggregate): number | null => (aggregate.suppressed ? null : +aggregate.mean.toFixed(2));

/** `+1.4` / `−0.6` / `0.0`: the sign is the point (positive: the leader rates themself higher). */
export function formatGap(gap: number | null): string {
  if (gap === null) return '—';
  const rounded = Math.round(gap * 10) / 10;
  if (rounded === 0) return '0.0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
}

/**
 * Self vs staff per competency: two bars side by side, the gap written above them. A withheld staff
 * result has no bar (never a zero) and no gap.
 */
export function gapOptions(gap: readonly SelfStaffGap[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 56, bottom: 90 },
    xAxis: {
      type: 'category',
      data: gap.map((g) => shortName(g.competencyName)),
      axisLabel: { interval: 0, rotate: 30, width: 120, overflow: 'truncate' },
    },
    yAxis: { type: 'value', min: 0, max: 5, interval: 1 },
    series: [
      { type: 'bar', name: 'Self', data: gap.map((g) => g.self), barMaxWidth: 22 },
      {
        type: 'bar',
        name: 'Staff (upward)',
        data: gap.map((g) => shown(g.staff)),
        barMaxWidth: 22,
        label: {
          show: true,
          position: 'top',
          fontSize: 11,
          formatter: (params: { dataIndex: number }) => {
            const value = gap[params.dataIndex]?.gap ?? null;
            return value === null ? '' : `gap ${formatGap(value)}`;
          },
        },
      },
    ],
  };
}

/**
 * Upward rating per competency across closed cycles. A withheld point is a gap in the line; a pooled
 * point (several cycles together to reach enough raters) is drawn hollow.
 */
export function upwardTrendOptions(trend: readonly UpwardTrend[]): EChartsCoreOption {
  const cycles = trend[0]?.points.map((p) => ({ id: p.cycleId, name: p.cycleName })) ?? [];
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 40, right: 16, top: 16, bottom: 56 },
    // Few cycles: points sit in the middle of their band, so the first and last labels are not cut off.
    xAxis: { type: 'category', data: cycles.map((c) => c.name), boundaryGap: true },
    yAxis: { type: 'value', min: 1, max: 5, interval: 1 },
    series: trend.map((t) => ({
      type: 'line',
      name: shortName(t.competencyName),
      connectNulls: false,
      symbolSize: 7,
      data: cycles.map((cycle) => {
        const point = t.points.find((p) => p.cycleId === cycle.id);
        const mean = point ? shown(point.aggregate) : null;
        return mean === null ? null : { value: mean, symbol: point?.pooled ? 'emptyCircle' : 'circle' };
      }),
    })),
  };
}
