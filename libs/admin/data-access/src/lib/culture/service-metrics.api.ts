import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Page, ServiceMetric, ServiceMetricImportResult, ServiceMetricQuery } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { allPages } from '../api/all-pages';
import { API_BASE_URL } from '../api/api-config';
import { type UploadProgress, uploadCsv } from '../api/csv-upload';
import { toParams } from './query-params';

/** What a service-metrics upload reports while it runs. */
export type ImportProgress = UploadProgress<ServiceMetricImportResult>;

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
    return uploadCsv<ServiceMetricImportResult>(this.http, `${this.base}/import`, file, dryRun);
  }
}
