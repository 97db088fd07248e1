import { HttpClient } from '@angular/common/http';
import { DOCUMENT } from '@angular/common';
import { inject, Injectable } from '@angular/core';
import type { ExportFormat, ExportReport } from '@rapport/shared/contracts';
import { catchError, filter, from, map, type Observable, switchMap, tap, throwError } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';
import { toParams } from '../culture/query-params';
import { type ExportProgress, readDownloadError, toExportProgress } from './export-files';

/** An export's filters; empty values are left out of the request. */
export type ExportQuery = { format: ExportFormat } & Record<string, string | null | undefined>;

/** Hands a downloaded file to the browser, as a click on a download link would. */
@Injectable({ providedIn: 'root' })
export class FileSaver {
  private readonly document = inject(DOCUMENT);

  save(blob: Blob, fileName: string): void {
    const url = URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    link.style.display = 'none';
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    // Some browsers read the object URL after the click returns: release it a little later.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}

/**
 * Report downloads (`GET /api/exports/<report>`). Progress comes from HttpClient's download events:
 * a percentage when the server sent Content-Length (built exports), bytes so far when it streams (the
 * audit log). The finished file is saved under the server's name; an error is an HttpErrorResponse
 * whose body is the problem document, so the usual problem helpers apply.
 */
@Injectable({ providedIn: 'root' })
export class ExportsApi {
  private readonly http = inject(HttpClient);
  private readonly saver = inject(FileSaver);
  private readonly base = `${inject(API_BASE_URL)}/exports`;

  download(report: ExportReport, query: ExportQuery): Observable<ExportProgress> {
    const fallbackName = `rapport-${report}.${query.format}`;
    return this.http
      .get(`${this.base}/${report}`, {
        params: toParams(query),
        responseType: 'blob',
        observe: 'events',
        reportProgress: true,
      })
      .pipe(
        map((event) => toExportProgress(event, fallbackName)),
        filter((progress): progress is ExportProgress => progress !== null),
        tap((progress) => {
          if (progress.kind === 'done') this.saver.save(progress.blob, progress.fileName);
        }),
        catchError((error: unknown) => from(readDownloadError(error)).pipe(switchMap((e) => throwError(() => e)))),
      );
  }
}
