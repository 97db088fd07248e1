import { REVIEW_THEME_LABELS, REVIEW_THEMES, type ReviewSummary, type ReviewTheme } from '@rapport/shared/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { formatPeriod } from '../../shared/labels';

export interface ThemeTableRow {
  location: { id: string; name: string };
  count: number;
  /** Mean rating over the period, weighted by each period's reviews; `null` without rated reviews. */
  meanRating: number | null;
  themes: Record<ReviewTheme, number>;
}

const noThemes = (): Record<ReviewTheme, number> => Object.fromEntries(REVIEW_THEMES.map((t) => [t, 0])) as Record<ReviewTheme, number>;

/** Per location over the whole period: reviews, mean rating and how many reviews each theme tagged. */
export function themeTable(summary: ReviewSummary): ThemeTableRow[] {
  return summary.locations.map((location) => {
    const points = summary.points.filter((p) => p.locationId === location.id);
    const themes = noThemes();
    let rated = 0;
    let ratingSum = 0;
    for (const point of points) {
      for (const theme of REVIEW_THEMES) themes[theme] += point.themes[theme]?.count ?? 0;
      if (point.meanRating !== null && point.count > 0) {
        rated += point.count;
        ratingSum += point.meanRating * point.count;
      }
    }
    return {
      location,
      count: points.reduce((sum, p) => sum + p.count, 0),
      meanRating: rated ? ratingSum / rated : null,
      themes,
    };
  });
}

/** Reviews per location and period, as bars side by side. */
export function reviewVolumeOptions(summary: ReviewSummary): EChartsCoreOption {
  const point = new Map(summary.points.map((p) => [`${p.locationId}|${p.period}`, p]));
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 40, right: 16, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: summary.periods.map(formatPeriod) },
    yAxis: { type: 'value', minInterval: 1 },
    series: summary.locations.map((location) => ({
      type: 'bar',
      name: location.name,
      barMaxWidth: 18,
      data: summary.periods.map((period) => point.get(`${location.id}|${period}`)?.count ?? 0),
    })),
  };
}

/** Reviews tagged with each theme per period (all shown locations together), stacked. A review can carry several themes. */
export function themeTrendOptions(summary: ReviewSummary): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 40, right: 16, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: summary.periods.map(formatPeriod) },
    yAxis: { type: 'value', minInterval: 1 },
    series: REVIEW_THEMES.map((theme) => ({
      type: 'bar',
      stack: 'themes',
      name: REVIEW_THEME_LABELS[theme],
      barMaxWidth: 28,
      data: summary.periods.map((period) =>
        summary.points.filter((p) => p.period === period).reduce((sum, p) => sum + (p.themes[theme]?.count ?? 0), 0),
      ),
    })),
  };
}
