import { type HttpEvent, HttpEventType } from '@angular/common/http';
import type { CsvImportError, CsvImportResult, ProblemDocument } from '@rapport/shared/contracts';

/** What a CSV upload reports while it runs: how much has been sent, then the API's answer. */
export type CsvUploadProgress =
  | { kind: 'uploading'; /** 0–100; `null` when the browser cannot tell the total. */ percent: number | null }
  | { kind: 'done'; result: CsvImportResult };

/** Upload events as progress; events that say nothing about progress (sent, headers) are left out. */
export function toCsvUploadProgress(event: HttpEvent<CsvImportResult>): CsvUploadProgress | null {
  switch (event.type) {
    case HttpEventType.UploadProgress:
      return { kind: 'uploading', percent: event.total ? Math.min(100, Math.round((100 * event.loaded) / event.total)) : null };
    case HttpEventType.Response:
      return event.body ? { kind: 'done', result: event.body } : null;
    default:
      return null;
  }
}

/** One bad CSV row as the preview table shows it. */
export interface CsvErrorRow {
  /** The file's line number; `null` when the API named no line (a problem with the upload itself). */
  line: number | null;
  /** The column at fault when the API named one (a patient-identifier column, a bad score). */
  column: string | null;
  reason: string;
}

function isRowError(error: unknown): error is CsvImportError {
  const e = error as Partial<CsvImportError>;
  return typeof e.line === 'number' && typeof e.reason === 'string';
}

/**
 * The rows of a refused patient-feedback or review import, in file order (file-level errors first). The
 * API sends `errors: [{field: 'file', message, line, reason, column?}]`; an error about the upload itself
 * (not multipart, not UTF-8, too large) has no line, and then its message is the reason. Errors about
 * other fields are not about the file and are left out.
 */
export function csvImportErrorRows(problem: ProblemDocument): CsvErrorRow[] {
  const rows: CsvErrorRow[] = (problem.errors ?? [])
    .filter((error) => error.field === 'file')
    .map((error) =>
      isRowError(error)
        ? { line: error.line, column: typeof error.column === 'string' ? error.column : null, reason: error.reason }
        : { line: null, column: null, reason: error.message },
    );
  return rows.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
