/** Roles a user may hold in an organization (DESIGN.md §3). A user holds one or more. */
export const ROLES = ['owner', 'admin', 'hr', 'hiring_manager', 'interviewer', 'leader', 'staff'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that manage the organization itself: users, locations, the care standard. */
export const ORG_ADMIN_ROLES: readonly Role[] = ['owner', 'admin'];

/**
 * Roles only an owner may grant or remove, and whose holders only an owner may deactivate: `hr` sees
 * self-identification and adverse impact, `owner` everything. An admin granting themselves either
 * would read what their role was built to keep from them.
 */
export const OWNER_MANAGED_ROLES: readonly Role[] = ['owner', 'hr'];

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  hr: 'HR',
  hiring_manager: 'Hiring manager',
  interviewer: 'Interviewer',
  leader: 'Leader',
  staff: 'Staff',
};
