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
  { path: '/settings', label: 'Settings', icon: 'settings', roles: ORG_ADMIN_ROLES },
];
