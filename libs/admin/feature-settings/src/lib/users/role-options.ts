import { OWNER_MANAGED_ROLES, ROLE_LABELS, ROLES, type Role } from '@rapport/shared/contracts';

export interface RoleOption {
  value: Role;
  label: string;
  /** Shown but not selectable (nor deselectable): the caller may not grant or remove it. */
  disabled: boolean;
}

/** Shown under a role picker when the caller is not an owner. */
export const OWNER_ONLY_HINT = 'Only an owner can grant or remove the Owner and HR roles.';

/**
 * Every role with its label, in canonical order, for the role pickers of a caller with `callerRoles`.
 * Only an owner grants or removes the owner and HR roles (the API refuses it otherwise, users.service.ts),
 * so for anyone else those options are disabled: they cannot be added, and a holder being edited keeps them.
 */
export function roleOptionsFor(callerRoles: readonly Role[]): RoleOption[] {
  const owner = callerRoles.includes('owner');
  return ROLES.map((value) => ({ value, label: ROLE_LABELS[value], disabled: OWNER_MANAGED_ROLES.includes(value) && !owner }));
}
