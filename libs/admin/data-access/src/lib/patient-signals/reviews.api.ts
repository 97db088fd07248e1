import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CursorPage,
  OnlineReview,
  ReviewSummary,
  ReviewTheme,
  ReviewThemeRule,
  ReviewThemeRulesResponse,
  UpdateReviewThemeRulesResponse,
} from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';
import { toParams } from '../culture/query-params';
import type { CsvUploadProgress } from './csv-import';
import { uploadCsv } from './csv-upload';

export interface ReviewQuery {
  locationId?: string;
  theme?: ReviewTheme;
  /** `YYYY-MM-DD`, inclusive. */
  from?: string;
  to?: string;
  cursor?: string | null;
  limit?: number;
}

export interface ReviewSummaryQuery {
  /** `YYYY-MM`; the API defaults to the last 12 months. */
  from?: string;
  to?: string;
  period?: 'month' | 'quarter';
  locationId?: string;
}

/** Online reviews, tagged by theme with an editable keyword rule set (no opaque model). */
@Injectable({ providedIn: 'root' })
export class ReviewsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/reviews`;

  import(file: File, dryRun: boolean): Observable<CsvUploadProgress> {
    return uploadCsv(this.http, `${this.base}/import`, file, dryRun);
  }

  list(query: ReviewQuery = {}): Observable<CursorPage<OnlineReview>> {
    return this.http.get<CursorPage<OnlineReview>>(this.base, { params: toParams(query) });
  }

  summary(query: ReviewSummaryQuery = {}): Observable<ReviewSummary> {
    return this.http.get<ReviewSummary>(`${this.base}/summary`, { params: toParams(query) });
  }

  themes(): Observable<ReviewThemeRulesResponse> {
    return this.http.get<ReviewThemeRulesResponse>(`${this.base}/themes`);
  }

  /** Stored reviews are retagged under the new rules; the answer says how many changed. */
  updateThemes(rules: ReviewThemeRule[]): Observable<UpdateReviewThemeRulesResponse> {
    return this.http.put<UpdateReviewThemeRulesResponse>(`${this.base}/themes`, { rules });
  }
}
