import { generateAssignments, type GenerationStaff } from './assignment-generation';

// Ids sort in the order written; user ids mirror staff ids.
const person = (id: string, locationId: string, managerId: string | null = null, withUser = true): GenerationStaff => ({
  id,
  userId: withUser ? `u-${id}` : null,
  managerId,
  locationId,
});
const team: GenerationStaff[] = [
  person('a-lead', 'L1'), // leader
  person('b', 'L1', 'a-lead'),
  person('c', 'L1', 'a-lead'),
  person('d', 'L1', 'a-lead'),
  person('e', 'L1', 'b'),
  person('f', 'L1', 'b', false), // no account: rated, never rates
  person('g', 'L2', 'a-lead'),
  person('h', 'L2', 'g'),
];
const leaders = new Set(['u-a-lead']);
const options = { locationIds: null, peersPerPerson: 2, includeUpward: true };
const of = (list: ReturnType<typeof generateAssignments>, subject: string) =>
  list.filter((x) => x.subjectStaffId === subject).map((x) => `${x.relation}:${x.raterUserId}`);

describe('generateAssignments', () => {
  const all = generateAssignments(team, leaders, options);

  it('gives each subject a self review (when they have an account) and their manager', () => {
    expect(of(all, 'e')).toEqual(expect.arrayContaining(['self:u-e', 'manager:u-b']));
    expect(of(all, 'f')).toEqual(expect.arrayContaining(['manager:u-b']));
    expect(of(all, 'f').some((x) => x.startsWith('self'))).toBe(false);
    expect(of(all, 'a-lead').some((x) => x.startsWith('manager'))).toBe(false);
  });

  it('asks every direct report with an account to rate a leader upward, and only leaders', () => {
    expect(of(all, 'a-lead').filter((x) => x.startsWith('upward'))).toEqual(['upward:u-b', 'upward:u-c', 'upward:u-d', 'upward:u-g']);
    // b manages e and f but is not a leader: no upward review of b.
    expect(of(all, 'b').some((x) => x.startsWith('upward'))).toBe(false);
    expect(generateAssignments(team, leaders, { ...options, includeUpward: false }).some((x) => x.relation === 'upward')).toBe(false);
  });

  it('picks peers from the same location in rotating id order, skipping people without accounts and existing raters', () => {
    // c: next after c are d, e, f(no account) → d, e.
    expect(of(all, 'c').filter((x) => x.startsWith('peer'))).toEqual(['peer:u-d', 'peer:u-e']);
    // e: f has no account; wraps around to a-lead, then b is e's manager (already a rater) → c.
    expect(of(all, 'e').filter((x) => x.startsWith('peer'))).toEqual(['peer:u-a-lead', 'peer:u-c']);
    // L2 has two people: h's only colleague g is h's manager, so h has no peer.
    expect(of(all, 'h').filter((x) => x.startsWith('peer'))).toEqual([]);
  });

  it('never asks the same person twice about one subject, nor anyone about themself as a peer', () => {
    const pairs = all.map((x) => `${x.subjectStaffId}|${x.raterUserId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(all.filter((x) => x.relation !== 'self' && x.raterUserId === `u-${x.subjectStaffId}`)).toEqual([]);
  });

  it('spreads peer reviews: in a location of equals everyone rates exactly peersPerPerson people', () => {
    const equals = ['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => person(id, 'L'));
    const peers = generateAssignments(equals, new Set(), { ...options, peersPerPerson: 3 }).filter((x) => x.relation === 'peer');
    const load = new Map<string, number>();
    for (const p of peers) load.set(p.raterUserId, (load.get(p.raterUserId) ?? 0) + 1);
    expect([...load.values()]).toEqual([3, 3, 3, 3, 3]);
  });

  it('is deterministic whatever the input order', () => {
    expect(generateAssignments([...team].reverse(), leaders, options)).toEqual(all);
  });

  it('limits subjects to the chosen locations', () => {
    const l2 = generateAssignments(team, leaders, { ...options, locationIds: ['L2'] });
    expect(new Set(l2.map((x) => x.subjectStaffId))).toEqual(new Set(['g', 'h']));
    expect(of(l2, 'g')).toEqual(['self:u-g', 'manager:u-a-lead', 'peer:u-h']);
  });
});
