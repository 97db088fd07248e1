import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { type ImportErrorRow, importErrorRows, ServiceMetricsApi } from '@rapport/admin/data-access';
import { openConfirmDialog } from '@rapport/admin/ui';
import { problemMessage, toProblem } from '@rapport/admin/util';
import { SERVICE_METRICS, type ServiceMetricImportResult } from '@rapport/shared/contracts';
import { filter, of } from 'rxjs';
import { formatPeriod, METRICS } from '../shared/labels';

export type ImportPhase = 'idle' | 'checking' | 'checked' | 'invalid' | 'importing' | 'imported' | 'failed';

/**
 * Service-metrics CSV import: choosing a file checks it at once (a dry run), bad rows are listed by line
 * with their reason, and only a clean file can be imported. Uploads show their progress.
 */
@Component({
  selector: 'rp-metrics-import-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/culture-page.scss', './metrics-import.page.scss'],
  templateUrl: './metrics-import.page.html',
})
export class MetricsImportPage {
  private readonly api = inject(ServiceMetricsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly file = signal<File | null>(null);
  protected readonly phase = signal<ImportPhase>('idle');
  /** Upload progress 0–100; `null` when the browser cannot tell. */
  protected readonly percent = signal<number | null>(null);
  protected readonly result = signal<ServiceMetricImportResult | null>(null);
  protected readonly errorRows = signal<ImportErrorRow[]>([]);
  protected readonly message = signal('');
  protected readonly errorColumns = ['line', 'reason'];
  protected readonly metricNames = SERVICE_METRICS;
  protected readonly metrics = METRICS;
  protected readonly period = formatPeriod;

  protected choose(input: HTMLInputElement): void {
    const file = input.files?.[0] ?? null;
    // Reset the input so choosing the same (corrected) file again fires a change.
    input.value = '';
    if (!file) return;
    this.file.set(file);
    this.check();
  }

  protected check(): void {
    this.upload(true);
  }

  protected import(): void {
    const preview = this.result();
    const confirm = preview?.replaced
      ? openConfirmDialog(this.dialog, {
          title: 'Replace stored figures?',
          message: `${preview.replaced} stored value${preview.replaced === 1 ? '' : 's'} for the same people, months and metrics will be replaced by the file's.`,
          confirmLabel: 'Replace and import',
        })
      : of(true);
    confirm.pipe(filter(Boolean)).subscribe(() => this.upload(false));
  }

  protected reset(): void {
    this.file.set(null);
    this.phase.set('idle');
    this.result.set(null);
    this.errorRows.set([]);
    this.message.set('');
  }

  private upload(dryRun: boolean): void {
    const file = this.file();
    if (!file) return;
    this.phase.set(dryRun ? 'checking' : 'importing');
    this.percent.set(0);
    this.errorRows.set([]);
    this.message.set('');
    this.api
      .import(file, dryRun)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (progress) => {
          if (progress.kind === 'uploading') {
            this.percent.set(progress.percent);
            return;
          }
          this.result.set(progress.result);
          this.phase.set(dryRun ? 'checked' : 'imported');
          if (!dryRun) this.snackBar.open(`Imported ${progress.result.imported} rows`, undefined, { duration: 4000 });
        },
        error: (error: unknown) => {
          const problem = toProblem(error);
          const rows = importErrorRows(problem);
          this.result.set(null);
          this.errorRows.set(rows);
          this.message.set(problemMessage(problem));
          this.phase.set(rows.some((r) => r.line !== null) ? 'invalid' : 'failed');
        },
      });
  }
}
