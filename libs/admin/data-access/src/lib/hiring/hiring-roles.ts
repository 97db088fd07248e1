import type { Role } from '@rapport/shared/contracts';

/**
 * Who runs hiring (kits, openings, candidates, pipeline, panels): the API's `HIRING_MANAGERS`.
 * Keep in step with `apps/api/src/app/hiring/hiring.roles.ts`; routes, nav items and buttons use these.
 */
export const HIRING_ROLES: readonly Role[] = ['owner', 'admin', 'hr', 'hiring_manager'];

/** Who may sit on a panel and so has "My interviews" and the scoring screen (the API's `PANEL_ROLES`). */
export const PANEL_ROLES: readonly Role[] = [...HIRING_ROLES, 'interviewer', 'leader'];

/** Who may read the organization's user list (`GET /api/users`). */
export const USER_DIRECTORY_ROLES: readonly Role[] = ['owner', 'admin', 'hr'];
