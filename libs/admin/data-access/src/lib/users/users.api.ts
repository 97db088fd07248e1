import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateUserRequest,
  CreateUserResponse,
  Page,
  UpdateUserRequest,
  User,
} from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { allPages } from '../api/all-pages';
import { API_BASE_URL } from '../api/api-config';

@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/users`;

  /** Every user (every page: a group can have thousands). */
  list(): Observable<Page<User>> {
    return allPages((cursor) => this.http.get<Page<User>>(this.base, { params: cursor ? { cursor } : {} }));
  }

  invite(body: CreateUserRequest): Observable<CreateUserResponse> {
    return this.http.post<CreateUserResponse>(this.base, body);
  }

  /** A fresh invitation link for a pending user; the old link stops working. */
  resendInvitation(id: string): Observable<CreateUserResponse> {
    return this.http.post<CreateUserResponse>(`${this.base}/${encodeURIComponent(id)}/invitation`, null);
  }

  update(id: string, body: UpdateUserRequest): Observable<User> {
    return this.http.patch<User>(`${this.base}/${encodeURIComponent(id)}`, body);
  }
}
