import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { ApplicationsApi, downloadTracker, ExportsApi, LatestLoadable } from '@rapport/admin/data-access';
import { STAGE_LABELS } from '@rapport/admin/ui';
import { applyProblemToForm, fieldErrorMessage } from '@rapport/admin/util';
import {
  type Application,
  CULTURE_PERIODS,
  type CulturePeriod,
  type ExportFormat,
  type Opening,
  SELECTION_STAGES,
  type SelectionStage,
} from '@rapport/shared/contracts';
import { map } from 'rxjs';
import { DownloadProgress } from '../shared/download-progress';
import { exportQuery, FORMAT_LABELS, formatsOf, type ReportDefinition, type ReportFilter } from './report-definitions';

export interface Person {
  id: string;
  name: string;
}

const PERIOD_LABELS: Record<CulturePeriod, string> = { month: 'Month', quarter: 'Quarter' };

/** One export: its filters, its format and a Download button with progress and the API's refusal. */
@Component({
  selector: 'rp-report-card',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    DownloadProgress,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './report-card.scss',
  templateUrl: './report-card.html',
})
export class ReportCard {
  private readonly exportsApi = inject(ExportsApi);
  private readonly applicationsApi = inject(ApplicationsApi);

  readonly definition = input.required<ReportDefinition>();
  readonly openings = input<Opening[]>([]);
  readonly leaders = input<Person[]>([]);

  protected readonly tracker = downloadTracker();
  protected readonly applications = new LatestLoadable<Application[]>();
  protected readonly formats = computed(() => formatsOf(this.definition().report));
  protected readonly headingId = computed(() => `report-${this.definition().report}`);
  protected readonly formatLabels = FORMAT_LABELS;
  protected readonly periods = CULTURE_PERIODS;
  protected readonly periodLabels = PERIOD_LABELS;
  protected readonly stages = SELECTION_STAGES;
  protected readonly stageLabels = STAGE_LABELS;
  protected readonly errorOf = fieldErrorMessage;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    format: ['' as ExportFormat | ''],
    from: [null as Date | null],
    to: [null as Date | null],
    openingId: [''],
    // Enabled once an opening is chosen (a packet's candidates are listed per opening).
    applicationId: [{ value: '', disabled: true }],
    leaderId: [''],
    period: ['quarter' as CulturePeriod],
    stage: ['' as SelectionStage | ''],
  });

  constructor() {
    // A packet is for one application: choosing the opening lists its candidates.
    this.form.controls.openingId.valueChanges.pipe(takeUntilDestroyed()).subscribe((openingId) => {
      if (!this.has('application')) return;
      const application = this.form.controls.applicationId;
      application.setValue('');
      if (openingId) application.enable();
      else application.disable();
      if (openingId) this.applications.load(this.applicationsApi.list({ openingId }).pipe(map((page) => page.items)));
    });
  }

  protected has(filter: ReportFilter): boolean {
    return this.definition().filters.includes(filter);
  }

  protected download(): void {
    const application = this.form.controls.applicationId;
    if (this.has('application') && !application.value) {
      // Without an opening there is no candidate to choose yet: point at the opening first.
      const missing = this.form.controls.openingId.value ? application : this.form.controls.openingId;
      missing.setErrors({ required: true });
      missing.markAsTouched();
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const values = this.form.getRawValue();
    const query = exportQuery(this.definition(), { ...values, format: values.format || this.formats()[0] });
    // A refused filter (400) is also marked on its field.
    this.tracker.start(this.exportsApi.download(this.definition().report, query), (problem) =>
      applyProblemToForm(this.form, problem),
    );
  }

  protected cancel(): void {
    this.tracker.reset();
  }
}
