import type { HttpClient } from '@angular/common/http';
import type { CsvImportResult } from '@rapport/shared/contracts';
import { filter, map, type Observable } from 'rxjs';
import { toParams } from '../culture/query-params';
import { type CsvUploadProgress, toCsvUploadProgress } from './csv-import';

/**
 * Uploads a CSV as the multipart field `file` and reports upload progress. A bad file errors with a
 * 400 whose `errors` list every bad row (see `csvImportErrorRows`); `dryRun` checks without writing.
 */
export function uploadCsv(http: HttpClient, url: string, file: File, dryRun: boolean): Observable<CsvUploadProgress> {
  const body = new FormData();
  body.append('file', file, file.name);
  return http
    .post<CsvImportResult>(url, body, {
      params: toParams({ dryRun: dryRun ? 'true' : undefined }),
      reportProgress: true,
      observe: 'events',
    })
    .pipe(
      map(toCsvUploadProgress),
      filter((progress): progress is CsvUploadProgress => progress !== null),
    );
}
