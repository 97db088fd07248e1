import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AcceptInviteRequest,
  LoginRequest,
  MeResponse,
  PasswordResetConfirmRequest,
  PasswordResetRequest,
  SessionResponse,
} from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';

/** The auth endpoints. `withCredentials` so the httpOnly refresh cookie travels even cross-origin in dev. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/auth`;

  login(body: LoginRequest): Observable<SessionResponse> {
    return this.http.post<SessionResponse>(`${this.base}/login`, body, { withCredentials: true });
  }

  refresh(): Observable<SessionResponse> {
    return this.http.post<SessionResponse>(`${this.base}/refresh`, null, { withCredentials: true });
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${this.base}/logout`, null, { withCredentials: true });
  }

  me(): Observable<MeResponse> {
    return this.http.get<MeResponse>(`${this.base}/me`);
  }

  /** Always 202, whether or not the address has an account. */
  requestPasswordReset(body: PasswordResetRequest): Observable<void> {
    return this.http.post<void>(`${this.base}/password-reset`, body);
  }

  confirmPasswordReset(body: PasswordResetConfirmRequest): Observable<void> {
    return this.http.post<void>(`${this.base}/password-reset/confirm`, body);
  }

  acceptInvite(body: AcceptInviteRequest): Observable<SessionResponse> {
    return this.http.post<SessionResponse>(`${this.base}/accept-invite`, body, { withCredentials: true });
  }
}

/**
 * Auth calls whose 401 means "bad credentials / no session", not "access token expired":
 * the interceptor must never answer them with a refresh (that would loop on the refresh call itself).
 */
export function isSessionEndpoint(url: string, apiBase: string): boolean {
  return ['login', 'refresh', 'logout', 'accept-invite', 'password-reset', 'password-reset/confirm'].some((path) => url === `${apiBase}/auth/${path}`);
}
