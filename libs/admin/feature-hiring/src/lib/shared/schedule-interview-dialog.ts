import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTimepickerModule } from '@angular/material/timepicker';
import { AuthStore, HiringPeopleStore, InterviewsApi } from '@rapport/admin/data-access';
import { ProblemHandler } from '@rapport/admin/ui';
import { fieldErrorMessage } from '@rapport/admin/util';
import type { Interview } from '@rapport/shared/contracts';
import { finalize } from 'rxjs';

export interface ScheduleInterviewData {
  applicationId: string;
  candidateName: string;
}

const MAX_PANEL = 8;

/** Combines the picked day and time of day into one instant (local time). */
export function combineDateAndTime(day: Date, time: Date): Date {
  const at = new Date(day);
  at.setHours(time.getHours(), time.getMinutes(), 0, 0);
  return at;
}

/**
 * Schedules a panel: when, and who interviews (each gets their own independent scorecard). The kit
 * version is pinned by the API at this moment. Needs the page's `HiringPeopleStore` (its injector).
 */
@Component({
  selector: 'rp-schedule-interview-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatDatepickerModule,
    MatTimepickerModule,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .when {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0 12px;
    }
    mat-form-field {
      width: 100%;
    }
    form {
      min-width: min(480px, 80vw);
    }
  `,
  template: `
    <h2 mat-dialog-title>Schedule an interview with {{ data.candidateName }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <div class="when">
          <mat-form-field appearance="outline">
            <mat-label>Date</mat-label>
            <input matInput [matDatepicker]="datePicker" formControlName="date" required cdkFocusInitial />
            <mat-datepicker-toggle matIconSuffix [for]="datePicker" />
            <mat-datepicker #datePicker />
            <mat-hint>MM/DD/YYYY</mat-hint>
            <mat-error>{{ errorOf(form.controls.date, 'Date') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>Time</mat-label>
            <input matInput [matTimepicker]="timePicker" formControlName="time" required />
            <mat-timepicker-toggle matIconSuffix [for]="timePicker" />
            <mat-timepicker #timePicker interval="15m" />
            <mat-hint>e.g. 10:30 AM</mat-hint>
            <mat-error>{{ errorOf(form.controls.time, 'Time') }}</mat-error>
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Interviewers</mat-label>
          <mat-select formControlName="interviewerIds" multiple required>
            @for (person of people.interviewers(); track person.id) {
              <mat-option [value]="person.id">{{ person.name }}{{ person.id === myId ? ' (you)' : '' }}</mat-option>
            }
          </mat-select>
          @if (people.partial()) {
            <mat-hint>Listed: people who have sat on a panel before, and you. An admin can add others.</mat-hint>
          } @else {
            <mat-hint>Each interviewer scores on their own; up to {{ maxPanel }}.</mat-hint>
          }
          <mat-error>{{ errorOf(form.controls.interviewerIds, 'Interviewers') }}</mat-error>
        </mat-form-field>
        @if (panelSize() > 0) {
          <p class="panel-size">A panel of {{ panelSize() }}.</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">Schedule</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class ScheduleInterviewDialog {
  private readonly api = inject(InterviewsApi);
  private readonly problems = inject(ProblemHandler);
  private readonly dialogRef = inject<MatDialogRef<ScheduleInterviewDialog, Interview>>(MatDialogRef);
  protected readonly data = inject<ScheduleInterviewData>(MAT_DIALOG_DATA);
  protected readonly people = inject(HiringPeopleStore);
  protected readonly myId = inject(AuthStore).user()?.id;
  protected readonly maxPanel = MAX_PANEL;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    date: [null as Date | null, Validators.required],
    time: [null as Date | null, Validators.required],
    interviewerIds: [[] as string[], [Validators.required, maxPanel]],
  });
  private readonly selected = signal<string[]>([]);
  protected readonly panelSize = computed(() => this.selected().length);
  protected readonly saving = signal(false);
  protected readonly errorOf = fieldErrorMessage;

  constructor() {
    this.form.controls.interviewerIds.valueChanges.subscribe((ids) => this.selected.set(ids));
  }

  protected save(): void {
    const { date, time, interviewerIds } = this.form.getRawValue();
    if (this.form.invalid || !date || !time) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    const scheduledAt = combineDateAndTime(date, time).toISOString();
    this.api
      .schedule({ applicationId: this.data.applicationId, scheduledAt, interviewerIds })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: (interview) => this.dialogRef.close(interview),
        // `interviewerIds` lands on the select; `scheduledAt` (no control of that name) in the snackbar.
        error: (error: unknown) => this.problems.handle(error, this.form),
      });
  }
}

function maxPanel(control: { value: string[] }) {
  return control.value.length > MAX_PANEL ? { message: `A panel has at most ${MAX_PANEL} interviewers` } : null;
}
