import type { Role } from '@rapport/shared/contracts';

/*
 * Who may use each culture page. They mirror the API's role lists (apps/api/src/app/culture/culture.roles.ts)
 * so routes, navigation and buttons offer only what the API would allow; the API stays the judge.
 */

/** Run the culture programme: review cycles, metric imports. */
export const CULTURE_ADMIN_ROLES: readonly Role[] = ['owner', 'admin', 'hr'];

/** See everyone's private culture data, location scores and the heatmap. */
export const CULTURE_OVERSEER_ROLES: readonly Role[] = [...CULTURE_ADMIN_ROLES, 'leader'];

/** Record an observation (recognition or coaching): leaders, managers and peers. */
export const OBSERVER_ROLES: readonly Role[] = [...CULTURE_OVERSEER_ROLES, 'hiring_manager', 'staff'];

/** Work with leadership goals and leader pages. */
export const GOAL_ROLES: readonly Role[] = [...CULTURE_ADMIN_ROLES, 'leader'];

/** Own leadership goals: physicians and other leaders ("My leadership"). */
export const LEADER_ROLES: readonly Role[] = ['leader'];
