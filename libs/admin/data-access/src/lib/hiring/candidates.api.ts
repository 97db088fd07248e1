import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Candidate, CreateCandidateRequest, Page, UpdateCandidateRequest } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';

@Injectable({ providedIn: 'root' })
export class CandidatesApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/candidates`;

  /** Matches name or email, partial and case-insensitive. */
  search(search: string): Observable<Page<Candidate>> {
    const params = search.trim() ? new HttpParams().set('search', search.trim()) : undefined;
    return this.http.get<Page<Candidate>>(this.base, { params });
  }

  get(id: string): Observable<Candidate> {
    return this.http.get<Candidate>(`${this.base}/${encodeURIComponent(id)}`);
  }

  create(body: CreateCandidateRequest): Observable<Candidate> {
    return this.http.post<Candidate>(this.base, body);
  }

  update(id: string, body: UpdateCandidateRequest): Observable<Candidate> {
    return this.http.patch<Candidate>(`${this.base}/${encodeURIComponent(id)}`, body);
  }
}
