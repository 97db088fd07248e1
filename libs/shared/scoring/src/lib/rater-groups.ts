import { assertMinRaters } from './anonymity';

/** Relations whose raters are anonymous: their ratings count only as a group of enough raters. */
export const ANONYMOUS_RATER_RELATIONS: readonly string[] = ['peer', 'upward'];

/** One rating with what places it in a rater group: who was rated, by whom, in which relation and cycle. */
export interface GroupedRating {
  subjectId: string;
  relation: string;
  cycleId: string;
  raterId: string;
  competencyId: string;
  value: number;
}

export interface RaterGroupOptions {
  /** Distinct raters a group needs (≥ 3). */
  minRaters: number;
  /**
   * `review`: a group counts raters who rated anything (figures over all competencies, such as the
   * culture score); `competency`: raters of each competency separately (figures per competency, such
   * as a heatmap cell or the results page), so a rater who skipped one cannot leave two behind.
   */
  per: 'review' | 'competency';
}

/**
 * The rule every aggregate of 360 ratings applies before it pools anything (docs/adr/0006): the unit
 * of anonymity is a rater group, one subject × one anonymous relation × one cycle, and a group with
 * fewer distinct raters than the minimum contributes nothing at all, to any figure. A threshold on the
 * pooled figure alone is not enough: a location shown as n = 3 mean 5 and then n = 4 mean 4 hands out
 * the single rating that made the difference (4 · 4 − 3 · 5 = 1).
 *
 * Self ratings are dropped (figures measure how others see a person); manager ratings are kept: a
 * single known rater, not anonymous. The API applies the same rule in SQL (culture/shared/rater-groups.sql.ts).
 */
export function withoutSuppressedGroups<T extends GroupedRating>(ratings: readonly T[], options: RaterGroupOptions): T[] {
  assertMinRaters(options.minRaters);
  const key = (r: GroupedRating) =>
    [r.subjectId, r.relation, r.cycleId, options.per === 'competency' ? r.competencyId : ''].join('\u0000');
  const raters = new Map<string, Set<string>>();
  for (const r of ratings) {
    if (!ANONYMOUS_RATER_RELATIONS.includes(r.relation)) continue;
    const k = key(r);
    const set = raters.get(k);
    if (set) set.add(r.raterId);
    else raters.set(k, new Set([r.raterId]));
  }
  return ratings.filter((r) => {
    if (r.relation === 'self') return false;
    if (!ANONYMOUS_RATER_RELATIONS.includes(r.relation)) return true;
    return (raters.get(key(r))?.size ?? 0) >= options.minRaters;
  });
}
