import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Message, Page } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';

/** The organization's outgoing email (owners and admins): kept messages, or delivery status. */
@Injectable({ providedIn: 'root' })
export class MessagesApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/messages`;

  /** One page, newest first; follow `nextCursor` for older messages. */
  list(cursor?: string): Observable<Page<Message>> {
    return this.http.get<Page<Message>>(this.base, { params: { limit: 50, ...(cursor ? { cursor } : {}) } });
  }
}
