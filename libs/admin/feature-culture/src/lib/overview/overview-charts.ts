import type { CultureHeatmap, CultureScoresResponse, HeatmapCell } from '@rapport/shared/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { formatPeriod, shortName } from '../shared/labels';

/** The value a heatmap cell without a number gets: outside the 1–5 scale, so it has its own colour. */
export const NO_NUMBER = -1;

/** Why a cell has no number, in a few words that fit in the cell. */
export function cellLabel(cell: Pick<HeatmapCell, 'insufficient_data' | 'reason' | 'mean'>, minRaters: number): string {
  if (!cell.insufficient_data && cell.mean !== null) return cell.mean.toFixed(1);
  return cell.reason === 'below_min_raters' ? `< ${minRaters} raters` : 'No data';
}

/**
 * The score axis starts a little under the lowest score (in tens) rather than at 0: practices score in
 * the 50–100 band, and from 0 a ten-point slide would look flat.
 */
export function scoreAxisMin(extent: { min: number }): number {
  return Math.max(0, Math.floor(extent.min / 10) * 10 - 10);
}

/** Culture score per location over the months: one line each; a month without a score is a gap. */
export function trendOptions(scores: CultureScoresResponse): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? v.toFixed(0) : 'No score') },
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 40, right: 16, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: scores.periods.map(formatPeriod), boundaryGap: false },
    yAxis: { type: 'value', min: scoreAxisMin, max: 100 },
    series: scores.items.map((item) => ({
      type: 'line',
      name: item.name,
      connectNulls: false,
      symbolSize: 7,
      // A hollow point rests on partial data (a component missing); the table says which.
      data: scores.periods.map((period) => {
        const point = item.points.find((p) => p.period === period);
        if (!point || point.score === null) return null;
        return { value: +point.score.toFixed(1), symbol: point.insufficient_data ? 'emptyCircle' : 'circle' };
      }),
    })),
  };
}

/**
 * Competency × group, mean rating by others (1–5). Cells withheld for anonymity or without ratings are
 * grey with a dashed border and say why, so they can never be read as a low score.
 */
export function heatmapOptions(heatmap: CultureHeatmap): EChartsCoreOption {
  const groupIndex = new Map(heatmap.groups.map((g, i) => [g.key, i]));
  const many = heatmap.groups.length > 4;
  const competencyIndex = new Map(heatmap.competencies.map((c, i) => [c.id, i]));
  const data = heatmap.cells
    .filter((cell) => groupIndex.has(cell.groupKey) && competencyIndex.has(cell.competencyId))
    .map((cell) => {
      const withheld = cell.insufficient_data || cell.mean === null;
      return {
        value: [groupIndex.get(cell.groupKey), competencyIndex.get(cell.competencyId), withheld ? NO_NUMBER : +(cell.mean ?? 0).toFixed(2)],
        label: { formatter: cellLabel(cell, heatmap.minRaters) },
        itemStyle: withheld ? { borderColor: '#6b6b6b', borderWidth: 1, borderType: 'dashed' } : { borderColor: '#fff', borderWidth: 1 },
      };
    });
  return {
    tooltip: { show: false },
    grid: { left: 150, right: 16, top: 8, bottom: many ? 110 : 72 },
    xAxis: {
      type: 'category',
      data: heatmap.groups.map((g) => g.name),
      splitArea: { show: true },
      // Every group is named (role titles are many and long): slanted and shortened rather than skipped.
      axisLabel: many ? { interval: 0, rotate: 30, width: 120, overflow: 'truncate' } : { interval: 0 },
    },
    yAxis: { type: 'category', data: heatmap.competencies.map((c) => shortName(c.name)), inverse: true },
    visualMap: {
      type: 'piecewise',
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      dimension: 2,
      pieces: [
        { value: NO_NUMBER, label: `Too few raters or no data`, color: '#c9c5c2' },
        { min: 1, max: 2.5, label: '1–2.5', color: '#e0957f' },
        { min: 2.5, max: 3.5, label: '2.5–3.5', color: '#ecc977' },
        { min: 3.5, max: 4.25, label: '3.5–4.25', color: '#a8d0b0' },
        { min: 4.25, max: 5, label: '4.25–5', color: '#6fb48f' },
      ],
    },
    series: [{ type: 'heatmap', data, label: { show: true, color: '#1f1b18', fontSize: 12 } }],
  };
}

/** A location's direction in words (slope in score points per month). */
export function trendWords(slope: number | null): string {
  if (slope === null) return 'Not enough months for a trend';
  if (Math.abs(slope) < 0.5) return 'Steady';
  return `${slope > 0 ? 'Up' : 'Down'} ${Math.abs(slope).toFixed(1)} points a month`;
}
