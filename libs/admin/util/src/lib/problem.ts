import { HttpErrorResponse } from '@angular/common/http';
import type { AbstractControl } from '@angular/forms';
import type { FieldError, ProblemDocument } from '@rapport/shared/contracts';

function isProblem(body: unknown): body is ProblemDocument {
  return typeof body === 'object' && body !== null && 'status' in body && 'title' in body;
}

/** Any error from an API call as a problem document, so every page renders errors one way. */
export function toProblem(error: unknown): ProblemDocument {
  if (error instanceof HttpErrorResponse) {
    if (isProblem(error.error)) return error.error;
    if (error.status === 0) {
      return {
        type: 'about:blank',
        title: 'Cannot reach the server',
        status: 0,
        detail: 'Cannot reach the server. Check your connection and try again.',
      };
    }
    return { type: 'about:blank', title: error.statusText || 'Request failed', status: error.status };
  }
  return { type: 'about:blank', title: 'Something went wrong', status: 0 };
}

/** The sentence to show a user for a problem: the API's detail when it gave one, else its title. */
export function problemMessage(problem: ProblemDocument): string {
  return problem.detail || problem.title;
}

/**
 * Puts each field error of a problem onto the matching form control as `{ server: message }` and
 * marks it touched so `<mat-error>` shows it at once. A nested path (`roles.0`) lands on the deepest
 * control that exists (`roles`). Returns the errors that matched no control; the caller shows those
 * elsewhere. The next edit of the control re-runs its validators, which clears the server error.
 */
export function applyProblemToForm(form: AbstractControl, problem: ProblemDocument): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const fieldError of problem.errors ?? []) {
    const control = findControl(form, fieldError.field);
    if (!control) {
      unmatched.push(fieldError);
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), server: fieldError.message });
    control.markAsTouched();
  }
  return unmatched;
}

function findControl(form: AbstractControl, field: string): AbstractControl | null {
  const path = field.split('.');
  while (path.length > 0) {
    const control = form.get(path);
    if (control) return control;
    path.pop();
  }
  return null;
}
