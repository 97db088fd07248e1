import type { Role } from '@rapport/shared/contracts';

/*
 * Who may use each patient-signal and quality-of-hire page. They mirror the API's role lists
 * (apps/api/src/app/patient-signals, apps/api/src/app/analytics) so routes, navigation and buttons offer
 * only what the API would allow; the API stays the judge.
 */

/** Import survey and review files, edit theme rules and the survey item mapping. */
export const PATIENT_ADMIN_ROLES: readonly Role[] = ['owner', 'admin', 'hr'];

/** Read survey responses, reviews, their summaries and the patient signals next to staff scores. */
export const PATIENT_READER_ROLES: readonly Role[] = [...PATIENT_ADMIN_ROLES, 'leader'];

/** The quality-of-hire page and its XLSX export. */
export const QUALITY_OF_HIRE_ROLES: readonly Role[] = ['owner', 'admin', 'hr', 'hiring_manager', 'interviewer', 'leader'];

/** See every interviewer's named row on the quality-of-hire page (others see only their own). */
export const QUALITY_NAMED_ROWS_ROLES: readonly Role[] = ['owner', 'hr'];
