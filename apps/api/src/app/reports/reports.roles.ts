import type { Role } from '@rapport/shared/contracts';

/** Who exports reports (HR files, audits, owners). */
export const EXPORTERS: Role[] = ['owner', 'admin', 'hr'];

/** Exports about openings are also open to the hiring manager, for their own openings. */
export const OPENING_EXPORTERS: Role[] = [...EXPORTERS, 'hiring_manager'];

/**
 * Self-identification and the adverse impact built from it: HR and the owner only (DESIGN §7),
 * not admins, hiring managers or interviewers.
 */
export const SELF_ID_READERS: Role[] = ['owner', 'hr'];
