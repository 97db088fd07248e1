import type { PatientSignals } from '@rapport/shared/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { formatPeriod } from '../../shared/labels';
import { monthsBetween } from './signals-rows';

/**
 * Survey responses per location and month (bars, left axis) with the month's mean item score
 * (lines, right axis, 1–5). A month without responses has no bar and a gap in the line.
 */
export function responseTrendOptions(signals: PatientSignals): EChartsCoreOption {
  const months = monthsBetween(signals.from, signals.to);
  const point = new Map(signals.trend.map((t) => [`${t.locationId}|${t.period}`, t]));
  const bars = signals.locations.map((location) => ({
    type: 'bar',
    name: `${location.name}: responses`,
    barMaxWidth: 18,
    data: months.map((m) => point.get(`${location.id}|${m}`)?.responses ?? 0),
  }));
  const lines = signals.locations.map((location) => ({
    type: 'line',
    name: `${location.name}: mean score`,
    yAxisIndex: 1,
    connectNulls: false,
    symbolSize: 6,
    data: months.map((m) => {
      const mean = point.get(`${location.id}|${m}`)?.mean ?? null;
      return mean === null ? null : +mean.toFixed(2);
    }),
  }));
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 48, right: 48, top: 32, bottom: 64 },
    xAxis: { type: 'category', data: months.map(formatPeriod) },
    yAxis: [
      { type: 'value', name: 'Responses', minInterval: 1 },
      { type: 'value', name: 'Mean (1–5)', min: 1, max: 5, interval: 1, splitLine: { show: false } },
    ],
    series: [...bars, ...lines],
  };
}
