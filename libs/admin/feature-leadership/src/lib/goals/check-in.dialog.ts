import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSliderModule } from '@angular/material/slider';
import { LeadershipApi } from '@rapport/admin/data-access';
import { ProblemHandler, toIsoDate } from '@rapport/admin/ui';
import { fieldErrorMessage } from '@rapport/admin/util';
import type { CreateCheckInRequest, LeadershipGoal } from '@rapport/shared/contracts';
import { finalize } from 'rxjs';

export interface CheckInData {
  goal: LeadershipGoal;
}

/** The request body: progress as a whole percent, the note trimmed, the day as `YYYY-MM-DD`. */
export function toCheckInRequest(value: { progress: number; note: string; date: Date | null }): CreateCheckInRequest {
  return {
    progress: Math.round(Math.min(100, Math.max(0, value.progress))),
    note: value.note.trim(),
    date: toIsoDate(value.date as Date),
  };
}

/** Logs progress on a leadership goal (slider 0–100) with a note. */
@Component({
  selector: 'rp-check-in-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSliderModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 4px;
      min-width: min(480px, 80vw);
    }
    .goal {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .progress-label {
      display: flex;
      justify-content: space-between;
      font-weight: 500;
    }
    mat-slider {
      width: 100%;
      margin: 0 0 16px;
    }
  `,
  template: `
    <h2 mat-dialog-title>Add a check-in</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p class="goal">{{ data.goal.title }} · target: {{ data.goal.target }}</p>
        <label class="progress-label" for="check-in-progress">
          <span>Progress</span>
          <span>{{ progress() }}%</span>
        </label>
        <mat-slider min="0" max="100" step="1" discrete [displayWith]="percent">
          <input id="check-in-progress" matSliderThumb formControlName="progress" aria-label="Progress towards the goal, percent" />
        </mat-slider>
        <mat-form-field appearance="outline">
          <mat-label>Note</mat-label>
          <textarea matInput formControlName="note" rows="4" cdkFocusInitial></textarea>
          <mat-hint>What you tried, what you noticed, what is next.</mat-hint>
          <mat-error>{{ errorOf(form.controls.note, 'Note') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Date</mat-label>
          <input matInput [matDatepicker]="picker" formControlName="date" required />
          <mat-hint>YYYY-MM-DD</mat-hint>
          <mat-datepicker-toggle matIconSuffix [for]="picker" />
          <mat-datepicker #picker />
          <mat-error>{{ errorOf(form.controls.date, 'Date') }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">Save check-in</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class CheckInDialog {
  private readonly api = inject(LeadershipApi);
  private readonly problems = inject(ProblemHandler);
  private readonly dialogRef = inject<MatDialogRef<CheckInDialog, LeadershipGoal>>(MatDialogRef);

  protected readonly data = inject<CheckInData>(MAT_DIALOG_DATA);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    // Starts where the last check-in left off: a check-in usually moves the needle a little.
    progress: [this.data.goal.progress ?? 0, [Validators.min(0), Validators.max(100)]],
    note: ['', Validators.maxLength(5000)],
    date: [new Date() as Date | null, Validators.required],
  });
  protected readonly progress = toSignal(this.form.controls.progress.valueChanges, {
    initialValue: this.form.controls.progress.value,
  });
  protected readonly saving = signal(false);
  protected readonly errorOf = fieldErrorMessage;
  protected readonly percent = (value: number) => `${value}%`;

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.api
      .checkIn(this.data.goal.id, toCheckInRequest(this.form.getRawValue()))
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (goal) => this.dialogRef.close(goal),
        error: (error: unknown) => this.problems.handle(error, this.form),
      });
  }
}
