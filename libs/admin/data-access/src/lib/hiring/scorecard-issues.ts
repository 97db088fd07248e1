import type { ProblemDocument, RatingInput } from '@rapport/shared/contracts';

/** What keeps a scorecard from being submitted, placed where the interviewer can fix it. */
export interface ScorecardIssues {
  /** Per question id: the message to show on that question's card. */
  questions: Record<string, string>;
  recommendation: string | null;
  /** What belongs to no single question (e.g. "rate at least one question"). */
  general: string[];
}

export const NO_ISSUES: ScorecardIssues = { questions: {}, recommendation: null, general: [] };

export const hasIssues = (issues: ScorecardIssues): boolean =>
  Object.keys(issues.questions).length > 0 || issues.recommendation !== null || issues.general.length > 0;

const RATING_FIELD = /^ratings\.([^.]+)(?:\.(\w+))?$/;

/**
 * Maps a 400 problem from submit, amend or save onto the scoring screen. Submit names questions by id
 * (`ratings.<questionId>.evidence`); request validation names them by position in the body sent
 * (`ratings.0.rating`), which `sent` translates back to the question. Anything else is general.
 */
export function issuesFromProblem(
  problem: ProblemDocument,
  questionIds: readonly string[],
  sent: readonly RatingInput[] = [],
): ScorecardIssues {
  const known = new Set(questionIds);
  const issues: ScorecardIssues = { questions: {}, recommendation: null, general: [] };
  for (const error of problem.errors ?? []) {
    if (error.field === 'recommendation') {
      issues.recommendation = error.message;
      continue;
    }
    const match = RATING_FIELD.exec(error.field);
    const key = match?.[1];
    const questionId = key && known.has(key) ? key : key && /^\d+$/.test(key) ? sent[Number(key)]?.questionId : undefined;
    if (questionId && known.has(questionId)) {
      // One message per card is enough; the first names the most basic gap.
      issues.questions[questionId] ??= error.message;
    } else {
      issues.general.push(error.message);
    }
  }
  if (!problem.errors?.length) issues.general.push(problem.detail || problem.title);
  return issues;
}

/** The first question, in the kit's order, that has something to fix (the one to scroll to). */
export function firstQuestionWithIssue(issues: ScorecardIssues, questionIds: readonly string[]): string | null {
  return questionIds.find((id) => id in issues.questions) ?? null;
}
