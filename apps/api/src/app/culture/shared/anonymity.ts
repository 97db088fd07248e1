import type { AnonymousAggregate } from '@rapport/shared/contracts';
import { aggregateWithThreshold, type RaterValue, type ThresholdAggregate } from '@rapport/shared/scoring';

/** One anonymous rater's rating of one competency, with their comment. */
export interface AnonymousRating {
  raterId: string;
  value: number;
  comment: string;
}

/**
 * Peer or upward ratings as the API may show them: the threshold aggregate of the scoring library,
 * plus the comments only when the aggregate is shown. Comments are sorted so their order says nothing
 * about who wrote which (the rows come back in submission or id order otherwise).
 */
export function toAnonymousAggregate(ratings: readonly AnonymousRating[], minRaters: number): AnonymousAggregate {
  return withComments(aggregateWithThreshold(ratings, minRaters), ratings);
}

export function withComments(aggregate: ThresholdAggregate, ratings: readonly AnonymousRating[]): AnonymousAggregate {
  if (aggregate.suppressed) return { suppressed: true, reason: aggregate.reason, minRaters: aggregate.minRaters };
  const comments = ratings
    .map((r) => r.comment.trim())
    .filter((c) => c.length > 0)
    .sort((a, b) => a.localeCompare(b));
  return { suppressed: false, n: aggregate.n, mean: aggregate.mean, comments };
}

/** A rating by someone else, with the relation that says whether the rater is anonymous. */
export interface RelatedRating {
  raterId: string;
  relation: string;
  value: number;
}

/**
 * Ratings safe to blend into a shown number: the manager's rating is not anonymous, so peer and
 * upward ratings may only join it when they alone reach the minimum number of distinct raters.
 * Otherwise a blended figure minus the (known) manager rating would reveal the few anonymous ones.
 */
export function withoutWithheldAnonymous<T extends RelatedRating>(ratings: readonly T[], minRaters: number): T[] {
  const anonymous = ratings.filter((r) => r.relation === 'peer' || r.relation === 'upward');
  const distinct = new Set(anonymous.map((r) => r.raterId)).size;
  return distinct >= minRaters ? [...ratings] : ratings.filter((r) => r.relation !== 'peer' && r.relation !== 'upward');
}

/**
 * 360 ratings summed per rater and relation (what the culture queries return instead of every rating):
 * the withheld-anonymous rule applied, then one value per rater, the mean of all that rater's kept
 * ratings — what `aggregateWithThreshold` would compute from the individual ratings.
 */
export interface RaterSum {
  raterId: string;
  relation: string;
  sum: number;
  count: number;
}

export function raterMeans(rows: readonly RaterSum[], minRaters: number): RaterValue[] {
  const kept = withoutWithheldAnonymous(
    rows.map((r) => ({ ...r, value: r.sum / r.count })),
    minRaters,
  );
  const perRater = new Map<string, { sum: number; count: number }>();
  for (const r of kept) {
    const acc = perRater.get(r.raterId);
    if (acc) {
      acc.sum += r.sum;
      acc.count += r.count;
    } else perRater.set(r.raterId, { sum: r.sum, count: r.count });
  }
  return [...perRater].map(([raterId, { sum, count }]) => ({ raterId, value: sum / count }));
}
