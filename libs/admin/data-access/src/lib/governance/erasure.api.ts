import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ErasureResult } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';

/** Erasure on request (owner and HR); a second erasure of the same candidate is a 409. */
@Injectable({ providedIn: 'root' })
export class CandidateErasureApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/candidates`;

  erase(candidateId: string): Observable<ErasureResult> {
    return this.http.post<ErasureResult>(`${this.base}/${encodeURIComponent(candidateId)}/erase`, {});
  }
}
