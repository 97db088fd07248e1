/** Roles a user may hold in an organization (DESIGN.md §3). A user holds one or more. */
export const ROLES = ['owner', 'admin', 'hr', 'hiring_manager', 'interviewer', 'leader', 'staff'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that manage the organization itself: users, locations, the care standard. */
export const ORG_ADMIN_ROLES: readonly Role[] = ['owner', 'admin'];

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  hr: 'HR',
  hiring_manager: 'Hiring manager',
  interviewer: 'Interviewer',
  leader: 'Leader',
  staff: 'Staff',
};
