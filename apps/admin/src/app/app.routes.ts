import type { Route } from '@angular/router';
import {
  authGuard,
  CULTURE_OVERSEER_ROLES,
  GOAL_ROLES,
  GOVERNANCE_ROLES,
  HIRING_ROLES,
  PANEL_ROLES,
  roleGuard,
} from '@rapport/admin/data-access';
import { ORG_ADMIN_ROLES } from '@rapport/shared/contracts';

/**
 * Features load lazily, each from its own lib. A role guard refuses a route with `canMatch`, so the
 * router falls through to the shell's `**`: a user without the role sees "not found", never a 403.
 */
export const appRoutes: Route[] = [
  {
    path: 'sign-in',
    loadChildren: () => import('@rapport/admin/feature-auth').then((m) => m.signInRoutes),
  },
  {
    path: 'accept-invite',
    loadChildren: () => import('@rapport/admin/feature-auth').then((m) => m.acceptInviteRoutes),
  },
  {
    path: 'forgot-password',
    loadChildren: () => import('@rapport/admin/feature-auth').then((m) => m.forgotPasswordRoutes),
  },
  {
    path: 'reset-password',
    loadChildren: () => import('@rapport/admin/feature-auth').then((m) => m.resetPasswordRoutes),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./shell/shell').then((m) => m.Shell),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'home' },
      { path: 'home', loadChildren: () => import('@rapport/admin/feature-home').then((m) => m.homeRoutes) },
      {
        path: 'settings',
        canMatch: [roleGuard(ORG_ADMIN_ROLES)],
        loadChildren: () => import('@rapport/admin/feature-settings').then((m) => m.settingsRoutes),
      },
      {
        path: 'hiring',
        canMatch: [roleGuard(HIRING_ROLES)],
        loadChildren: () => import('@rapport/admin/feature-hiring').then((m) => m.hiringRoutes),
      },
      {
        path: 'interviews',
        canMatch: [roleGuard(PANEL_ROLES)],
        loadChildren: () => import('@rapport/admin/feature-interviews').then((m) => m.interviewsRoutes),
      },
      {
        path: 'quality-of-hire',
        canMatch: [roleGuard(PANEL_ROLES)],
        loadChildren: () => import('@rapport/admin/feature-hiring').then((m) => m.qualityOfHireRoutes),
      },
      {
        path: 'culture',
        canMatch: [roleGuard(CULTURE_OVERSEER_ROLES)],
        loadChildren: () => import('@rapport/admin/feature-culture').then((m) => m.cultureRoutes),
      },
      // The staff directory and one's own reviews are for everyone signed in.
      { path: 'staff', loadChildren: () => import('@rapport/admin/feature-culture').then((m) => m.staffRoutes) },
      { path: 'reviews', loadChildren: () => import('@rapport/admin/feature-culture').then((m) => m.reviewsRoutes) },
      {
        path: 'leaders',
        canMatch: [roleGuard(GOAL_ROLES)],
        loadChildren: () => import('@rapport/admin/feature-leadership').then((m) => m.leadershipRoutes),
      },
      {
        path: 'governance',
        canMatch: [roleGuard(GOVERNANCE_ROLES)],
        loadChildren: () => import('@rapport/admin/feature-governance').then((m) => m.governanceRoutes),
      },
      {
        path: '**',
        title: 'Page not found · Rapport',
        loadComponent: () => import('./not-found/not-found.page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
