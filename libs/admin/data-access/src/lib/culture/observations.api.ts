import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CreateObservationRequest, Observation, ObservationKind, Page } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';
import { toParams } from './query-params';

export interface ObservationQuery {
  staffMemberId?: string;
  kind?: ObservationKind;
  /** `YYYY-MM-DD`, inclusive. */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/** Observations: the API leaves out coaching notes the caller may not read (they are never sent). */
@Injectable({ providedIn: 'root' })
export class ObservationsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/observations`;

  list(query: ObservationQuery = {}): Observable<Page<Observation>> {
    return this.http.get<Page<Observation>>(this.base, { params: toParams(query) });
  }

  create(body: CreateObservationRequest): Observable<Observation> {
    return this.http.post<Observation>(this.base, body);
  }
}
