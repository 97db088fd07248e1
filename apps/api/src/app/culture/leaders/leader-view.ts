import type { AnonymousAggregate, SelfStaffGap, UpwardTrend } from '@rapport/shared/contracts';
import { poolCycles, trend } from '@rapport/shared/scoring';
import { withComments, type AnonymousRating } from '../shared/anonymity';
import type { StoredReviewRating } from '../review-cycles/review-assignment.entity';

export interface LeaderCycle {
  id: string;
  name: string;
  periodEnd: string;
}

export interface LeaderReview {
  cycleId: string;
  raterUserId: string;
  relation: 'self' | 'upward';
  ratings: readonly StoredReviewRating[];
}

interface Pooled {
  aggregate: AnonymousAggregate;
  cyclesPooled: string[];
}

/**
 * Upward ratings of one competency as of `cycles[upTo]`, pooled with older cycles when one cycle has
 * too few raters (`poolCycles`: newest first, at most 4 cycles). The pool says which cycles it used.
 * Cycles already counted in an earlier shown point are excluded: two overlapping shown windows would
 * let the difference of their means reveal the ratings of the few people only one of them contains.
 */
function pooledAsOf(
  cycles: readonly LeaderCycle[],
  upTo: number,
  reviews: readonly LeaderReview[],
  competencyId: string,
  minRaters: number,
  consumed: ReadonlySet<string> = new Set(),
): Pooled {
  const ratingsOf = (cycleId: string): AnonymousRating[] =>
    reviews
      .filter((r) => r.relation === 'upward' && r.cycleId === cycleId)
      .flatMap((r) =>
        r.ratings.filter((x) => x.competencyId === competencyId).map((x) => ({ raterId: r.raterUserId, value: x.rating, comment: x.comment })),
      );
  const newestFirst = cycles
    .slice(0, upTo + 1)
    .reverse()
    .filter((c) => !consumed.has(c.id))
    .map((c) => ({ cycleId: c.id, ratings: ratingsOf(c.id) }));
  const pooled = poolCycles(newestFirst, { minRaters });
  const used = new Set<string>(pooled.cyclesPooled);
  const ratings = newestFirst.filter((c) => used.has(c.cycleId)).flatMap((c) => c.ratings);
  return { aggregate: withComments(pooled, ratings), cyclesPooled: pooled.cyclesPooled };
}

/** Per competency, one point per closed cycle (oldest first) and the slope of the shown means. */
export function buildUpwardTrend(
  competencies: readonly { id: string; name: string }[],
  cycles: readonly LeaderCycle[],
  reviews: readonly LeaderReview[],
  minRaters: number,
): UpwardTrend[] {
  return competencies.map((c) => {
    const consumed = new Set<string>();
    const points = cycles.map((cycle, i) => {
      const { aggregate, cyclesPooled } = pooledAsOf(cycles, i, reviews, c.id, minRaters, consumed);
      if (!aggregate.suppressed) cyclesPooled.forEach((id) => consumed.add(id));
      return { cycleId: cycle.id, cycleName: cycle.name, periodEnd: cycle.periodEnd, aggregate, cyclesPooled, pooled: cyclesPooled.length > 1 };
    });
    const t = trend(points.map((p) => ({ period: p.cycleId, score: p.aggregate.suppressed ? null : p.aggregate.mean })));
    return { competencyId: c.id, competencyName: c.name, points, slope: t.slope };
  });
}

/**
 * Self vs staff, per competency: the leader's self-rating in the latest cycle where they rated
 * themself, against their staff's upward ratings as of that cycle (pooled when needed). gap = self −
 * staff mean; positive when the leader sees themself more favourably than their staff do.
 */
export function buildGap(
  competencies: readonly { id: string; name: string }[],
  cycles: readonly LeaderCycle[],
  reviews: readonly LeaderReview[],
  minRaters: number,
): { gapCycleId: string | null; gap: SelfStaffGap[] } {
  const selfCycles = new Set(reviews.filter((r) => r.relation === 'self').map((r) => r.cycleId));
  let at = -1;
  cycles.forEach((c, i) => {
    if (selfCycles.has(c.id)) at = i;
  });
  if (at < 0) at = cycles.length - 1;
  const cycle = cycles[at];
  const self = cycle ? reviews.find((r) => r.relation === 'self' && r.cycleId === cycle.id) : undefined;
  // The staff side is the trend's own point for that cycle, so the gap never shows a window the trend withholds.
  const trends = new Map(buildUpwardTrend(competencies, cycles, reviews, minRaters).map((t) => [t.competencyId, t]));
  const gap = competencies.map((c) => {
    const selfRating = self?.ratings.find((x) => x.competencyId === c.id)?.rating ?? null;
    const point = cycle ? trends.get(c.id)?.points[at] : undefined;
    const staff = point
      ? { aggregate: point.aggregate, cyclesPooled: point.cyclesPooled }
      : { aggregate: { suppressed: true as const, reason: 'below_min_raters' as const, minRaters }, cyclesPooled: [] };
    const shownMean = staff.aggregate.suppressed ? null : staff.aggregate.mean;
    return {
      competencyId: c.id,
      competencyName: c.name,
      self: selfRating,
      staff: staff.aggregate,
      cyclesPooled: staff.cyclesPooled,
      gap: selfRating !== null && shownMean !== null ? selfRating - shownMean : null,
    };
  });
  return { gapCycleId: self && cycle ? cycle.id : null, gap };
}
