import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { AuthStore, LatestLoadable, PATIENT_ADMIN_ROLES, PatientSignalsApi } from '@rapport/admin/data-access';
import { Chart, PageState } from '@rapport/admin/ui';
import type { PatientSignals } from '@rapport/shared/contracts';
import { formatPeriod } from '../../shared/labels';
import { lastMonths, patientCellLabel, staffCellLabel } from '../patient-labels';
import { responseTrendOptions } from './signals-charts';
import { formatSignedGap, monthsBetween, signalRows } from './signals-rows';

/** The periods the page offers, in months back from today. */
export const PERIODS = [3, 6, 12] as const;

/**
 * Patient signals next to staff scores: per location and competency, the post-visit survey mean beside
 * the 360 mean by colleagues, with cells below the response minimum stated as such; then the monthly
 * response trend.
 */
@Component({
  selector: 'rp-patient-signals-page',
  imports: [MatButtonModule, MatButtonToggleModule, MatIconModule, RouterLink, Chart, PageState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../../shared/culture-page.scss', '../patient-page.scss', './patient-signals.page.scss'],
  templateUrl: './patient-signals.page.html',
})
export class PatientSignalsPage {
  private readonly api = inject(PatientSignalsApi);
  private readonly auth = inject(AuthStore);

  protected readonly signals = new LatestLoadable<PatientSignals>();
  protected readonly months = signal<number>(12);
  protected readonly periods = PERIODS;
  protected readonly canImport = computed(() => this.auth.hasAnyRole(PATIENT_ADMIN_ROLES));
  protected readonly patientLabel = patientCellLabel;
  protected readonly staffLabel = staffCellLabel;
  protected readonly formatGap = formatSignedGap;
  protected readonly period = formatPeriod;

  protected readonly rows = computed(() => {
    const signals = this.signals.value();
    return signals ? signalRows(signals) : [];
  });
  protected readonly hasResponses = computed(() => (this.signals.value()?.trend ?? []).some((t) => t.responses > 0));
  protected readonly trendChart = computed(() => {
    const signals = this.signals.value();
    return signals && this.hasResponses() ? responseTrendOptions(signals) : null;
  });
  /** The trend as a table: one row per location, one column per month. */
  protected readonly trendTable = computed(() => {
    const signals = this.signals.value();
    if (!signals) return { months: [] as string[], rows: [] };
    const months = monthsBetween(signals.from, signals.to);
    const points = new Map(signals.trend.map((t) => [`${t.locationId}|${t.period}`, t]));
    return {
      months,
      rows: signals.locations.map((location) => ({
        location,
        points: months.map((m) => points.get(`${location.id}|${m}`) ?? null),
      })),
    };
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.signals.load(this.api.get(lastMonths(this.months())));
  }

  protected setMonths(months: number): void {
    this.months.set(months);
    this.load();
  }
}
