import { SERVICE_METRICS, type ServiceMetric, type ServiceMetricName } from '@rapport/shared/contracts';

export interface MetricRow {
  metric: ServiceMetricName;
  latest: { period: string; value: number } | null;
  trend: (number | null)[];
  min: number;
  max: number;
}

/** The `count` months up to and including the month of `today`, oldest first (`YYYY-MM`). */
export function lastMonths(today: Date, count = 12): string[] {
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(today.getFullYear(), today.getMonth() - (count - 1 - i), 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  });
}

/** One row per metric the person has figures for, in the import's metric order, with its trend over `months`. */
export function metricRows(metrics: readonly ServiceMetric[], months: readonly string[]): MetricRow[] {
  return SERVICE_METRICS.flatMap((metric) => {
    const mine = metrics.filter((m) => m.metric === metric).sort((a, b) => a.period.localeCompare(b.period));
    if (!mine.length) return [];
    const byPeriod = new Map(mine.map((m) => [m.period, m.value]));
    const values = mine.map((m) => m.value);
    const last = mine[mine.length - 1];
    return [
      {
        metric,
        latest: { period: last.period, value: last.value },
        trend: months.map((month) => byPeriod.get(month) ?? null),
        min: Math.min(...values),
        max: Math.max(...values),
      },
    ];
  });
}
