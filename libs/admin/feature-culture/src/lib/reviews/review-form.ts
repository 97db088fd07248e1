import { type AbstractControl, FormArray, FormControl, FormGroup, type ValidationErrors, Validators } from '@angular/forms';
import {
  ANONYMITY_MIN_RATERS,
  type Competency,
  type ReviewAssignment,
  type ReviewRelation,
  type SaveReviewAssignmentRequest,
} from '@rapport/shared/contracts';

export type RatingGroup = FormGroup<{
  competencyId: FormControl<string>;
  rating: FormControl<number | null>;
  comment: FormControl<string>;
}>;

export type RatingsForm = FormArray<RatingGroup>;

/** Submitting needs a rating for every competency; a draft may be partial. */
export function allRated(array: AbstractControl): ValidationErrors | null {
  const groups = (array as RatingsForm).controls;
  const missing = groups.filter((g) => g.controls.rating.value === null).length;
  return missing ? { unrated: missing } : null;
}

/** One rating and comment per competency of the library, prefilled from what was saved before. */
export function buildRatingsForm(competencies: readonly Competency[], assignment: ReviewAssignment): RatingsForm {
  const saved = new Map(assignment.ratings.map((r) => [r.competencyId, r]));
  return new FormArray(
    competencies.map(
      (c) =>
        new FormGroup({
          competencyId: new FormControl(c.id, { nonNullable: true }),
          rating: new FormControl<number | null>(saved.get(c.id)?.rating ?? null, [Validators.min(1), Validators.max(5)]),
          comment: new FormControl(saved.get(c.id)?.comment ?? '', { nonNullable: true, validators: Validators.maxLength(2000) }),
        }),
    ),
  );
}

/** The request body: rated competencies only (the API takes 1–5), comments trimmed and left out when empty. */
export function toSaveRequest(form: RatingsForm): SaveReviewAssignmentRequest {
  return {
    ratings: form.getRawValue().flatMap((r) =>
      r.rating === null
        ? []
        : [{ competencyId: r.competencyId, rating: r.rating, ...(r.comment.trim() ? { comment: r.comment.trim() } : {}) }],
    ),
  };
}

/** Whether the caller's answers are anonymous to the person they review. */
export function isAnonymous(relation: ReviewRelation): boolean {
  return relation === 'peer' || relation === 'upward';
}

/** What the rater is told about who will see their answers. */
export function privacyNote(relation: ReviewRelation, subjectName: string): string {
  switch (relation) {
    case 'peer':
    case 'upward':
      return (
        `Your answers are anonymous. ${subjectName} and their leaders see ${relation} ratings only as an average of ` +
        `${ANONYMITY_MIN_RATERS} or more people, after the cycle closes, and never with your name. Comments are shown only with such a group, in no particular order.`
      );
    case 'manager':
      return `${subjectName} and their leaders see your ratings and comments as their manager's, after the cycle closes.`;
    case 'self':
      return 'Your self review is seen by you, your managers and leaders. It is set next to how others see you; it does not count in your culture score.';
  }
}
