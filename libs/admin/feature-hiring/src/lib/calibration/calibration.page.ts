import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatTableModule } from '@angular/material/table';
import { CalibrationApi, loadable } from '@rapport/admin/data-access';
import { CALIBRATION_LABELS, PageState } from '@rapport/admin/ui';
import type { InterviewerCalibration } from '@rapport/shared/contracts';

/** A day as the API's ISO date (local calendar day, not shifted through UTC). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Interviewer calibration: how far each interviewer's ratings sit from their panels' means (lenient
 * above, severe below) and how often they use the extremes, over a period. Coaching material, not a
 * verdict: a few scorecards say little.
 */
@Component({
  selector: 'rp-calibration-page',
  imports: [DecimalPipe, PercentPipe, ReactiveFormsModule, MatButtonModule, MatDatepickerModule, MatFormFieldModule, MatTableModule, PageState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../hiring-page.scss', './calibration.page.scss'],
  templateUrl: './calibration.page.html',
})
export class CalibrationPage {
  private readonly api = inject(CalibrationApi);

  protected readonly rows = loadable<InterviewerCalibration[]>();
  protected readonly columns = ['name', 'scorecards', 'ratings', 'deviation', 'extremes', 'label'];
  protected readonly period = inject(FormBuilder).group({
    from: [null as Date | null],
    to: [null as Date | null],
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    const { from, to } = this.period.getRawValue();
    // The API's `to` is exclusive; the picked end day is meant to count, so ask up to the day after.
    const dayAfter = to ? new Date(to.getFullYear(), to.getMonth(), to.getDate() + 1) : null;
    this.rows.load(this.api.list({ from: from ? isoDay(from) : undefined, to: dayAfter ? isoDay(dayAfter) : undefined }));
  }

  protected clear(): void {
    this.period.reset();
    this.load();
  }

  protected labelOf(row: InterviewerCalibration): string {
    return CALIBRATION_LABELS[row.label];
  }

  protected chipClass(row: InterviewerCalibration): string {
    return row.label === 'calibrated' ? 'chip chip-positive' : row.label === 'insufficient_data' ? 'chip' : 'chip chip-warning';
  }
}
