import type { CultureHeatmap, HeatmapCell, HeatmapGrouping } from '@rapport/shared/contracts';
import { aggregateWithThreshold, ratingTo100, type RaterValue } from '@rapport/shared/scoring';
import { type RelatedRating, withoutWithheldAnonymous } from '../shared/anonymity';
import type { CultureData } from './culture-score-builder';

/**
 * Competency × group (location or role title): the mean of the 360 ratings by others that people of
 * the group received, through the anonymity threshold (distinct raters per cell). A cell below the
 * minimum, or without ratings, carries no number.
 */
export function buildHeatmap(
  data: Pick<CultureData, 'staff' | 'locations' | 'competencies' | 'reviews'>,
  options: { by: HeatmapGrouping; from: string; to: string; minRaters: number },
): CultureHeatmap {
  const groupOf = new Map(data.staff.map((s) => [s.id, options.by === 'location' ? s.locationId : s.roleTitle]));
  const groups =
    options.by === 'location'
      ? data.locations.map((l) => ({ key: l.id, name: l.name }))
      : [...new Set(data.staff.map((s) => s.roleTitle))].sort((a, b) => a.localeCompare(b)).map((t) => ({ key: t, name: t }));
  const values = new Map<string, RelatedRating[]>();
  for (const review of data.reviews) {
    const group = groupOf.get(review.subjectStaffId);
    if (group === undefined) continue;
    for (const r of review.ratings) {
      const key = `${r.competencyId}|${group}`;
      values.set(key, [...(values.get(key) ?? []), { raterId: review.raterUserId, relation: review.relation, value: r.rating }]);
    }
  }
  const cells: HeatmapCell[] = [];
  for (const competency of data.competencies) {
    for (const group of groups) {
      const all = values.get(`${competency.id}|${group.key}`) ?? [];
      const list: RaterValue[] = withoutWithheldAnonymous(all, options.minRaters).map(({ raterId, value }) => ({ raterId, value }));
      const base = { competencyId: competency.id, groupKey: group.key };
      if (!all.length) {
        cells.push({ ...base, insufficient_data: true, reason: 'no_data', n: null, mean: null, score: null });
        continue;
      }
      const agg = aggregateWithThreshold(list, options.minRaters);
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
    competencies: data.competencies.map((c) => ({ id: c.id, name: c.name })),
    groups,
    cells,
  };
}
