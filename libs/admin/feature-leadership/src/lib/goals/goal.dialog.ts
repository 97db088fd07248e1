import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { LeadershipApi } from '@rapport/admin/data-access';
import { ProblemHandler, toIsoDate } from '@rapport/admin/ui';
import { fieldErrorMessage } from '@rapport/admin/util';
import type { Competency, LeadershipGoal } from '@rapport/shared/contracts';
import { finalize } from 'rxjs';

export interface GoalDialogData {
  /** The leader (user id) the goal belongs to. */
  ownerId: string;
  ownerName: string;
  competencies: Competency[];
}

/** A personal leadership goal on one competency, with what success looks like and when. */
@Component({
  selector: 'rp-goal-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 4px;
      min-width: min(520px, 80vw);
    }
  `,
  template: `
    <h2 mat-dialog-title>New leadership goal</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <mat-form-field appearance="outline">
          <mat-label>Competency</mat-label>
          <mat-select formControlName="competencyId" required>
            @for (competency of data.competencies; track competency.id) {
              <mat-option [value]="competency.id">{{ competency.name }}</mat-option>
            }
          </mat-select>
          <mat-hint>The caring behavior {{ data.ownerName }} wants to model; staff rate it in upward reviews.</mat-hint>
          <mat-error>{{ errorOf(form.controls.competencyId, 'Competency') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Goal</mat-label>
          <input matInput formControlName="title" required cdkFocusInitial />
          <mat-error>{{ errorOf(form.controls.title, 'Goal') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Description</mat-label>
          <textarea matInput formControlName="description" rows="3"></textarea>
          <mat-error>{{ errorOf(form.controls.description, 'Description') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Target</mat-label>
          <input matInput formControlName="target" required />
          <mat-hint>What success looks like, e.g. "upward empathy ≥ 4.2 by the Q3 cycle".</mat-hint>
          <mat-error>{{ errorOf(form.controls.target, 'Target') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Due date</mat-label>
          <input matInput [matDatepicker]="picker" formControlName="dueDate" required />
          <mat-hint>YYYY-MM-DD</mat-hint>
          <mat-datepicker-toggle matIconSuffix [for]="picker" />
          <mat-datepicker #picker />
          <mat-error>{{ errorOf(form.controls.dueDate, 'Due date') }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">Add goal</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class GoalDialog {
  private readonly api = inject(LeadershipApi);
  private readonly problems = inject(ProblemHandler);
  private readonly dialogRef = inject<MatDialogRef<GoalDialog, LeadershipGoal>>(MatDialogRef);

  protected readonly data = inject<GoalDialogData>(MAT_DIALOG_DATA);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    competencyId: ['', Validators.required],
    title: ['', [Validators.required, Validators.maxLength(200)]],
    description: ['', Validators.maxLength(5000)],
    target: ['', [Validators.required, Validators.maxLength(500)]],
    dueDate: [null as Date | null, Validators.required],
  });
  protected readonly saving = signal(false);
  protected readonly errorOf = fieldErrorMessage;

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.api
      .createGoal({
        ownerId: this.data.ownerId,
        competencyId: value.competencyId,
        title: value.title.trim(),
        description: value.description.trim(),
        target: value.target.trim(),
        dueDate: toIsoDate(value.dueDate as Date),
      })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (goal) => this.dialogRef.close(goal),
        error: (error: unknown) => this.problems.handle(error, this.form),
      });
  }
}
