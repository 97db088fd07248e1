import { inject, Injectable } from '@angular/core';
import type {
  CreateUserRequest,
  CreateUserResponse,
  Page,
  UpdateUserRequest,
  User,
} from '@rapport/shared/contracts';
import { Observable, tap } from 'rxjs';
import { ListStore } from '../api/list.store';
import { UsersApi } from './users.api';

/** Users of the caller's organization. Provide it in the page component that shows them. */
@Injectable()
export class UsersStore extends ListStore<User> {
  private readonly api = inject(UsersApi);

  protected fetch(): Observable<Page<User>> {
    return this.api.list();
  }

  /** Creates the user and returns the one-time invitation link, which the API never shows again. */
  invite(body: CreateUserRequest): Observable<CreateUserResponse> {
    return this.api.invite(body).pipe(tap((created) => this.upsert(created.user)));
  }

  resendInvitation(id: string): Observable<CreateUserResponse> {
    return this.api.resendInvitation(id).pipe(tap((sent) => this.upsert(sent.user)));
  }

  update(id: string, body: UpdateUserRequest): Observable<User> {
    return this.api.update(id, body).pipe(tap((user) => this.upsert(user)));
  }
}
