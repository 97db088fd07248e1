import {
  ANONYMOUS_RELATIONS,
  type AnonymousAggregate,
  type ReviewCompetencyResult,
  type ReviewRelation,
} from '@rapport/shared/contracts';
import { toAnonymousAggregate, type AnonymousRating } from '../shared/anonymity';
import type { StoredReviewRating } from './review-assignment.entity';

export interface SubmittedReview {
  raterUserId: string;
  relation: ReviewRelation;
  ratings: readonly StoredReviewRating[];
}

export interface ResultOptions {
  minRaters: number;
  /**
   * Peer and upward aggregates are shown only once the cycle is closed: while it is open, watching the
   * mean move after each submission would reveal that submission's rating.
   */
  cycleClosed: boolean;
}

/**
 * One subject's results in one cycle, per competency: the self and manager reviews as given (they are
 * not anonymous), peer and upward reviews only as threshold aggregates. No rater id is part of the result.
 */
export function buildReviewResults(
  competencies: readonly { id: string; name: string }[],
  reviews: readonly SubmittedReview[],
  options: ResultOptions,
): ReviewCompetencyResult[] {
  const named = (relation: ReviewRelation, competencyId: string) => {
    for (const review of reviews) {
      if (review.relation !== relation) continue;
      const r = review.ratings.find((x) => x.competencyId === competencyId);
      if (r) return { rating: r.rating, comment: r.comment };
    }
    return null;
  };
  const anonymous = (relation: ReviewRelation, competencyId: string): AnonymousAggregate => {
    if (!ANONYMOUS_RELATIONS.includes(relation)) throw new Error(`${relation} is not an anonymous relation`);
    if (!options.cycleClosed) return { suppressed: true, reason: 'cycle_open', minRaters: options.minRaters };
    const ratings: AnonymousRating[] = reviews
      .filter((r) => r.relation === relation)
      .flatMap((r) =>
        r.ratings
          .filter((x) => x.competencyId === competencyId)
          .map((x) => ({ raterId: r.raterUserId, value: x.rating, comment: x.comment })),
      );
    return toAnonymousAggregate(ratings, options.minRaters);
  };
  return competencies.map((c) => ({
    competencyId: c.id,
    competencyName: c.name,
    self: named('self', c.id),
    manager: named('manager', c.id),
    peer: anonymous('peer', c.id),
    upward: anonymous('upward', c.id),
  }));
}
