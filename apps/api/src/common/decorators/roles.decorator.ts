import { SetMetadata } from '@nestjs/common';
import { ROLES, type Role } from '@rapport/shared/contracts';

export const ROLES_KEY = 'rapport:roles';

/** The roles that may call a route. `@Roles(...ANY_ROLE)` states "any signed-in user" explicitly. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const ANY_ROLE: readonly Role[] = ROLES;
