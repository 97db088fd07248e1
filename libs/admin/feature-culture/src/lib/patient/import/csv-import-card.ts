import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { type CsvErrorRow, csvImportErrorRows, type CsvUploadProgress, PatientFeedbackApi, ReviewsApi } from '@rapport/admin/data-access';
import { problemMessage, toProblem } from '@rapport/admin/util';
import type { CsvImportResult } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { formatDay } from '../../shared/labels';

export type CsvKind = 'feedback' | 'reviews';
export type ImportPhase = 'idle' | 'checking' | 'checked' | 'invalid' | 'importing' | 'imported' | 'failed';

/** What each kind of file is called in the page's sentences. */
const NOUNS: Record<CsvKind, { one: string; many: string }> = {
  feedback: { one: 'survey response', many: 'survey responses' },
  reviews: { one: 'review', many: 'reviews' },
};

/**
 * One CSV import (surveys or reviews), as the metrics import works: choosing a file checks it at once
 * (a dry run), bad rows are listed by line and column with their reason, and only a clean file can be
 * imported. Rows imported before are skipped, so importing a file twice is safe.
 */
@Component({
  selector: 'rp-csv-import-card',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../../shared/culture-page.scss', '../../import/metrics-import.page.scss'],
  styles: `
    :host {
      display: block;
    }
  `,
  templateUrl: './csv-import-card.html',
})
export class CsvImportCard {
  readonly kind = input.required<CsvKind>();
  /** The card's heading. */
  readonly heading = input.required<string>();

  private readonly feedbackApi = inject(PatientFeedbackApi);
  private readonly reviewsApi = inject(ReviewsApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly file = signal<File | null>(null);
  protected readonly phase = signal<ImportPhase>('idle');
  /** Upload progress 0–100; `null` when the browser cannot tell. */
  protected readonly percent = signal<number | null>(null);
  protected readonly result = signal<CsvImportResult | null>(null);
  protected readonly errorRows = signal<CsvErrorRow[]>([]);
  protected readonly message = signal('');
  protected readonly errorColumns = ['line', 'column', 'reason'];
  protected readonly nouns = computed(() => NOUNS[this.kind()]);
  /** Rows a real import would write: the file's rows less those already imported. */
  protected readonly newRows = computed(() => {
    const r = this.result();
    return r ? Math.max(0, r.rows - r.duplicates) : 0;
  });
  protected readonly day = formatDay;
  protected readonly headingId = computed(() => `import-${this.kind()}-heading`);

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
    this.upload(false);
  }

  protected reset(): void {
    this.file.set(null);
    this.phase.set('idle');
    this.result.set(null);
    this.errorRows.set([]);
    this.message.set('');
  }

  protected count(n: number): string {
    return `${n} ${n === 1 ? this.nouns().one : this.nouns().many}`;
  }

  private send(file: File, dryRun: boolean): Observable<CsvUploadProgress> {
    return this.kind() === 'feedback' ? this.feedbackApi.import(file, dryRun) : this.reviewsApi.import(file, dryRun);
  }

  private upload(dryRun: boolean): void {
    const file = this.file();
    if (!file) return;
    this.phase.set(dryRun ? 'checking' : 'importing');
    this.percent.set(0);
    this.errorRows.set([]);
    this.message.set('');
    this.send(file, dryRun)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (progress) => {
          if (progress.kind === 'uploading') {
            this.percent.set(progress.percent);
            return;
          }
          this.result.set(progress.result);
          this.phase.set(dryRun ? 'checked' : 'imported');
          if (!dryRun) this.snackBar.open(`Imported ${this.count(progress.result.imported)}`, undefined, { duration: 4000 });
        },
        error: (error: unknown) => {
          const problem = toProblem(error);
          const rows = csvImportErrorRows(problem);
          this.result.set(null);
          this.errorRows.set(rows);
          this.message.set(problemMessage(problem));
          this.phase.set(rows.some((r) => r.line !== null) ? 'invalid' : 'failed');
        },
      });
  }
}
