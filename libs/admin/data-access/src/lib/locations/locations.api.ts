import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CreateLocationRequest, Location, Page, UpdateLocationRequest } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { allPages } from '../api/all-pages';
import { API_BASE_URL } from '../api/api-config';

@Injectable({ providedIn: 'root' })
export class LocationsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/locations`;

  /** Every location (every page). */
  list(): Observable<Page<Location>> {
    return allPages((cursor) => this.http.get<Page<Location>>(this.base, { params: cursor ? { cursor } : {} }));
  }

  create(body: CreateLocationRequest): Observable<Location> {
    return this.http.post<Location>(this.base, body);
  }

  update(id: string, body: UpdateLocationRequest): Observable<Location> {
    return this.http.patch<Location>(`${this.base}/${encodeURIComponent(id)}`, body);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/${encodeURIComponent(id)}`);
  }
}
