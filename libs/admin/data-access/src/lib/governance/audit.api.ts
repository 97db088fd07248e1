import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AuditEvent, AuditVerification, Page } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';
import { toParams } from '../culture/query-params';
import type { AuditQuery } from './audit-query';

/** The organization's tamper-evident audit trail (owner, admin, HR). */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/audit-events`;

  /** Newest first. */
  list(query: AuditQuery): Observable<Page<AuditEvent>> {
    return this.http.get<Page<AuditEvent>>(this.base, { params: toParams(query) });
  }

  /** Recomputes the whole hash chain on the server and reports the first broken link. */
  verify(): Observable<AuditVerification> {
    return this.http.get<AuditVerification>(`${this.base}/verify`);
  }
}
