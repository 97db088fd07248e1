import {
  CULTURE_ADMIN_ROLES,
  CULTURE_OVERSEER_ROLES,
  GOVERNANCE_ROLES,
  HIRING_ROLES,
  LEADER_ROLES,
  OBSERVER_ROLES,
  PANEL_ROLES,
} from '@rapport/admin/data-access';
import { ORG_ADMIN_ROLES, type Role, ROLES } from '@rapport/shared/contracts';

export interface NavItem {
  path: string;
  label: string;
  icon: string;
  /** Who sees the item; keep in step with the route's `roleGuard`. */
  roles: readonly Role[];
}

/** The main navigation. Later features add their entries here with the roles their routes allow. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/home', label: 'Home', icon: 'home', roles: ROLES },
  { path: '/hiring', label: 'Hiring', icon: 'work_outline', roles: HIRING_ROLES },
  { path: '/interviews', label: 'My interviews', icon: 'rate_review', roles: PANEL_ROLES },
  { path: '/quality-of-hire', label: 'Quality of hire', icon: 'query_stats', roles: PANEL_ROLES },
  { path: '/culture', label: 'Culture', icon: 'insights', roles: CULTURE_OVERSEER_ROLES },
  { path: '/staff', label: 'Staff', icon: 'badge', roles: ROLES },
  // A quick action rather than a page: opens "Recognize / coach" over the staff list.
  { path: '/staff/recognize', label: 'Recognize / coach', icon: 'volunteer_activism', roles: OBSERVER_ROLES },
  { path: '/reviews', label: 'My reviews', icon: 'reviews', roles: ROLES },
  { path: '/leaders/me', label: 'My leadership', icon: 'flag', roles: LEADER_ROLES },
  { path: '/leaders', label: 'Leaders', icon: 'diversity_3', roles: CULTURE_ADMIN_ROLES },
  { path: '/governance', label: 'Reports & audit', icon: 'policy', roles: GOVERNANCE_ROLES },
  { path: '/settings', label: 'Settings', icon: 'settings', roles: ORG_ADMIN_ROLES },
];
