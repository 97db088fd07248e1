import { inject, Injectable } from '@angular/core';
import type { CreateLocationRequest, Location, Page, UpdateLocationRequest } from '@rapport/shared/contracts';
import { Observable, tap } from 'rxjs';
import { ListStore } from '../api/list.store';
import { LocationsApi } from './locations.api';

/** Locations of the caller's organization. Provide it in the page component that shows them. */
@Injectable()
export class LocationsStore extends ListStore<Location> {
  private readonly api = inject(LocationsApi);

  protected fetch(): Observable<Page<Location>> {
    return this.api.list();
  }

  create(body: CreateLocationRequest): Observable<Location> {
    return this.api.create(body).pipe(tap((location) => this.upsert(location)));
  }

  update(id: string, body: UpdateLocationRequest): Observable<Location> {
    return this.api.update(id, body).pipe(tap((location) => this.upsert(location)));
  }

  remove(id: string): Observable<void> {
    return this.api.remove(id).pipe(tap(() => this.removeById(id)));
  }
}
