import { type HttpClient, type HttpEvent, HttpEventType } from '@angular/common/http';
import type { ProblemDocument } from '@rapport/shared/contracts';
import { filter, map, type Observable } from 'rxjs';
import { toParams } from '../culture/query-params';

/** What a CSV upload reports while it runs: how much has been sent, then the API's answer `R`. */
export type UploadProgress<R> =
  | { kind: 'uploading'; /** 0–100; `null` when the browser cannot tell the total. */ percent: number | null }
  | { kind: 'done'; result: R };

/** Upload events as progress; events that say nothing about progress (sent, headers) are left out. */
export function toUploadProgress<R>(event: HttpEvent<R>): UploadProgress<R> | null {
  switch (event.type) {
    case HttpEventType.UploadProgress:
      return { kind: 'uploading', percent: event.total ? Math.min(100, Math.round((100 * event.loaded) / event.total)) : null };
    case HttpEventType.Response:
      return event.body ? { kind: 'done', result: event.body } : null;
    default:
      return null;
  }
}

/**
 * Uploads a CSV as the multipart field `file` and reports upload progress. A bad file errors with a
 * 400 whose `errors` list every bad row (see `csvErrorRows`); `dryRun` checks without writing.
 */
export function uploadCsv<R>(http: HttpClient, url: string, file: File, dryRun: boolean): Observable<UploadProgress<R>> {
  const body = new FormData();
  body.append('file', file, file.name);
  return http
    .post<R>(url, body, { params: toParams({ dryRun: dryRun ? 'true' : undefined }), reportProgress: true, observe: 'events' })
    .pipe(
      map((event) => toUploadProgress(event)),
      filter((progress): progress is UploadProgress<R> => progress !== null),
    );
}

/** One bad CSV row as the preview table shows it. */
export interface CsvErrorRow {
  /** The file's line number; `null` when the API named no line (a problem with the upload itself). */
  line: number | null;
  /** The column at fault when the API named one (a patient-identifier column, a bad score). */
  column: string | null;
  reason: string;
}

/**
 * The rows of a refused import, in file order (file-level errors first). The API sends
 * `errors: [{field: 'file', message, line, reason, column?}]`; an error about the upload itself (not
 * multipart, not UTF-8, too large) has no line, and then its message is the reason. Errors about other
 * fields are not about the file and are left out.
 */
export function csvErrorRows(problem: ProblemDocument): CsvErrorRow[] {
  const rows: CsvErrorRow[] = (problem.errors ?? [])
    .filter((error) => error.field === 'file')
    .map((error) => {
      const e = error as { line?: unknown; reason?: unknown; column?: unknown };
      return typeof e.line === 'number' && typeof e.reason === 'string'
        ? { line: e.line, column: typeof e.column === 'string' ? e.column : null, reason: e.reason }
        : { line: null, column: null, reason: error.message };
    });
  return rows.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
