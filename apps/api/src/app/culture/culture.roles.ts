import type { Role } from '@rapport/shared/contracts';

/** Who runs the culture programme: staff records, review cycles, metric imports, settings. */
export const CULTURE_ADMINS: Role[] = ['owner', 'admin', 'hr'];

/**
 * Who sees every person's private culture data (coaching notes, review results, scores). Everyone
 * else sees their own and their reports' (see shared/visibility.ts).
 */
export const CULTURE_OVERSEERS: Role[] = [...CULTURE_ADMINS, 'leader'];

/** Who may record an observation: leaders, managers and peers. */
export const OBSERVERS: Role[] = [...CULTURE_OVERSEERS, 'hiring_manager', 'staff'];

/** Who may own leadership goals (physicians and other leaders; the owner leads the practice). */
export const GOAL_OWNER_ROLES: Role[] = ['leader', 'owner'];

/** Who works with leadership goals at all. */
export const GOAL_ROLES: Role[] = [...CULTURE_ADMINS, 'leader'];

/** Who may create a staff record (a hiring manager does it when a hire is made). */
export const STAFF_CREATORS: Role[] = [...CULTURE_ADMINS, 'hiring_manager'];
