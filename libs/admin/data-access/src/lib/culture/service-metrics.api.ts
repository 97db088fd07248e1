import { HttpClient, type HttpEvent, HttpEventType } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Page, ServiceMetric, ServiceMetricImportResult, ServiceMetricQuery } from '@rapport/shared/contracts';
import { filter, map, type Observable } from 'rxjs';
import { allPages } from '../api/all-pages';
import { API_BASE_URL } from '../api/api-config';
import { toParams } from './query-params';

/** What an upload reports while it runs: how much has been sent, then the API's answer. */
export type ImportProgress =
  | { kind: 'uploading'; /** 0–100; `null` when the browser cannot tell the total. */ percent: number | null }
  | { kind: 'done'; result: ServiceMetricImportResult };

/** Upload events as progress; events that say nothing about progress (sent, headers) are left out. */
export function toImportProgress(event: HttpEvent<ServiceMetricImportResult>): ImportProgress | null {
  switch (event.type) {
    case HttpEventType.UploadProgress:
      return { kind: 'uploading', percent: event.total ? Math.min(100, Math.round((100 * event.loaded) / event.total)) : null };
    case HttpEventType.Response:
      return event.body ? { kind: 'done', result: event.body } : null;
    default:
      return null;
  }
}

@Injectable({ providedIn: 'root' })
export class ServiceMetricsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/service-metrics`;

  /**
   * Location figures for everyone; a person's figures only for them, their managers and leaders/HR.
   * Every page: months × metrics × locations outgrow one page in a group.
   */
  list(query: ServiceMetricQuery = {}): Observable<Page<ServiceMetric>> {
    return allPages((cursor) => this.http.get<Page<ServiceMetric>>(this.base, { params: toParams({ ...query, cursor }) }));
  }

  /**
   * Uploads a CSV (multipart field `file`) and reports upload progress. A bad file errors with a 400 whose
   * `errors` list every bad row (see `importErrorRows`); `dryRun` checks without writing.
   */
  import(file: File, dryRun: boolean): Observable<ImportProgress> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http
      .post<ServiceMetricImportResult>(`${this.base}/import`, body, {
        params: toParams({ dryRun: dryRun ? 'true' : undefined }),
        reportProgress: true,
        observe: 'events',
      })
      .pipe(
        map(toImportProgress),
        filter((progress): progress is ImportProgress => progress !== null),
      );
  }
}
