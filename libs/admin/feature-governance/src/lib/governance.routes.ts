import { inject } from '@angular/core';
import { provideNativeDateAdapter } from '@angular/material/core';
import type { Route } from '@angular/router';
import { AUDIT_ROLES, AuthStore, GOVERNANCE_ROLES, RETENTION_VIEW_ROLES, roleGuard } from '@rapport/admin/data-access';
import { AuditLogPage } from './audit/audit-log.page';
import { GovernanceLayout } from './governance-layout';
import { ReportsPage } from './reports/reports.page';
import { RetentionPage } from './retention/retention.page';

/**
 * Reports and governance. The shell guards the feature with `roleGuard(GOVERNANCE_ROLES)`; each tab
 * is guarded again with the roles its API allows, so a hiring manager (reports only) typing
 * `/governance/audit` gets "Page not found" like any other route they may not use.
 */
export const governanceRoutes: Route[] = [
  {
    path: '',
    component: GovernanceLayout,
    providers: [provideNativeDateAdapter()],
    children: [
      {
        path: '',
        pathMatch: 'full',
        redirectTo: () => (inject(AuthStore).hasAnyRole(AUDIT_ROLES) ? 'audit' : 'reports'),
      },
      { path: 'audit', canMatch: [roleGuard(AUDIT_ROLES)], component: AuditLogPage, title: 'Audit log · Rapport' },
      { path: 'reports', canMatch: [roleGuard(GOVERNANCE_ROLES)], component: ReportsPage, title: 'Reports · Rapport' },
      {
        path: 'retention',
        canMatch: [roleGuard(RETENTION_VIEW_ROLES)],
        component: RetentionPage,
        title: 'Retention · Rapport',
      },
    ],
  },
];
