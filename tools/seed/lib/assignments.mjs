// Who reviews whom in a 360 cycle: the same rules as the API's
// apps/api/src/app/culture/review-cycles/assignment-generation.ts (self, manager, upward for leaders,
// `peersPerPerson` colleagues of the location in id order), ported so seeded cycles look generated.

const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** staff: [{id, userId, managerId, locationId}] → [{subjectStaffId, raterUserId, relation}]. */
export function generateAssignments(staff, leaderUserIds, { peersPerPerson, includeUpward }) {
  const sorted = [...staff].sort(byId);
  const byStaffId = new Map(sorted.map((s) => [s.id, s]));
  const byLocation = new Map();
  for (const s of sorted) {
    const list = byLocation.get(s.locationId);
    if (list) list.push(s);
    else byLocation.set(s.locationId, [s]);
  }
  const reportsOf = new Map();
  for (const s of sorted) {
    if (!s.managerId) continue;
    const list = reportsOf.get(s.managerId);
    if (list) list.push(s);
    else reportsOf.set(s.managerId, [s]);
  }
  const positionIn = new Map();
  for (const list of byLocation.values()) list.forEach((s, i) => positionIn.set(s.id, i));

  const out = [];
  for (const subject of sorted) {
    const taken = new Set();
    const add = (raterUserId, relation) => {
      if (!raterUserId || taken.has(raterUserId)) return;
      taken.add(raterUserId);
      out.push({ subjectStaffId: subject.id, raterUserId, relation });
    };
    add(subject.userId, 'self');
    add(subject.managerId ? byStaffId.get(subject.managerId)?.userId : null, 'manager');
    if (includeUpward && subject.userId && leaderUserIds.has(subject.userId)) {
      for (const report of reportsOf.get(subject.id) ?? []) add(report.userId, 'upward');
    }
    const colleagues = byLocation.get(subject.locationId) ?? [];
    const at = positionIn.get(subject.id);
    let picked = 0;
    for (let step = 1; step < colleagues.length && picked < peersPerPerson; step++) {
      const peer = colleagues[(at + step) % colleagues.length];
      if (!peer.userId || taken.has(peer.userId)) continue;
      add(peer.userId, 'peer');
      picked++;
    }
  }
  return out;
}
