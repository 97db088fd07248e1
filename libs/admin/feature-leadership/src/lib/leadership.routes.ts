import type { Route } from '@angular/router';
import { CULTURE_ADMIN_ROLES, roleGuard } from '@rapport/admin/data-access';
import { provideCultureCharts, provideIsoDateAdapter } from '@rapport/admin/ui';
import { LeaderPage } from './leader.page';
import { LeadersPage } from './leaders.page';

/**
 * `/leaders` (owner, admin, HR and leaders; the shell guards it). The list is for owner/admin/HR; a
 * leader has `/leaders/me` ("My leadership") and is sent there from the list's URL.
 */
export const leadershipRoutes: Route[] = [
  {
    path: '',
    providers: [provideCultureCharts(), provideIsoDateAdapter()],
    children: [
      {
        path: '',
        pathMatch: 'full',
        canMatch: [roleGuard(CULTURE_ADMIN_ROLES)],
        component: LeadersPage,
        title: 'Leaders · Rapport',
      },
      { path: '', pathMatch: 'full', redirectTo: 'me' },
      { path: ':id', component: LeaderPage, title: 'Leadership · Rapport' },
    ],
  },
];
