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
import { API_BASE_URL } from '../api/api-config';

@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/users`;

  list(): Observable<Page<User>> {
    return this.http.get<Page<User>>(this.base);
  }

  invite(body: CreateUserRequest): Observable<CreateUserResponse> {
    return this.http.post<CreateUserResponse>(this.base, body);
  }

  update(id: string, body: UpdateUserRequest): Observable<User> {
    return this.http.patch<User>(`${this.base}/${encodeURIComponent(id)}`, body);
  }
}
