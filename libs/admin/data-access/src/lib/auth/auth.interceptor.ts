import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, switchMap, throwError } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';
import { isSessionEndpoint } from './auth.api';
import { AuthStore } from './auth.store';

function withToken(req: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;
}

/**
 * Attaches the in-memory access token to API calls. On a 401 it refreshes the session once (shared
 * with any concurrent 401s) and retries the request once with the new token; if the refresh fails
 * the session is over, so it sends the user to sign-in. Session endpoints (login, refresh, logout,
 * accept-invite) are never refreshed: their 401 is the answer, and refreshing on refresh would loop.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const apiBase = inject(API_BASE_URL);
  if (!req.url.startsWith(`${apiBase}/`)) return next(req);

  const auth = inject(AuthStore);
  const router = inject(Router);
  const sentToken = auth.accessToken();

  return next(withToken(req, sentToken)).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401 || isSessionEndpoint(req.url, apiBase)) {
        return throwError(() => error);
      }
      // Another request already refreshed after this one was sent: retry with the newer token.
      const current = auth.accessToken();
      if (current && current !== sentToken) return next(withToken(req, current));

      return auth.refresh().pipe(
        catchError(() => {
          if (!router.url.startsWith('/sign-in')) {
            void router.navigate(['/sign-in'], { queryParams: { returnUrl: router.url } });
          }
          return throwError(() => error);
        }),
        switchMap((session) => next(withToken(req, session.accessToken))),
      );
    }),
  );
};
