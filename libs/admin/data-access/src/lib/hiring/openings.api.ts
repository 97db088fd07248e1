import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CreateOpeningRequest, Opening, Page, UpdateOpeningRequest } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';

@Injectable({ providedIn: 'root' })
export class OpeningsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/openings`;

  list(): Observable<Page<Opening>> {
    return this.http.get<Page<Opening>>(this.base);
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
