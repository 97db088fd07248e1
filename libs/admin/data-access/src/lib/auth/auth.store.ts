import { computed, inject, Injectable, signal } from '@angular/core';
import type {
  AcceptInviteRequest,
  LoginRequest,
  OrganizationSummary,
  Role,
  SessionResponse,
  UserSummary,
} from '@rapport/shared/contracts';
import { catchError, finalize, map, Observable, of, shareReplay, tap } from 'rxjs';
import { AuthApi } from './auth.api';

export type SessionStatus = 'unknown' | 'authenticated' | 'anonymous';

interface SessionState {
  status: SessionStatus;
  accessToken: string | null;
  user: UserSummary | null;
  organization: OrganizationSummary | null;
}

const ANONYMOUS: SessionState = { status: 'anonymous', accessToken: null, user: null, organization: null };

/**
 * The signed-in session. The access token lives only in this signal (never in storage, where any
 * injected script could read it); the refresh token is an httpOnly cookie the browser keeps, so a
 * reload restores the session with one `POST /auth/refresh` (see `restore`).
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(AuthApi);
  private readonly state = signal<SessionState>({ ...ANONYMOUS, status: 'unknown' });
  private refreshInFlight: Observable<SessionResponse> | null = null;

  readonly status = computed(() => this.state().status);
  readonly isAuthenticated = computed(() => this.state().status === 'authenticated');
  readonly accessToken = computed(() => this.state().accessToken);
  readonly user = computed(() => this.state().user);
  readonly organization = computed(() => this.state().organization);
  readonly roles = computed<readonly Role[]>(() => this.state().user?.roles ?? []);

  hasAnyRole(roles: readonly Role[]): boolean {
    const mine = this.roles();
    return roles.some((role) => mine.includes(role));
  }

  signIn(credentials: LoginRequest): Observable<SessionResponse> {
    return this.api.login(credentials).pipe(tap((session) => this.setSession(session)));
  }

  acceptInvite(body: AcceptInviteRequest): Observable<SessionResponse> {
    return this.api.acceptInvite(body).pipe(tap((session) => this.setSession(session)));
  }

  /**
   * One refresh at a time: every caller that asks while a refresh is in flight shares it, so a
   * burst of 401s (several requests with the same expired token) rotates the cookie only once —
   * a second rotation with the already-rotated cookie would look like token reuse to the API.
   */
  refresh(): Observable<SessionResponse> {
    this.refreshInFlight ??= this.api.refresh().pipe(
      tap({
        next: (session) => this.setSession(session),
        error: () => this.state.set(ANONYMOUS),
      }),
      finalize(() => (this.refreshInFlight = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshInFlight;
  }

  /** Called once at start-up: resolves whether or not a session could be restored. */
  restore(): Observable<boolean> {
    return this.refresh().pipe(
      map(() => true),
      catchError(() => of(false)),
    );
  }

  /**
   * Ends the session on the server (revokes the refresh token) and forgets it here, even if the call
   * fails. The session is cleared before the observable emits, so a navigation started by the
   * subscriber already sees the user as signed out.
   */
  signOut(): Observable<void> {
    return this.api.logout().pipe(
      catchError(() => of(undefined)),
      map(() => this.clear()),
    );
  }

  clear(): void {
    this.state.set(ANONYMOUS);
  }

  private setSession(session: SessionResponse): void {
    this.state.set({
      status: 'authenticated',
      accessToken: session.accessToken,
      user: session.user,
      organization: session.organization,
    });
  }
}

