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
 */
function pooledAsOf(cycles: readonly LeaderCycle[], upTo: number, reviews: readonly LeaderReview[], competencyId: string, minRaters: number): Pooled {
  const ratingsOf = (cycleId: string): AnonymousRating[] =>
    reviews
      .filter((r) => r.relation === 'upward' && r.cycleId === cycleId)
      .flatMap((r) =>
        r.ratings.filter((x) => x.competencyId === competencyId).map((x) => ({ raterId: r.raterUserId, value: x.rating, comment: x.comment })),
      );
  const newestFirst = cycles
    .slice(0, upTo + 1)
    .reverse()
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
    const points = cycles.map((cycle, i) => {
      const { aggregate, cyclesPooled } = pooledAsOf(cycles, i, reviews, c.id, minRaters);
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
  const gap = competencies.map((c) => {
    const selfRating = self?.ratings.find((x) => x.competencyId === c.id)?.rating ?? null;
    const staff = cycle
      ? pooledAsOf(cycles, at, reviews, c.id, minRaters)
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
