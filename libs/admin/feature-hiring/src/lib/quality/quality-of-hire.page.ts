import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { AuthStore, downloadTracker, loadable, QUALITY_NAMED_ROWS_ROLES, QualityOfHireApi } from '@rapport/admin/data-access';
import { PageState } from '@rapport/admin/ui';
import { QUALITY_READING_TEXT, type QualityOfHire } from '@rapport/shared/contracts';
import { CorrelationTable } from './correlation-table';
import { qualityRows } from './quality-format';

/**
 * Quality of hire: for staff hired through Rapport, whether interview ratings (per competency, question
 * and interviewer) have tracked how the hires later behave with patients (their culture scores). A rank
 * correlation with its interval and n, and a reading in plain words, never a verdict on one person.
 */
@Component({
  selector: 'rp-quality-of-hire-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, PageState, CorrelationTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../hiring-page.scss', './quality-of-hire.page.scss'],
  templateUrl: './quality-of-hire.page.html',
})
export class QualityOfHirePage {
  private readonly api = inject(QualityOfHireApi);
  private readonly auth = inject(AuthStore);

  protected readonly quality = loadable<QualityOfHire>();
  protected readonly download = downloadTracker();
  protected readonly readings = QUALITY_READING_TEXT;
  /** HR and owners see every interviewer by name; anyone else sees their own row only. */
  protected readonly seesAllInterviewers = computed(() => this.auth.hasAnyRole(QUALITY_NAMED_ROWS_ROLES));
  protected readonly rows = computed(() => {
    const q = this.quality.value();
    return q ? qualityRows(q) : { competencies: [], questions: [], interviewers: [] };
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.quality.load(this.api.get());
  }

  protected exportXlsx(): void {
    this.download.start(this.api.exportXlsx());
  }
}
