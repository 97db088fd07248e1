import type { CultureHeatmap, HeatmapCell, HeatmapGrouping } from '@rapport/shared/contracts';
import { aggregateWithThreshold, ratingTo100 } from '@rapport/shared/scoring';
import { raterMeans, type RaterSum } from '../shared/anonymity';

/** The heatmap's inputs: see `CultureDataService.heatmap`. */
export interface HeatmapData {
  competencies: { id: string; name: string }[];
  groups: { key: string; name: string }[];
  /** 360 ratings by others, summed per competency, group, rater and relation (rater groups below the minimum left out). */
  ratings: (RaterSum & { competencyId: string; groupKey: string })[];
}

/**
 * Competency × group (location or role title): the mean of the 360 ratings by others that people of
 * the group received, through the anonymity threshold (distinct raters per cell). A cell below the
 * minimum, or without ratings, carries no number. The threshold per cell is the second line: the
 * first is that no peer or upward group below the minimum reaches this function at all, since a cell
 * pooling several people could otherwise be differenced against another range or another cell.
 */
export function buildHeatmap(
  data: HeatmapData,
  options: { by: HeatmapGrouping; from: string; to: string; minRaters: number },
): CultureHeatmap {
  const byCell = new Map<string, RaterSum[]>();
  for (const r of data.ratings) {
    const key = `${r.competencyId}|${r.groupKey}`;
    const list = byCell.get(key);
    if (list) list.push(r);
    else byCell.set(key, [r]);
  }
  const cells: HeatmapCell[] = [];
  for (const competency of data.competencies) {
    for (const group of data.groups) {
      const all = byCell.get(`${competency.id}|${group.key}`) ?? [];
      const base = { competencyId: competency.id, groupKey: group.key };
      if (!all.length) {
        cells.push({ ...base, insufficient_data: true, reason: 'no_data', n: null, mean: null, score: null });
        continue;
      }
      const agg = aggregateWithThreshold(raterMeans(all, options.minRaters), options.minRaters);
      cells.push(
        agg.suppressed
          ? { ...base, insufficient_data: true, reason: 'below_min_raters', n: null, mean: null, score: null }
          : { ...base, insufficient_data: false, reason: null, n: agg.n, mean: agg.mean, score: ratingTo100(agg.mean) },
      );
    }
  }
  return {
    by: options.by,
    from: options.from,
    to: options.to,
    minRaters: options.minRaters,
    competencies: data.competencies,
    groups: data.groups,
    cells,
  };
}
