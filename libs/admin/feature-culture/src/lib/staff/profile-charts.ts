import type { AnonymousAggregate, CultureScoreSeries, ReviewResults } from '@rapport/shared/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { scoreAxisMin } from '../overview/overview-charts';
import { formatPeriod, shortName } from '../shared/labels';

const mean = (aggregate: AnonymousAggregate): number | null => (aggregate.suppressed ? null : +aggregate.mean.toFixed(2));

/** A person's culture score month by month; a month without a score is a gap. */
export function scoreTrendOptions(series: CultureScoreSeries, periods: readonly string[]): EChartsCoreOption {
  const byPeriod = new Map(series.points.map((p) => [p.period, p]));
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: periods.map(formatPeriod), boundaryGap: false },
    yAxis: { type: 'value', min: scoreAxisMin, max: 100 },
    series: [
      {
        type: 'line',
        name: 'Culture score',
        connectNulls: false,
        symbolSize: 7,
        areaStyle: { opacity: 0.12 },
        data: periods.map((period) => {
          const point = byPeriod.get(period);
          return point?.score == null ? null : { value: +point.score.toFixed(1), symbol: point.insufficient_data ? 'emptyCircle' : 'circle' };
        }),
      },
    ],
  };
}

/**
 * Review results per competency, one bar per relation. A withheld peer or upward result has no bar
 * (never a zero); the table next to the chart says why.
 */
export function competencyResultsOptions(results: ReviewResults): EChartsCoreOption {
  const competencies = results.competencies;
  const series = [
    { name: 'Self', data: competencies.map((c) => c.self?.rating ?? null) },
    { name: 'Manager', data: competencies.map((c) => c.manager?.rating ?? null) },
    { name: 'Peers', data: competencies.map((c) => mean(c.peer)) },
    { name: 'Upward', data: competencies.map((c) => mean(c.upward)) },
  ].filter((s) => s.data.some((v) => v !== null));
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 40, bottom: 90 },
    xAxis: {
      type: 'category',
      data: competencies.map((c) => shortName(c.competencyName)),
      axisLabel: { interval: 0, rotate: 30, width: 120, overflow: 'truncate' },
    },
    yAxis: { type: 'value', min: 0, max: 5, interval: 1 },
    series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data, barMaxWidth: 18 })),
  };
}
