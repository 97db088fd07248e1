import type { ExportReport, Role } from '@rapport/shared/contracts';

/*
 * Who may use each governance page. They mirror the API's role lists (audit.controller.ts,
 * reports/reports.roles.ts, hiring/retention/retention.controller.ts, candidates.controller.ts) so
 * routes, navigation and buttons offer only what the API would allow; the API stays the judge.
 */

/** Read the audit trail and verify its hash chain. */
export const AUDIT_ROLES: readonly Role[] = ['owner', 'admin', 'hr'];

/** Each export and who may download it (the API's EXPORTERS, OPENING_EXPORTERS, SELF_ID_READERS). */
export const EXPORT_ROLES: Readonly<Record<ExportReport, readonly Role[]>> = {
  'candidate-packet': ['owner', 'admin', 'hr', 'hiring_manager'],
  'hiring-funnel': ['owner', 'admin', 'hr', 'hiring_manager'],
  'interviewer-calibration': ['owner', 'admin', 'hr'],
  culture: ['owner', 'admin', 'hr'],
  'leadership-goals': ['owner', 'admin', 'hr'],
  'audit-log': ['owner', 'admin', 'hr'],
  'adverse-impact': ['owner', 'hr'],
  // Everyone who sees the quality-of-hire page (issue 9); that page has its own download too.
  'quality-of-hire': ['owner', 'admin', 'hr', 'hiring_manager', 'interviewer', 'leader'],
};

/** Read the retention policy. */
export const RETENTION_VIEW_ROLES: readonly Role[] = ['owner', 'admin', 'hr'];

/** Change the retention policy, preview it and run it now. */
export const RETENTION_MANAGE_ROLES: readonly Role[] = ['owner', 'hr'];

/** Erase a candidate's personal data on request (`POST /api/candidates/:id/erase`). */
export const ERASURE_ROLES: readonly Role[] = ['owner', 'hr'];

/** Set or lift a candidate's legal hold (`PATCH /api/candidates/:id` with `legalHold`). */
export const LEGAL_HOLD_ROLES: readonly Role[] = ['owner', 'admin', 'hr'];

/**
 * Everyone with at least one governance page: the `/governance` route and its navigation entry.
 * A hiring manager gets the Reports tab only (exports about their own openings). Interviewers and
 * leaders may download quality of hire, but from its own page: they have no governance section.
 */
export const GOVERNANCE_ROLES: readonly Role[] = ['owner', 'admin', 'hr', 'hiring_manager'];

/** The exports someone holding `roles` may download, in the contract's order. */
export function exportsFor(roles: readonly Role[], reports: readonly ExportReport[]): ExportReport[] {
  return reports.filter((report) => EXPORT_ROLES[report].some((role) => roles.includes(role)));
}
