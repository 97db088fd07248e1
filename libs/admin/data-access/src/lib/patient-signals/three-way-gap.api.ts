import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ThreeWayGap } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';

/** A leader's self rating, staff (upward) ratings and patient signals per competency. */
@Injectable({ providedIn: 'root' })
export class ThreeWayGapApi {
  private readonly http = inject(HttpClient);
  private readonly root = inject(API_BASE_URL);

  /** For the leader themself and owner/admin/HR; anyone else gets 404. */
  get(userId: string): Observable<ThreeWayGap> {
    return this.http.get<ThreeWayGap>(`${this.root}/leaders/${encodeURIComponent(userId)}/three-way-gap`);
  }
}
