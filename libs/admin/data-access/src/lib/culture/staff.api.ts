import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Page, StaffMember } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { allPages } from '../api/all-pages';
import { API_BASE_URL } from '../api/api-config';
import { toParams } from './query-params';

export interface StaffQuery {
  locationId?: string;
  managerId?: string;
}

/** The staff directory: readable by every role (peers pick whom to recognize from it). */
@Injectable({ providedIn: 'root' })
export class StaffApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/staff`;

  /** The whole directory (every page: a group can have thousands of people). */
  list(query: StaffQuery = {}): Observable<Page<StaffMember>> {
    return allPages((cursor) => this.http.get<Page<StaffMember>>(this.base, { params: toParams({ ...query, cursor }) }));
  }

  get(id: string): Observable<StaffMember> {
    return this.http.get<StaffMember>(`${this.base}/${encodeURIComponent(id)}`);
  }
}
