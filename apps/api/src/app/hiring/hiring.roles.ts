import type { Role } from '@rapport/shared/contracts';

/** Who runs hiring: create kits, openings, candidates, move applications, schedule panels. */
export const HIRING_MANAGERS: Role[] = ['owner', 'admin', 'hr', 'hiring_manager'];

/**
 * Who sees every interview, submitted scorecard and debrief of the organization. A hiring manager
 * without one of these roles sees only those of the openings they manage (and panels they sit on).
 */
export const INTERVIEW_OVERSEERS: Role[] = ['owner', 'admin', 'hr'];

/** Who may read kits (interviewers see the questions they will ask). */
export const HIRING_READERS: Role[] = [...HIRING_MANAGERS, 'interviewer'];

/** Who may sit on an interview panel (and so reach the interview and scorecard routes). */
export const PANEL_ROLES: Role[] = [...HIRING_READERS, 'leader'];
