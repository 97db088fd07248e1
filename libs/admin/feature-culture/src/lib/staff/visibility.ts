import type { Role, StaffMember } from '@rapport/shared/contracts';
import { CULTURE_OVERSEER_ROLES } from '@rapport/admin/data-access';

/**
 * Whether the caller may see a person's private culture data (scores, review results, person-level
 * metrics, coaching notes): leaders, owners, admins and HR always; anyone else for themselves and the
 * people who report to them, directly or through other managers. Mirrors the API's rule (ADR 0006) so
 * the page does not ask for what it would be refused; the API stays the judge.
 */
export function maySeePrivate(
  me: { userId: string | null; roles: readonly Role[] },
  staff: readonly StaffMember[],
  targetId: string,
): boolean {
  if (me.roles.some((role) => CULTURE_OVERSEER_ROLES.includes(role))) return true;
  const mine = staff.find((s) => s.userId !== null && s.userId === me.userId);
  if (!mine) return false;
  const byId = new Map(staff.map((s) => [s.id, s]));
  const seen = new Set<string>();
  for (let current = byId.get(targetId); current && !seen.has(current.id); current = byId.get(current.managerId ?? '')) {
    if (current.id === mine.id) return true;
    seen.add(current.id);
  }
  return false;
}
