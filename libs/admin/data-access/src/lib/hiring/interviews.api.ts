import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AmendScorecardRequest,
  Debrief,
  Interview,
  Page,
  SaveScorecardRequest,
  ScheduleInterviewRequest,
  Scorecard,
} from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';

export interface InterviewQuery {
  /** Only interviews where the caller sits on the panel. */
  mine?: boolean;
  applicationId?: string;
  openingId?: string;
  /** The `nextCursor` of the previous page. */
  cursor?: string;
}

@Injectable({ providedIn: 'root' })
export class InterviewsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/interviews`;

  list(query: InterviewQuery = {}): Observable<Page<Interview>> {
    let params = new HttpParams();
    if (query.mine) params = params.set('mine', 'true');
    if (query.applicationId) params = params.set('applicationId', query.applicationId);
    if (query.openingId) params = params.set('openingId', query.openingId);
    if (query.cursor) params = params.set('cursor', query.cursor);
    return this.http.get<Page<Interview>>(this.base, { params });
  }

  get(id: string): Observable<Interview> {
    return this.http.get<Interview>(this.url(id));
  }

  schedule(body: ScheduleInterviewRequest): Observable<Interview> {
    return this.http.post<Interview>(this.base, body);
  }

  /** Other panel members' submitted scorecards: 403 until the caller has submitted their own. */
  scorecards(id: string): Observable<Scorecard[]> {
    return this.http.get<Scorecard[]>(`${this.url(id)}/scorecards`);
  }

  myScorecard(id: string): Observable<Scorecard> {
    return this.http.get<Scorecard>(`${this.url(id)}/scorecards/me`);
  }

  saveDraft(id: string, body: SaveScorecardRequest): Observable<Scorecard> {
    return this.http.put<Scorecard>(`${this.url(id)}/scorecards/me`, body);
  }

  /** 400 with `errors` naming `recommendation`, `ratings` and `ratings.<questionId>.evidence`. */
  submit(id: string): Observable<Scorecard> {
    return this.http.post<Scorecard>(`${this.url(id)}/scorecards/me/submit`, {});
  }

  amend(id: string, body: AmendScorecardRequest): Observable<Scorecard> {
    return this.http.post<Scorecard>(`${this.url(id)}/scorecards/me/amend`, body);
  }

  debrief(id: string): Observable<Debrief> {
    return this.http.get<Debrief>(`${this.url(id)}/debrief`);
  }

  private url(id: string): string {
    return `${this.base}/${encodeURIComponent(id)}`;
  }
}
