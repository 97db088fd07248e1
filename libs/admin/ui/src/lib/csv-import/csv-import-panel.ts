import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { problemMessage, toProblem } from '@rapport/admin/util';
import type { ProblemDocument } from '@rapport/shared/contracts';
import { filter, type Observable, of } from 'rxjs';
import { type ConfirmDialogData, openConfirmDialog } from '../confirm-dialog/confirm-dialog';

/**
 * What an upload reports while it runs: how much has been sent, then the API's answer. Structural, so the
 * data-access upload functions (`ServiceMetricsApi.import`, `uploadCsv`) fit without this lib importing them.
 */
export type CsvUploadEvent<R> =
  | { kind: 'uploading'; /** 0–100; `null` when the browser cannot tell the total. */ percent: number | null }
  | { kind: 'done'; result: R };

/** Sends the file: `dryRun` checks it without writing. Fails with the API's problem when the file is refused. */
export type CsvUpload<R> = (file: File, dryRun: boolean) => Observable<CsvUploadEvent<R>>;

/** One bad CSV row as the table of rows to fix shows it. */
export interface CsvImportErrorRow {
  /** The file's line number; `null` when the API named no line (a problem with the upload itself). */
  line: number | null;
  /** The column at fault, when the API named one; shown only with `showColumn`. */
  column?: string | null;
  reason: string;
}

/** A sentence whose first part is in bold: `<strong>{lead}</strong>{rest}`. */
export interface CsvImportSentence {
  lead: string;
  rest: string;
}

/** The sentences that depend on what is imported (rows of figures, survey responses, reviews). */
export interface CsvImportTexts<R> {
  /** After a clean dry run, e.g. **The file is valid: 4 rows** for March 2026. */
  valid(result: R): CsvImportSentence;
  /** The line under it: what the import would replace or skip. */
  validDetail(result: R): string;
  /** The import button's label. */
  importLabel(result: R): string;
  /** `false` disables the import button (nothing new would be written); importable when left out. */
  canImport?(result: R): boolean;
  /** After the import, e.g. **Imported 4 rows**, replacing 2 stored values. */
  imported(result: R): CsvImportSentence;
  /** The snack bar after the import. */
  importedNotice(result: R): string;
  /** After the refusal's message when bad rows are listed, e.g. ". Fix these rows and choose the file again." */
  fixRows: string;
}

export type CsvImportPhase = 'idle' | 'checking' | 'checked' | 'invalid' | 'importing' | 'imported' | 'failed';

/**
 * A CSV import: choosing a file checks it at once (a dry run), bad rows are listed by line (and column)
 * with their reason, and only a clean file can be imported, after an optional confirmation. Uploads show
 * their progress. What is sent, how a refusal lists its rows and the sentences come from the page.
 */
@Component({
  selector: 'rp-csv-import-panel',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, MatTableModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './csv-import-panel.scss',
  templateUrl: './csv-import-panel.html',
})
export class CsvImportPanel<R> {
  readonly upload = input.required<CsvUpload<R>>();
  /** The rows of a refused upload, in file order; rows without a line mean the upload was refused as a whole. */
  readonly errorRows = input.required<(problem: ProblemDocument) => readonly CsvImportErrorRow[]>();
  readonly texts = input.required<CsvImportTexts<R>>();
  /** Asks before importing when it returns a dialog (e.g. stored values would be replaced). */
  readonly confirm = input<(result: R) => ConfirmDialogData | null>(() => null);
  /** What is imported, named in the labels when a page has several imports ("Post-visit surveys"). */
  readonly name = input<string | null>(null);
  /** Prefix of the data-testids (`feedback` → `feedback-csv-input`), for a page with several imports. */
  readonly testIdPrefix = input<string | null>(null);
  /** Adds the Column column to the rows to fix. */
  readonly showColumn = input(false);

  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly file = signal<File | null>(null);
  protected readonly phase = signal<CsvImportPhase>('idle');
  /** Upload progress 0–100; `null` when the browser cannot tell. */
  protected readonly percent = signal<number | null>(null);
  protected readonly result = signal<R | null>(null);
  protected readonly rowsToFix = signal<readonly CsvImportErrorRow[]>([]);
  protected readonly message = signal('');
  protected readonly busy = computed(() => this.phase() === 'checking' || this.phase() === 'importing');
  protected readonly errorColumns = computed(() => (this.showColumn() ? ['line', 'column', 'reason'] : ['line', 'reason']));
  protected readonly pickLabel = computed(() => (this.file() ? 'Choose another file' : 'Choose CSV file'));
  /** The visible label is enough alone; with several imports on a page it says which one. */
  protected readonly pickAriaLabel = computed(() => {
    const name = this.name();
    return name ? `${this.pickLabel()} for ${name.toLowerCase()}` : null;
  });
  protected readonly tableLabel = computed(() => {
    const name = this.name();
    return name ? `${name}: rows to fix` : 'Rows to fix';
  });
  protected readonly canImport = computed(() => {
    const result = this.result();
    const canImport = this.texts().canImport;
    return result !== null && (canImport ? canImport(result) : true);
  });

  protected testId(id: string): string {
    const prefix = this.testIdPrefix();
    return prefix ? `${prefix}-${id}` : id;
  }

  protected choose(input: HTMLInputElement): void {
    const file = input.files?.[0] ?? null;
    // Reset the input so choosing the same (corrected) file again fires a change.
    input.value = '';
    if (!file) return;
    this.file.set(file);
    this.check();
  }

  protected check(): void {
    this.send(true);
  }

  protected import(): void {
    const preview = this.result();
    if (preview === null) return;
    const dialog = this.confirm()(preview);
    const confirmed = dialog ? openConfirmDialog(this.dialog, dialog) : of(true);
    confirmed.pipe(filter(Boolean), takeUntilDestroyed(this.destroyRef)).subscribe(() => this.send(false));
  }

  protected reset(): void {
    this.file.set(null);
    this.phase.set('idle');
    this.result.set(null);
    this.rowsToFix.set([]);
    this.message.set('');
  }

  private send(dryRun: boolean): void {
    const file = this.file();
    if (!file) return;
    this.phase.set(dryRun ? 'checking' : 'importing');
    this.percent.set(0);
    this.rowsToFix.set([]);
    this.message.set('');
    this.upload()(file, dryRun)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (event) => {
          if (event.kind === 'uploading') {
            this.percent.set(event.percent);
            return;
          }
          this.result.set(event.result);
          this.phase.set(dryRun ? 'checked' : 'imported');
          if (!dryRun) this.snackBar.open(this.texts().importedNotice(event.result), undefined, { duration: 4000 });
        },
        error: (error: unknown) => {
          const problem = toProblem(error);
          const rows = this.errorRows()(problem);
          this.result.set(null);
          this.rowsToFix.set(rows);
          this.message.set(problemMessage(problem));
          this.phase.set(rows.some((r) => r.line !== null) ? 'invalid' : 'failed');
        },
      });
  }
}
