import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { fieldErrorMessage } from '@rapport/admin/util';
import { map, type Observable } from 'rxjs';

export interface ReasonDialogData {
  title: string;
  message: string;
  /** Label of the text box, e.g. "Reason for rejecting". */
  label: string;
  /** Verb on the confirming button, e.g. "Reject". */
  confirmLabel: string;
  /** Destructive actions confirm in the error color. */
  danger?: boolean;
  /** A default text (e.g. when the reason is optional). */
  initial?: string;
  required?: boolean;
}

/** Asks for a written reason before an action the record keeps it with (reject, amend, withdraw). */
@Component({
  selector: 'rp-reason-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form {
      min-width: min(460px, 80vw);
    }
    mat-form-field {
      width: 100%;
    }
    p {
      margin-top: 0;
    }
  `,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        <p>{{ data.message }}</p>
        <mat-form-field appearance="outline">
          <mat-label>{{ data.label }}</mat-label>
          <textarea matInput formControlName="reason" rows="4" [required]="required"></textarea>
          <mat-error>{{ errorOf(form.controls.reason, data.label) }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="null">Cancel</button>
        <button mat-flat-button type="submit" [class.rp-danger]="data.danger">{{ data.confirmLabel }}</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class ReasonDialog {
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<ReasonDialog, string | null>>(MatDialogRef);
  protected readonly required = this.data.required ?? true;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    reason: [this.data.initial ?? '', this.required ? [Validators.required, Validators.maxLength(2000)] : [Validators.maxLength(2000)]],
  });
  protected readonly errorOf = fieldErrorMessage;

  protected confirm(): void {
    const reason = this.form.controls.reason.value.trim();
    if (this.required && !reason) this.form.controls.reason.setValue('');
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.dialogRef.close(reason);
  }
}

/** Opens the reason dialog; emits once: the trimmed reason, or `null` when cancelled. */
export function openReasonDialog(dialog: MatDialog, data: ReasonDialogData): Observable<string | null> {
  return dialog
    .open<ReasonDialog, ReasonDialogData, string | null>(ReasonDialog, { data, autoFocus: 'first-tabbable', width: '520px' })
    .afterClosed()
    .pipe(map((reason) => (typeof reason === 'string' ? reason : null)));
}
