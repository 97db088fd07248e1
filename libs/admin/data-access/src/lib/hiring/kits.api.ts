import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateInterviewKitRequest,
  InterviewKit,
  InterviewKitVersionSummary,
  Page,
  UpdateInterviewKitRequest,
} from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';

@Injectable({ providedIn: 'root' })
export class KitsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/interview-kits`;

  list(): Observable<Page<InterviewKit>> {
    return this.http.get<Page<InterviewKit>>(this.base);
  }

  get(id: string): Observable<InterviewKit> {
    return this.http.get<InterviewKit>(`${this.base}/${encodeURIComponent(id)}`);
  }

  versions(id: string): Observable<InterviewKitVersionSummary[]> {
    return this.http.get<InterviewKitVersionSummary[]>(`${this.base}/${encodeURIComponent(id)}/versions`);
  }

  create(body: CreateInterviewKitRequest): Observable<InterviewKit> {
    return this.http.post<InterviewKit>(this.base, body);
  }

  /** Send the `revision` you edited: a newer one answers 409 instead of overwriting. */
  update(id: string, body: UpdateInterviewKitRequest): Observable<InterviewKit> {
    return this.http.patch<InterviewKit>(`${this.base}/${encodeURIComponent(id)}`, body);
  }
}
