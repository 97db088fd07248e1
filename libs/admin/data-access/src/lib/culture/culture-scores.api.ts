import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CultureHeatmap,
  CultureLevel,
  CulturePeriod,
  CultureScoresResponse,
  HeatmapGrouping,
} from '@rapport/shared/contracts';
import { EMPTY, expand, map, type Observable, reduce } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';
import { toParams } from './query-params';

export interface CultureScoresQuery {
  level?: CultureLevel;
  period?: CulturePeriod;
  /** `YYYY-MM`; the API defaults to the last 12 months. */
  from?: string;
  to?: string;
  /** Staff level: one person's series only (a profile). */
  staffMemberId?: string;
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

  /**
   * Staff level: only the people whose private data the caller may see. Location level: overseers.
   * The API pages its subjects (500 a page); this follows `nextCursor` and returns them all.
   */
  scores(query: CultureScoresQuery = {}): Observable<CultureScoresResponse> {
    const page = (cursor?: string) => this.http.get<CultureScoresResponse>(`${this.base}/scores`, { params: toParams({ ...query, cursor }) });
    return page().pipe(
      expand((res) => (res.nextCursor ? page(res.nextCursor) : EMPTY)),
      reduce((all: CultureScoresResponse | null, res) => (all ? { ...res, items: [...all.items, ...res.items], nextCursor: null } : res), null),
      map((all) => all as CultureScoresResponse),
    );
  }

  heatmap(query: HeatmapQuery = {}): Observable<CultureHeatmap> {
    return this.http.get<CultureHeatmap>(`${this.base}/heatmap`, { params: toParams(query) });
  }
}
