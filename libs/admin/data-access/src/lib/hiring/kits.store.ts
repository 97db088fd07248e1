import { inject, Injectable } from '@angular/core';
import type {
  CreateInterviewKitRequest,
  InterviewKit,
  Page,
  UpdateInterviewKitRequest,
} from '@rapport/shared/contracts';
import { Observable, tap } from 'rxjs';
import { ListStore } from '../api/list.store';
import { KitsApi } from './kits.api';

/** The organization's interview kits (current version of each). Provide it in the page that shows them. */
@Injectable()
export class KitsStore extends ListStore<InterviewKit> {
  private readonly api = inject(KitsApi);

  protected fetch(): Observable<Page<InterviewKit>> {
    return this.api.list();
  }

  create(body: CreateInterviewKitRequest): Observable<InterviewKit> {
    return this.api.create(body).pipe(tap((kit) => this.upsert(kit)));
  }

  update(id: string, body: UpdateInterviewKitRequest): Observable<InterviewKit> {
    return this.api.update(id, body).pipe(tap((kit) => this.upsert(kit)));
  }
}
