import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { RetentionCandidate, RetentionRun, RetentionSettings, RetentionSettingsRequest } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';

/** Limits of `candidateRetentionDays`, as the API validates them. */
export const RETENTION_DAYS_MIN = 30;
export const RETENTION_DAYS_MAX = 3650;

/** The candidate retention policy (docs/adr/0010-audit-chain-and-erasure.md). */
@Injectable({ providedIn: 'root' })
export class RetentionApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/retention`;

  /** Owner, admin and HR. */
  settings(): Observable<RetentionSettings> {
    return this.http.get<RetentionSettings>(`${this.base}/settings`);
  }

  /** Owner and HR. */
  updateSettings(body: RetentionSettingsRequest): Observable<RetentionSettings> {
    return this.http.put<RetentionSettings>(`${this.base}/settings`, body);
  }

  /** Candidates the next run would erase, oldest activity first (owner and HR). */
  preview(): Observable<RetentionCandidate[]> {
    return this.http.get<RetentionCandidate[]>(`${this.base}/preview`);
  }

  /** Runs the policy now (owner and HR); `skipped` when another instance was running it. */
  run(): Observable<RetentionRun> {
    return this.http.post<RetentionRun>(`${this.base}/run`, {});
  }
}
