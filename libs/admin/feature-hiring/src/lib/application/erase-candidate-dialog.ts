import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { CandidateErasureApi } from '@rapport/admin/data-access';
import { ProblemHandler } from '@rapport/admin/ui';
import type { Candidate, ErasureResult } from '@rapport/shared/contracts';
import { finalize, type Observable } from 'rxjs';

/** Spacing and case do not matter: the point is that the user read whose data goes, not their typing. */
export const sameName = (typed: string, name: string) => {
  const normal = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return normal(typed) !== '' && normal(typed) === normal(name);
};

/**
 * Erasure on request: says what goes and what stays, and asks for the candidate's name typed out
 * before the irreversible call. The dialog sends the request itself and stays open if it fails.
 */
@Component({
  selector: 'rp-erase-candidate-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form {
      min-width: min(520px, 80vw);
    }
    mat-form-field {
      width: 100%;
      margin-top: 8px;
    }
    ul {
      margin: 4px 0 12px;
      padding-left: 20px;
    }
    p {
      margin: 0 0 8px;
    }
    .warning {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
  `,
  template: `
    <h2 mat-dialog-title>Erase {{ candidate.name }}’s personal data?</h2>
    <form [formGroup]="form" (ngSubmit)="erase()" novalidate>
      <mat-dialog-content>
        <p class="warning">This cannot be undone.</p>
        <p>Erased everywhere, the audit log included:</p>
        <ul>
          <li>name, email address and phone number</li>
          <li>source and notes</li>
          <li>evidence written in interview scorecards</li>
          <li>reasons for stage changes and the decision rationale</li>
          <li>voluntary self-identification</li>
          <li>personal data in audit events (the events keep their place in the tamper-evident chain)</li>
        </ul>
        <p>Kept: numeric ratings and recommendations, so hiring statistics and calibration do not change.</p>
        <mat-form-field appearance="outline">
          <mat-label>Type the candidate’s name to confirm</mat-label>
          <input matInput formControlName="confirmation" autocomplete="off" spellcheck="false" />
          <mat-hint>Type “{{ candidate.name }}”</mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="null">Cancel</button>
        <button mat-flat-button type="submit" class="rp-danger" [disabled]="!confirmed() || erasing()">
          {{ erasing() ? 'Erasing…' : 'Erase data' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class EraseCandidateDialog {
  private readonly api = inject(CandidateErasureApi);
  private readonly problems = inject(ProblemHandler);
  private readonly dialogRef = inject<MatDialogRef<EraseCandidateDialog, ErasureResult | null>>(MatDialogRef);
  protected readonly candidate = inject<Candidate>(MAT_DIALOG_DATA);

  protected readonly form = inject(FormBuilder).nonNullable.group({ confirmation: [''] });
  private readonly typed = toSignal(this.form.controls.confirmation.valueChanges, { initialValue: '' });
  protected readonly confirmed = computed(() => sameName(this.typed(), this.candidate.name));
  protected readonly erasing = signal(false);

  protected erase(): void {
    if (!this.confirmed() || this.erasing()) return;
    this.erasing.set(true);
    this.api
      .erase(this.candidate.id)
      .pipe(finalize(() => this.erasing.set(false)))
      .subscribe({
        next: (result) => this.dialogRef.close(result),
        error: (error: unknown) => this.problems.handle(error),
      });
  }
}

/** Opens the erase dialog; emits once: the erasure's result, or `null` when cancelled. */
export function openEraseCandidateDialog(dialog: MatDialog, candidate: Candidate): Observable<ErasureResult | null | undefined> {
  return dialog
    .open<EraseCandidateDialog, Candidate, ErasureResult | null>(EraseCandidateDialog, {
      data: candidate,
      role: 'alertdialog',
      autoFocus: 'first-tabbable',
      width: '600px',
    })
    .afterClosed();
}
