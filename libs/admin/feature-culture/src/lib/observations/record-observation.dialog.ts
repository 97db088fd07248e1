import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormBuilder, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ObservationsApi } from '@rapport/admin/data-access';
import { ProblemHandler, toIsoDate } from '@rapport/admin/ui';
import { fieldErrorMessage } from '@rapport/admin/util';
import type { Competency, Observation, ObservationKind, StaffMember } from '@rapport/shared/contracts';
import { finalize } from 'rxjs';

export interface RecordObservationData {
  /** The people one may record about (the caller's own record is left out). */
  staff: StaffMember[];
  competencies: Competency[];
  /** Preselects the person when opened from their row or profile. */
  staffMemberId?: string;
  kind?: ObservationKind;
}

/** A day after today is refused; the API allows one day of slack for time zones, the form none. */
export function notInFuture(control: AbstractControl<Date | null>): ValidationErrors | null {
  const value = control.value;
  if (!value) return null;
  const endOfToday = new Date();
  endOfToday.setHours(23, 59, 59, 999);
  return value.getTime() > endOfToday.getTime() ? { message: 'The date cannot be in the future' } : null;
}

/** A note of only spaces says nothing: the API trims it and would refuse it. */
export function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value && !control.value.trim() ? { required: true } : null;
}

/** "Recognize / coach": records a caring behavior seen, or a missed opportunity, about one person. */
@Component({
  selector: 'rp-record-observation-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 4px;
      min-width: min(480px, 80vw);
    }
    .kind {
      margin-bottom: 12px;
    }
    .privacy {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.875rem;
    }
  `,
  template: `
    <h2 mat-dialog-title>Recognize or coach</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <mat-button-toggle-group formControlName="kind" class="kind" aria-label="Kind of observation">
          <mat-button-toggle value="recognition">
            <mat-icon aria-hidden="true">thumb_up</mat-icon> Recognition
          </mat-button-toggle>
          <mat-button-toggle value="coaching">
            <mat-icon aria-hidden="true">school</mat-icon> Coaching
          </mat-button-toggle>
        </mat-button-toggle-group>
        <p class="privacy">
          <mat-icon aria-hidden="true">{{ coaching() ? 'lock' : 'groups' }}</mat-icon>
          @if (coaching()) {
            Coaching notes are private: only the person, their managers, leaders and HR, and you can read them.
          } @else {
            Recognitions are visible to the whole team.
          }
        </p>
        <mat-form-field appearance="outline">
          <mat-label>Staff member</mat-label>
          <mat-select formControlName="staffMemberId" required>
            @for (person of data.staff; track person.id) {
              <mat-option [value]="person.id">{{ person.name }} · {{ person.roleTitle }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ errorOf(form.controls.staffMemberId, 'Staff member') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Competency</mat-label>
          <mat-select formControlName="competencyId" required>
            @for (competency of data.competencies; track competency.id) {
              <mat-option [value]="competency.id">{{ competency.name }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ errorOf(form.controls.competencyId, 'Competency') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>What did you see?</mat-label>
          <textarea matInput formControlName="note" rows="4" required cdkFocusInitial></textarea>
          <mat-hint>The behavior, not a judgment of the person.</mat-hint>
          <mat-hint align="end">{{ form.controls.note.value.length }} / 2000</mat-hint>
          <mat-error>{{ errorOf(form.controls.note, 'Note') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>Date seen</mat-label>
          <input matInput [matDatepicker]="picker" [max]="today" formControlName="observedAt" required />
          <mat-hint>YYYY-MM-DD</mat-hint>
          <mat-datepicker-toggle matIconSuffix [for]="picker" />
          <mat-datepicker #picker />
          <mat-error>{{ errorOf(form.controls.observedAt, 'Date') }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ coaching() ? 'Save coaching note' : 'Save recognition' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class RecordObservationDialog {
  private readonly api = inject(ObservationsApi);
  private readonly problems = inject(ProblemHandler);
  private readonly dialogRef = inject<MatDialogRef<RecordObservationDialog, Observation>>(MatDialogRef);

  protected readonly data = inject<RecordObservationData>(MAT_DIALOG_DATA);
  protected readonly today = new Date();
  protected readonly form = inject(FormBuilder).nonNullable.group({
    kind: [this.data.kind ?? ('recognition' as ObservationKind)],
    staffMemberId: [this.data.staffMemberId ?? '', Validators.required],
    competencyId: ['', Validators.required],
    note: ['', [Validators.required, notBlank, Validators.maxLength(2000)]],
    observedAt: [new Date() as Date | null, [Validators.required, notInFuture]],
  });
  private readonly kind = toSignal(this.form.controls.kind.valueChanges, { initialValue: this.form.controls.kind.value });
  protected readonly coaching = computed(() => this.kind() === 'coaching');
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
      .create({
        staffMemberId: value.staffMemberId,
        competencyId: value.competencyId,
        kind: value.kind,
        note: value.note.trim(),
        observedAt: toIsoDate(value.observedAt as Date),
      })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (observation) => this.dialogRef.close(observation),
        error: (error: unknown) => this.problems.handle(error, this.form),
      });
  }
}
