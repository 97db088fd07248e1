import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Page, StaffMember } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
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

  list(query: StaffQuery = {}): Observable<Page<StaffMember>> {
    return this.http.get<Page<StaffMember>>(this.base, { params: toParams(query) });
  }

  get(id: string): Observable<StaffMember> {
    return this.http.get<StaffMember>(`${this.base}/${encodeURIComponent(id)}`);
  }
}
