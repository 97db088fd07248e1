import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Competency, Page, UpdateCompetencyRequest } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { allPages } from '../api/all-pages';
import { API_BASE_URL } from '../api/api-config';

@Injectable({ providedIn: 'root' })
export class CompetenciesApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/competencies`;

  /** Every competency (every page). */
  list(): Observable<Page<Competency>> {
    return allPages((cursor) => this.http.get<Page<Competency>>(this.base, { params: cursor ? { cursor } : {} }));
  }

  update(id: string, body: UpdateCompetencyRequest): Observable<Competency> {
    return this.http.patch<Competency>(`${this.base}/${encodeURIComponent(id)}`, body);
  }
}
