import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormBuilder, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { ReviewCyclesStore } from '@rapport/admin/data-access';
import { ProblemHandler, toIsoDate } from '@rapport/admin/ui';
import { fieldErrorMessage } from '@rapport/admin/util';
import type { CreateReviewCycleRequest, Location, ReviewCycle } from '@rapport/shared/contracts';
import { finalize } from 'rxjs';

export interface CreateCycleData {
  locations: Location[];
}

/** The calendar quarter a day falls in, as the default review period. */
export function quarterOf(day: Date): { start: Date; end: Date; label: string } {
  const q = Math.floor(day.getMonth() / 3);
  return {
    start: new Date(day.getFullYear(), q * 3, 1),
    end: new Date(day.getFullYear(), q * 3 + 3, 0),
    label: `Q${q + 1} ${day.getFullYear()} 360 review`,
  };
}

/** The period must not end before it starts (the API refuses it too, on `periodEnd`). */
export function notBeforeStart(control: AbstractControl<Date | null>): ValidationErrors | null {
  const start = control.parent?.get('periodStart')?.value as Date | null | undefined;
  const end = control.value;
  return start && end && end.getTime() < start.getTime() ? { message: 'The period cannot end before it starts' } : null;
}

/** The request for the API: all locations are sent as "no filter" (omitted), not as a list of every id. */
export function toCreateCycleRequest(value: {
  name: string;
  periodStart: Date | null;
  periodEnd: Date | null;
  locationIds: string[];
  peersPerPerson: number;
  includeUpward: boolean;
}): CreateReviewCycleRequest {
  return {
    name: value.name.trim(),
    periodStart: toIsoDate(value.periodStart as Date),
    periodEnd: toIsoDate(value.periodEnd as Date),
    ...(value.locationIds.length ? { locationIds: value.locationIds } : {}),
    peersPerPerson: value.peersPerPerson,
    includeUpward: value.includeUpward,
  };
}

@Component({
  selector: 'rp-create-cycle-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatSlideToggleModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 4px;
      min-width: min(520px, 80vw);
    }
    .row {
      display: flex;
      gap: 12px;
      flex-wrap: wrap;
    }
    .row mat-form-field {
      flex: 1 1 180px;
    }
    .explain {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.875rem;
    }
  `,
  templateUrl: './create-cycle.dialog.html',
})
export class CreateCycleDialog {
  private readonly store = inject(ReviewCyclesStore);
  private readonly problems = inject(ProblemHandler);
  private readonly dialogRef = inject<MatDialogRef<CreateCycleDialog, ReviewCycle>>(MatDialogRef);
  private readonly quarter = quarterOf(new Date());

  protected readonly data = inject<CreateCycleData>(MAT_DIALOG_DATA);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: [this.quarter.label, [Validators.required, Validators.maxLength(200)]],
    periodStart: [this.quarter.start as Date | null, Validators.required],
    periodEnd: [this.quarter.end as Date | null, [Validators.required, notBeforeStart]],
    locationIds: [[] as string[]],
    peersPerPerson: [3, [Validators.required, Validators.min(0), Validators.max(10), Validators.pattern(/^\d+$/)]],
    includeUpward: [true],
  });
  protected readonly saving = signal(false);
  protected readonly errorOf = fieldErrorMessage;

  constructor() {
    // The end's rule reads the start: check it again whenever the start moves.
    this.form.controls.periodStart.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.periodEnd.updateValueAndValidity());
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.store
      .create(toCreateCycleRequest(this.form.getRawValue()))
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (cycle) => this.dialogRef.close(cycle),
        error: (error: unknown) => this.problems.handle(error, this.form),
      });
  }
}
