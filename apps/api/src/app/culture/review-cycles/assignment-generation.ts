import type { ReviewRelation } from '@rapport/shared/contracts';

export interface GenerationStaff {
  id: string;
  /** The person's active user account; null when they cannot sign in (they can be rated, not rate). */
  userId: string | null;
  managerId: string | null;
  locationId: string;
}

export interface GenerationOptions {
  /** Subjects from these locations only; null = all. */
  locationIds: readonly string[] | null;
  peersPerPerson: number;
  includeUpward: boolean;
}

export interface GeneratedAssignment {
  subjectStaffId: string;
  raterUserId: string;
  relation: ReviewRelation;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Who reviews whom in a new cycle (deterministic: the same staff give the same assignments):
 * - self: every subject with a user account;
 * - manager: the subject's manager, when the manager has a user account;
 * - upward: when the subject is a leader (their user is in `leaderUserIds`: the roles that may own
 *   leadership goals, `leader` or `owner`), each direct report with a user account rates them;
 * - peers: up to `peersPerPerson` colleagues from the subject's location, taken in id order starting
 *   just after the subject and wrapping around. The rotation spreads the work: each colleague is asked
 *   by the subjects just before them, so everyone rates about `peersPerPerson` people. Someone who
 *   already reviews the subject in another relation is skipped (one review per rater and subject).
 */
export function generateAssignments(
  staff: readonly GenerationStaff[],
  leaderUserIds: ReadonlySet<string>,
  options: GenerationOptions,
): GeneratedAssignment[] {
  const sorted = [...staff].sort(byId);
  const byStaffId = new Map(sorted.map((s) => [s.id, s]));
  const scope = options.locationIds ? new Set(options.locationIds) : null;
  const subjects = sorted.filter((s) => scope === null || scope.has(s.locationId));
  const byLocation = new Map<string, GenerationStaff[]>();
  for (const s of sorted) byLocation.set(s.locationId, [...(byLocation.get(s.locationId) ?? []), s]);
  const reportsOf = new Map<string, GenerationStaff[]>();
  for (const s of sorted) if (s.managerId) reportsOf.set(s.managerId, [...(reportsOf.get(s.managerId) ?? []), s]);

  const out: GeneratedAssignment[] = [];
  for (const subject of subjects) {
    const taken = new Set<string>();
    const add = (raterUserId: string | null | undefined, relation: ReviewRelation) => {
      if (!raterUserId || taken.has(raterUserId)) return;
      taken.add(raterUserId);
      out.push({ subjectStaffId: subject.id, raterUserId, relation });
    };
    add(subject.userId, 'self');
    add(subject.managerId ? byStaffId.get(subject.managerId)?.userId : null, 'manager');
    if (options.includeUpward && subject.userId && leaderUserIds.has(subject.userId)) {
      for (const report of reportsOf.get(subject.id) ?? []) add(report.userId, 'upward');
    }
    const colleagues = byLocation.get(subject.locationId) ?? [];
    const at = colleagues.findIndex((c) => c.id === subject.id);
    let picked = 0;
    for (let step = 1; step < colleagues.length && picked < options.peersPerPerson; step++) {
      const peer = colleagues[(at + step) % colleagues.length];
      if (!peer.userId || taken.has(peer.userId)) continue;
      add(peer.userId, 'peer');
      picked++;
    }
  }
  return out;
}
