import { ROLE_LABELS, ROLES } from '@rapport/shared/contracts';

/** Every role with its label, in canonical order, for role pickers. */
export const ROLE_OPTIONS = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));
