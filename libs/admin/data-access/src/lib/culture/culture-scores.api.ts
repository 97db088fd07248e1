import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CultureHeatmap,
  CultureLevel,
  CulturePeriod,
  CultureScoresResponse,
  HeatmapGrouping,
} from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';
import { toParams } from './query-params';

export interface CultureScoresQuery {
  level?: CultureLevel;
  period?: CulturePeriod;
  /** `YYYY-MM`; the API defaults to the last 12 months. */
  from?: string;
  to?: string;
}

export interface HeatmapQuery {
  by?: HeatmapGrouping;
  from?: string;
  to?: string;
}

@Injectable({ providedIn: 'root' })
export class CultureScoresApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/culture`;

  /** Staff level: only the people whose private data the caller may see. Location level: overseers. */
  scores(query: CultureScoresQuery = {}): Observable<CultureScoresResponse> {
    return this.http.get<CultureScoresResponse>(`${this.base}/scores`, { params: toParams(query) });
  }

  heatmap(query: HeatmapQuery = {}): Observable<CultureHeatmap> {
    return this.http.get<CultureHeatmap>(`${this.base}/heatmap`, { params: toParams(query) });
  }
}
