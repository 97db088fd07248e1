import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CursorPage,
  FeedbackItemMappingResponse,
  PatientFeedbackResponse,
  UpdateFeedbackItemMappingRequest,
} from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';
import { toParams } from '../culture/query-params';
import type { CsvUploadProgress } from './csv-import';
import { uploadCsv } from './csv-upload';

export interface PatientFeedbackQuery {
  locationId?: string;
  /** `YYYY-MM-DD`, inclusive. */
  from?: string;
  to?: string;
  cursor?: string | null;
  limit?: number;
}

/** Post-visit survey responses (no patient identities) and the survey item → competency mapping. */
@Injectable({ providedIn: 'root' })
export class PatientFeedbackApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/patient-feedback`;

  /** A file carrying a patient-identifier column is refused whole, with the column named. */
  import(file: File, dryRun: boolean): Observable<CsvUploadProgress> {
    return uploadCsv(this.http, `${this.base}/import`, file, dryRun);
  }

  list(query: PatientFeedbackQuery = {}): Observable<CursorPage<PatientFeedbackResponse>> {
    return this.http.get<CursorPage<PatientFeedbackResponse>>(this.base, { params: toParams(query) });
  }

  items(): Observable<FeedbackItemMappingResponse> {
    return this.http.get<FeedbackItemMappingResponse>(`${this.base}/items`);
  }

  updateItems(body: UpdateFeedbackItemMappingRequest): Observable<FeedbackItemMappingResponse> {
    return this.http.put<FeedbackItemMappingResponse>(`${this.base}/items`, body);
  }
}
