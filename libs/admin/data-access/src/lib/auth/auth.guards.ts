import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';
import type { Role } from '@rapport/shared/contracts';
import { AuthStore } from './auth.store';

/** Signed-in pages: anyone else goes to sign-in and comes back to the URL they asked for. */
export const authGuard: CanActivateFn = (_route, state) => {
  if (inject(AuthStore).isAuthenticated()) return true;
  return inject(Router).createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
};

/** Sign-in is for signed-out users; a signed-in user lands on home instead. */
export const guestGuard: CanActivateFn = () =>
  inject(AuthStore).isAuthenticated() ? inject(Router).createUrlTree(['/home']) : true;

/**
 * Matches a route only for users holding one of `roles`. A non-match lets the router fall through to
 * the `**` not-found route with the typed URL kept: a user without the role learns nothing about what
 * exists there (DESIGN.md §6 answers such requests with 404, not 403) and the lazy chunk never loads.
 */
export function roleGuard(roles: readonly Role[]): CanMatchFn {
  return () => inject(AuthStore).hasAnyRole(roles);
}
