import { competencyScore } from './ratings';
import { max, mean, min, sampleStdDev, SCORE_EPSILON } from './stats';

/** One interviewer's rating of one question in one interview (`null` = question not rated). */
export interface PanelRating {
  interviewerId: string;
  questionId: string;
  competencyId: string;
  rating: number | null;
}

/** Range (max − min of interviewers' competency scores) at or above which the panel disagrees (DESIGN §4). */
export const DISAGREEMENT_RANGE = 2;

/** One interviewer's score for a competency: mean of their non-null ratings of its questions. */
export interface InterviewerCompetencyScore {
  interviewerId: string;
  score: number;
}

/** Panel statistics for one competency; the numbers are `null` when no interviewer rated it (n = 0). */
export interface CompetencyPanelAggregate {
  competencyId: string;
  /** Interviewers with a score for this competency. */
  n: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Sample standard deviation over interviewers (n − 1; 0 for one interviewer). */
  stdDev: number | null;
  range: number | null;
  /** range ≥ 2: at least two interviewers are two scale points or more apart. */
  disagreement: boolean;
  /** The per-interviewer scores the statistics are computed from, in input order. */
  scores: InterviewerCompetencyScore[];
}

/**
 * Throws a `RangeError` when an interviewer rated the same question twice: a scorecard holds one rating
 * per question, so a duplicate means the caller mixed an amendment with its original.
 */
export function assertOneRatingPerQuestion(ratings: readonly PanelRating[]): void {
  const seen = new Set<string>();
  for (const r of ratings) {
    const key = JSON.stringify([r.interviewerId, r.questionId]);
    if (seen.has(key)) {
      throw new RangeError(`interviewer ${r.interviewerId} rated question ${r.questionId} more than once`);
    }
    seen.add(key);
  }
}

/**
 * Panel aggregate per competency (DESIGN §4).
 *
 * Two steps, so an interviewer who rated three questions of a competency does not outweigh one who rated
 * one: (1) each interviewer's competency score = mean of their non-null ratings of that competency's
 * questions; (2) over those per-interviewer scores: n, mean, min, max, sample standard deviation, range =
 * max − min, and `disagreement` = range ≥ 2. Competencies are returned in order of first appearance; a
 * competency nobody rated is returned with n = 0, null statistics and no disagreement.
 */
export function panelAggregate(ratings: readonly PanelRating[]): CompetencyPanelAggregate[] {
  assertOneRatingPerQuestion(ratings);
  // competency → interviewer → that interviewer's ratings of the competency's questions
  const grouped = new Map<string, Map<string, (number | null)[]>>();
  for (const r of ratings) {
    const byInterviewer = grouped.get(r.competencyId) ?? new Map<string, (number | null)[]>();
    const list = byInterviewer.get(r.interviewerId) ?? [];
    list.push(r.rating);
    byInterviewer.set(r.interviewerId, list);
    grouped.set(r.competencyId, byInterviewer);
  }
  return [...grouped].map(([competencyId, byInterviewer]) => {
    const scores: InterviewerCompetencyScore[] = [];
    for (const [interviewerId, list] of byInterviewer) {
      const score = competencyScore(list);
      if (score !== null) scores.push({ interviewerId, score });
    }
    return summarise(competencyId, scores);
  });
}

function summarise(competencyId: string, scores: InterviewerCompetencyScore[]): CompetencyPanelAggregate {
  const values = scores.map((s) => s.score);
  const lo = min(values);
  const hi = max(values);
  const spread = lo === null || hi === null ? null : hi - lo;
  return {
    competencyId,
    n: values.length,
    mean: mean(values),
    min: lo,
    max: hi,
    stdDev: sampleStdDev(values),
    range: spread,
    // The epsilon keeps 3⅓ − 1⅓ (which floating point may compute as 1.9999999999999998) a disagreement.
    disagreement: spread !== null && spread >= DISAGREEMENT_RANGE - SCORE_EPSILON,
    scores,
  };
}
