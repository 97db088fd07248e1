import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CreateOpeningRequest, Opening, Page, UpdateOpeningRequest } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { allPages } from '../api/all-pages';
import { API_BASE_URL } from '../api/api-config';

@Injectable({ providedIn: 'root' })
export class OpeningsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/openings`;

  /** Every opening (every page: a group opens more than 500 over the years). */
  list(): Observable<Page<Opening>> {
    return allPages((cursor) => this.http.get<Page<Opening>>(this.base, { params: cursor ? { cursor } : {} }));
  }

  get(id: string): Observable<Opening> {
    return this.http.get<Opening>(`${this.base}/${encodeURIComponent(id)}`);
  }

  create(body: CreateOpeningRequest): Observable<Opening> {
    return this.http.post<Opening>(this.base, body);
  }

  update(id: string, body: UpdateOpeningRequest): Observable<Opening> {
    return this.http.patch<Opening>(`${this.base}/${encodeURIComponent(id)}`, body);
  }
}
