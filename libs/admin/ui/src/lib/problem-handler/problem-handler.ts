import { inject, Injectable } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { ProblemDocument } from '@rapport/shared/contracts';
import { applyProblemToForm, problemMessage, toProblem } from '@rapport/admin/util';

/**
 * The one place a page sends a failed request: field errors go onto the form's controls, anything
 * the form cannot show (no field list, or a field the form does not have) goes to a snackbar.
 */
@Injectable({ providedIn: 'root' })
export class ProblemHandler {
  private readonly snackBar = inject(MatSnackBar);

  handle(error: unknown, form?: AbstractControl): ProblemDocument {
    const problem = toProblem(error);
    const unmatched = form ? applyProblemToForm(form, problem) : (problem.errors ?? []);
    const placedEverything = form && (problem.errors?.length ?? 0) > 0 && unmatched.length === 0;
    if (!placedEverything) {
      const extra = unmatched.map((e) => `${e.field}: ${e.message}`).join('; ');
      this.notify(extra ? `${problemMessage(problem)} (${extra})` : problemMessage(problem));
    }
    return problem;
  }

  notify(message: string): void {
    this.snackBar.open(message, 'Dismiss', { duration: 8000 });
  }
}
