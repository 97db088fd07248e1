import { mean } from './stats';

/** Lowest point of the behaviorally anchored rating scale (DESIGN §2). */
export const RATING_MIN = 1;
/** Highest point of the behaviorally anchored rating scale (DESIGN §2). */
export const RATING_MAX = 5;

/** True when `value` is an integer from 1 to 5, the only ratings an interviewer or reviewer can give. */
export function isValidRating(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= RATING_MIN && value <= RATING_MAX;
}

/** Throws a `RangeError` unless `value` is an integer rating from 1 to 5. */
export function assertRating(value: unknown, label = 'rating'): asserts value is number {
  if (!isValidRating(value)) {
    throw new RangeError(
      `${label} must be an integer from ${RATING_MIN} to ${RATING_MAX}, got ${String(value)}`,
    );
  }
}

/**
 * Competency score = mean of the competency's non-null question ratings.
 *
 * `null` (a question not rated, e.g. skipped for time) is left out rather than counted as 0 or 1, so an
 * unasked question neither helps nor hurts; when no question of the competency was rated the score is
 * `null` ("not assessed"), not 0. Every non-null rating must be an integer 1–5.
 */
export function competencyScore(questionRatings: readonly (number | null)[]): number | null {
  const rated: number[] = [];
  for (const r of questionRatings) {
    if (r === null) continue;
    assertRating(r);
    rated.push(r);
  }
  return mean(rated);
}

/** One question rating on a scorecard, tagged with the competency the question measures. */
export interface QuestionRating {
  questionId: string;
  competencyId: string;
  rating: number | null;
}

/** A competency's score on one scorecard: `n` = number of rated questions behind it. */
export interface CompetencyScore {
  competencyId: string;
  n: number;
  score: number | null;
}

/**
 * Competency scores of one scorecard: for each competency (in order of first appearance),
 * score = mean of its non-null question ratings (see {@link competencyScore}).
 */
export function competencyScores(ratings: readonly QuestionRating[]): CompetencyScore[] {
  const byCompetency = new Map<string, (number | null)[]>();
  for (const r of ratings) {
    const list = byCompetency.get(r.competencyId) ?? [];
    list.push(r.rating);
    byCompetency.set(r.competencyId, list);
  }
  return [...byCompetency].map(([competencyId, list]) => ({
    competencyId,
    n: list.filter((r) => r !== null).length,
    score: competencyScore(list),
  }));
}
