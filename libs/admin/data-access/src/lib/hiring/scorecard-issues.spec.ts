import type { ProblemDocument } from '@rapport/shared/contracts';
import { firstQuestionWithIssue, hasIssues, issuesFromProblem, NO_ISSUES } from './scorecard-issues';

const problem = (errors: { field: string; message: string }[]): ProblemDocument => ({
  type: 'validation',
  title: 'Validation failed',
  status: 400,
  errors,
});

describe('issuesFromProblem', () => {
  const questions = ['q1', 'q2', 'q3'];

  it('puts evidence gaps on their question cards and the recommendation on the recommendation', () => {
    const issues = issuesFromProblem(
      problem([
        { field: 'recommendation', message: 'recommendation is required to submit' },
        { field: 'ratings.q3.evidence', message: 'evidence is required for "Tell me…"' },
        { field: 'ratings.q1.evidence', message: 'evidence is required for "A patient…"' },
      ]),
      questions,
    );
    expect(issues).toEqual({
      questions: { q3: 'evidence is required for "Tell me…"', q1: 'evidence is required for "A patient…"' },
      recommendation: 'recommendation is required to submit',
      general: [],
    });
    expect(firstQuestionWithIssue(issues, questions)).toBe('q1');
  });

  it('keeps "rate at least one question" as a general issue', () => {
    const issues = issuesFromProblem(problem([{ field: 'ratings', message: 'rate at least one question' }]), questions);
    expect(issues.general).toEqual(['rate at least one question']);
    expect(firstQuestionWithIssue(issues, questions)).toBeNull();
    expect(hasIssues(issues)).toBe(true);
  });

  it('translates positional validation errors back to the question that was sent at that position', () => {
    const sent = [
      { questionId: 'q2', rating: 4, evidence: 'x' },
      { questionId: 'q3', rating: 9, evidence: 'y' },
    ];
    const issues = issuesFromProblem(problem([{ field: 'ratings.1.rating', message: 'rating must be from 1 to 5' }]), questions, sent);
    expect(issues.questions).toEqual({ q3: 'rating must be from 1 to 5' });
  });

  it('treats unknown question ids and unrelated fields as general', () => {
    const issues = issuesFromProblem(
      problem([
        { field: 'ratings.q9.evidence', message: 'stale question' },
        { field: 'reason', message: 'reason is required' },
      ]),
      questions,
    );
    expect(issues.questions).toEqual({});
    expect(issues.general).toEqual(['stale question', 'reason is required']);
  });

  it('uses the detail of a problem without a field list', () => {
    const issues = issuesFromProblem(
      { type: 'conflict', title: 'Conflict', status: 409, detail: 'The scorecard is already submitted' },
      questions,
    );
    expect(issues.general).toEqual(['The scorecard is already submitted']);
  });

  it('has nothing to show for no issues', () => {
    expect(hasIssues(NO_ISSUES)).toBe(false);
  });
});
