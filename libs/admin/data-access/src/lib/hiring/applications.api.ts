import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  Application,
  CreateApplicationRequest,
  Debrief,
  DecisionRequest,
  Page,
  StageChangeRequest,
} from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';

export interface ApplicationQuery {
  openingId?: string;
  candidateId?: string;
}

@Injectable({ providedIn: 'root' })
export class ApplicationsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/applications`;

  list(query: ApplicationQuery): Observable<Page<Application>> {
    let params = new HttpParams();
    if (query.openingId) params = params.set('openingId', query.openingId);
    if (query.candidateId) params = params.set('candidateId', query.candidateId);
    return this.http.get<Page<Application>>(this.base, { params });
  }

  get(id: string): Observable<Application> {
    return this.http.get<Application>(this.url(id));
  }

  create(body: CreateApplicationRequest): Observable<Application> {
    return this.http.post<Application>(this.base, body);
  }

  /** Rejecting needs a `reason`; hired, rejected and withdrawn are final (409 after). */
  changeStage(id: string, body: StageChangeRequest): Observable<Application> {
    return this.http.post<Application>(`${this.url(id)}/stage`, body);
  }

  /** All interviews of the application; 403 for a panel member who has not submitted their own scorecard. */
  debrief(id: string): Observable<Debrief> {
    return this.http.get<Debrief>(`${this.url(id)}/debrief`);
  }

  decide(id: string, body: DecisionRequest): Observable<Application> {
    return this.http.post<Application>(`${this.url(id)}/decision`, body);
  }

  private url(id: string): string {
    return `${this.base}/${encodeURIComponent(id)}`;
  }
}
