import { inject, Injectable } from '@angular/core';
import type { CreateOpeningRequest, Opening, Page, UpdateOpeningRequest } from '@rapport/shared/contracts';
import { Observable, tap } from 'rxjs';
import { ListStore } from '../api/list.store';
import { OpeningsApi } from './openings.api';

/** Openings (requisitions) with their per-stage counts. Provide it in the page that shows them. */
@Injectable()
export class OpeningsStore extends ListStore<Opening> {
  private readonly api = inject(OpeningsApi);

  protected fetch(): Observable<Page<Opening>> {
    return this.api.list();
  }

  create(body: CreateOpeningRequest): Observable<Opening> {
    return this.api.create(body).pipe(tap((opening) => this.upsert(opening)));
  }

  /** Send the opening's `version`: a concurrent edit answers 409 instead of being overwritten. */
  update(id: string, body: UpdateOpeningRequest): Observable<Opening> {
    return this.api.update(id, body).pipe(tap((opening) => this.upsert(opening)));
  }
}
