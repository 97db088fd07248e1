import { RECOMMENDATIONS, type Recommendation } from '@rapport/shared/contracts';

export { RECOMMENDATIONS, type Recommendation };
import { competencyScores, QuestionRating } from './ratings';
import { assertFinite, SCORE_EPSILON } from './stats';


/**
 * Cut points on the overall score (1–5): below 2.5 strong_no, below 3 no, below 4 yes, 4 and above
 * strong_yes. 3 is "meets the standard" on every anchor, so a candidate must average at least that to get
 * a yes; 4 is solidly between "meets" and the exemplary 5 answer.
 */
export const RECOMMENDATION_CUTS = { no: 2.5, yes: 3, strongYes: 4 } as const;

/**
 * A competency mean at or below this is a red flag: the answers sat at the "1" anchor (e.g. blames the
 * patient for the bill).
 */
export const RED_FLAG_SCORE = 1.5;

/** Input of the recommendation formula: a competency's score and its optional weight (default 1). */
export interface WeightedCompetencyScore {
  competencyId: string;
  score: number | null;
  weight?: number;
}

export interface ComputedRecommendation {
  /** `null` when no competency has a score (nothing to recommend from). */
  recommendation: Recommendation | null;
  /** Weighted mean of the competency scores that are present; `null` when none is. */
  overallScore: number | null;
  /** Competencies whose score is ≤ 1.5. */
  redFlags: string[];
  /** True when a red flag lowered the recommendation to `no`. */
  capped: boolean;
  /** Competencies that counted, with their normalised weights (summing to 1). */
  weights: { competencyId: string; weight: number }[];
}

/** Maps an overall score to a recommendation by the cut points in {@link RECOMMENDATION_CUTS}. */
export function recommendationFromScore(overallScore: number): Recommendation {
  assertFinite([overallScore], 'overall score');
  if (overallScore < RECOMMENDATION_CUTS.no - SCORE_EPSILON) return 'strong_no';
  if (overallScore < RECOMMENDATION_CUTS.yes - SCORE_EPSILON) return 'no';
  if (overallScore < RECOMMENDATION_CUTS.strongYes - SCORE_EPSILON) return 'yes';
  return 'strong_yes';
}

/**
 * "Formula first, then judgment" (DESIGN §7): the recommendation computed from competency scores.
 *
 * overall = Σ wᵢ·sᵢ / Σ wᵢ over competencies with a score (weights default to 1, so the plain mean);
 * competencies without a score are left out and the weights of the others re-normalised. The overall
 * score maps to a recommendation by the cut points; then, if any competency score is ≤ 1.5, the result is
 * capped at `no` — a strong showing elsewhere must not hide a red-flag answer (a `strong_no` stays).
 */
export function computeRecommendation(scores: readonly WeightedCompetencyScore[]): ComputedRecommendation {
  const present = scores.filter((s): s is WeightedCompetencyScore & { score: number } => s.score !== null);
  for (const s of present) {
    assertFinite([s.score], `score of ${s.competencyId}`);
    const w = s.weight ?? 1;
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`weight of ${s.competencyId} must be ≥ 0`);
  }
  const counted = present.filter((s) => (s.weight ?? 1) > 0);
  const totalWeight = counted.reduce((a, s) => a + (s.weight ?? 1), 0);
  const redFlags = present
    .filter((s) => s.score <= RED_FLAG_SCORE + SCORE_EPSILON)
    .map((s) => s.competencyId);
  if (totalWeight === 0) {
    return { recommendation: null, overallScore: null, redFlags, capped: false, weights: [] };
  }
  const weights = counted.map((s) => ({
    competencyId: s.competencyId,
    weight: (s.weight ?? 1) / totalWeight,
  }));
  const raw = counted.reduce((a, s) => a + (s.weight ?? 1) * s.score, 0) / totalWeight;
  // clamp: a weighted mean lies within its inputs; float rounding must not push it outside
  const lo = Math.min(...counted.map((s) => s.score));
  const hi = Math.max(...counted.map((s) => s.score));
  const overallScore = Math.min(hi, Math.max(lo, raw));
  const byScore = recommendationFromScore(overallScore);
  const capped = redFlags.length > 0 && RECOMMENDATIONS.indexOf(byScore) > RECOMMENDATIONS.indexOf('no');
  return { recommendation: capped ? 'no' : byScore, overallScore, redFlags, capped, weights };
}

/**
 * The computed recommendation of one scorecard straight from its question ratings: competency score =
 * mean of its rated questions, then {@link computeRecommendation} with optional weights per competency.
 */
export function recommendationFromRatings(
  ratings: readonly QuestionRating[],
  weights: Readonly<Record<string, number>> = {},
): ComputedRecommendation {
  return computeRecommendation(
    competencyScores(ratings).map((c) => ({ ...c, weight: weights[c.competencyId] ?? 1 })),
  );
}
