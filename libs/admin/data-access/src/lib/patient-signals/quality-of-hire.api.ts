import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { QualityOfHire } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';
import type { ExportProgress } from '../governance/export-files';
import { ExportsApi } from '../governance/exports.api';

/**
 * Quality of hire: how interview ratings (per competency, question and interviewer) have tracked the
 * hires' later culture scores. Interviewers' named rows only for HR and owners; others see their own.
 */
@Injectable({ providedIn: 'root' })
export class QualityOfHireApi {
  private readonly http = inject(HttpClient);
  private readonly exports = inject(ExportsApi);
  private readonly root = inject(API_BASE_URL);

  get(): Observable<QualityOfHire> {
    return this.http.get<QualityOfHire>(`${this.root}/analytics/quality-of-hire`);
  }

  /** The same tables as an XLSX file, saved under the server's file name; progress as it downloads. */
  exportXlsx(): Observable<ExportProgress> {
    return this.exports.download('quality-of-hire', { format: 'xlsx' });
  }
}
