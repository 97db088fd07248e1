import type { Role } from '@rapport/shared/contracts';
import { CULTURE_ADMINS, CULTURE_OVERSEERS, GOAL_OWNER_ROLES } from '../culture.roles';

export interface StaffLink {
  id: string;
  managerId: string | null;
  userId: string | null;
}

export interface Viewer {
  userId: string;
  roles: readonly Role[];
}

export const isOverseer = (viewer: Viewer) => viewer.roles.some((r) => CULTURE_OVERSEERS.includes(r));

/** People measured as leaders (their staff rate them upward, they own leadership goals). */
export const isLeader = (roles: readonly Role[]) => roles.some((r) => GOAL_OWNER_ROLES.includes(r));

/**
 * A leader's own culture data (the leader page, their review results): the leader themself and
 * owner/admin/HR, not other leaders. Their upward raters are the leader's own staff, and a peer
 * leader seeing the results would see what the leader page withholds from them.
 */
export const mayReadLeaderData = (viewer: Viewer, leaderUserId: string) =>
  viewer.userId === leaderUserId || viewer.roles.some((r) => CULTURE_ADMINS.includes(r));

/**
 * The staff members whose private culture data (coaching notes, review results, culture scores) the
 * viewer may see: `null` means everyone (leaders, owner, admin, HR); otherwise the viewer's own staff
 * record and everyone who reports to it, directly or through other managers. Peers get only themselves.
 */
export function privateScope(viewer: Viewer, staff: readonly StaffLink[]): Set<string> | null {
  if (isOverseer(viewer)) return null;
  const reports = new Map<string, string[]>();
  for (const s of staff) {
    if (s.managerId) reports.set(s.managerId, [...(reports.get(s.managerId) ?? []), s.id]);
  }
  const scope = new Set<string>();
  const queue = staff.filter((s) => s.userId === viewer.userId).map((s) => s.id);
  while (queue.length) {
    const id = queue.shift() as string;
    if (scope.has(id)) continue; // a reporting loop in old data must not hang the request
    scope.add(id);
    queue.push(...(reports.get(id) ?? []));
  }
  return scope;
}

/** Whether the viewer may read a coaching note about `subjectId` written by `authorId`. */
export function mayReadCoaching(
  viewer: Viewer,
  note: { staffMemberId: string; authorId: string },
  staff: readonly StaffLink[],
): boolean {
  if (note.authorId === viewer.userId) return true;
  const scope = privateScope(viewer, staff);
  return scope === null || scope.has(note.staffMemberId);
}
