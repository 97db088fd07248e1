import type { CultureComponentName, CultureHeatmap, CultureScorePoint } from '@rapport/shared/contracts';

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * A component of a culture score as an export shows it: its 0–100 value when it counted, else why
 * not. Below the anonymity minimum the text says "suppressed" and no number is given at all.
 */
export function componentCell(point: CultureScorePoint, component: CultureComponentName, minRaters: number): number | string {
  const shown = point.breakdown.components.find((c) => c.component === component);
  if (shown) return round1(shown.value);
  const dropped = point.breakdown.dropped.find((d) => d.component === component);
  if (dropped?.reason === 'below_min_raters') return suppressedText(minRaters);
  if (dropped?.reason === 'zero_weight') return 'not weighted';
  return 'no data';
}

export const suppressedText = (minRaters: number) => `suppressed (fewer than ${minRaters} raters)`;

export const scoreCell = (point: CultureScorePoint): number | string => (point.score === null ? 'no data' : round1(point.score));

/** A heatmap cell: the mean rating 1–5 when shown; otherwise the reason, never a number. */
export function heatmapCell(heatmap: CultureHeatmap, competencyId: string, groupKey: string): number | string {
  const cell = heatmap.cells.find((c) => c.competencyId === competencyId && c.groupKey === groupKey);
  if (!cell || cell.reason === 'no_data') return 'no data';
  if (cell.insufficient_data || cell.mean === null) return suppressedText(heatmap.minRaters);
  return Math.round(cell.mean * 100) / 100;
}
