import type { FieldError, KitQuestion } from '@rapport/shared/contracts';
import type { RatingDto } from './interview.dto';
import type { StoredRating } from './scorecard.entity';

const shortPrompt = (q: KitQuestion) => (q.prompt.length > 60 ? `${q.prompt.slice(0, 57)}…` : q.prompt);

/** Ratings must name questions of the interview's kit version, each at most once. */
export function ratingShapeErrors(ratings: RatingDto[], questions: KitQuestion[]): FieldError[] {
  const known = new Set(questions.map((q) => q.id));
  const seen = new Set<string>();
  return ratings.flatMap((r, i) => {
    if (!known.has(r.questionId)) return [{ field: `ratings.${i}.questionId`, message: 'questionId is not a question of this interview' }];
    if (seen.has(r.questionId)) return [{ field: `ratings.${i}.questionId`, message: 'the question is rated twice' }];
    seen.add(r.questionId);
    return [];
  });
}

/**
 * What a scorecard needs before it is committed: a recommendation, at least one rating, and —
 * when the kit requires evidence — evidence for every rating. Each gap names its question.
 */
export function submitErrors(
  ratings: StoredRating[],
  recommendation: string | null | undefined,
  questions: KitQuestion[],
  evidenceRequired: boolean,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!recommendation) errors.push({ field: 'recommendation', message: 'recommendation is required to submit' });
  const rated = ratings.filter((r) => r.rating !== null);
  if (rated.length === 0) errors.push({ field: 'ratings', message: 'rate at least one question before submitting' });
  if (evidenceRequired) {
    const byId = new Map(questions.map((q) => [q.id, q]));
    for (const r of rated) {
      if (!r.evidence.trim()) {
        const q = byId.get(r.questionId);
        errors.push({
          field: `ratings.${r.questionId}.evidence`,
          message: `evidence is required for "${q ? shortPrompt(q) : r.questionId}"`,
        });
      }
    }
  }
  return errors;
}

export const toStoredRatings = (ratings: RatingDto[]): StoredRating[] =>
  ratings.map((r) => ({ questionId: r.questionId, rating: r.rating, evidence: r.evidence ?? '' }));
