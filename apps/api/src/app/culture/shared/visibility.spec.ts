import type { Role } from '@rapport/shared/contracts';
import { isLeader, mayReadCoaching, mayReadLeaderData, privateScope, type StaffLink } from './visibility';

// owner-led practice: lead ← mgr ← {ana, ben}; carl reports to lead directly.
const staff: StaffLink[] = [
  { id: 's-lead', managerId: null, userId: 'u-lead' },
  { id: 's-mgr', managerId: 's-lead', userId: 'u-mgr' },
  { id: 's-ana', managerId: 's-mgr', userId: 'u-ana' },
  { id: 's-ben', managerId: 's-mgr', userId: 'u-ben' },
  { id: 's-carl', managerId: 's-lead', userId: null },
];
const viewer = (userId: string, ...roles: Role[]) => ({ userId, roles });
const noteAbout = (staffMemberId: string, authorId = 'u-someone') => ({ staffMemberId, authorId });

describe('coaching-note visibility', () => {
  it('lets the person read notes about themself', () => {
    expect(mayReadCoaching(viewer('u-ana', 'staff'), noteAbout('s-ana'), staff)).toBe(true);
  });

  it('never lets a peer read a colleague’s coaching notes', () => {
    expect(mayReadCoaching(viewer('u-ben', 'staff'), noteAbout('s-ana'), staff)).toBe(false);
    expect(mayReadCoaching(viewer('u-ana', 'staff', 'interviewer'), noteAbout('s-carl'), staff)).toBe(false);
  });

  it('lets managers read their reports’ notes, through the whole chain, but not upwards', () => {
    expect(mayReadCoaching(viewer('u-mgr', 'hiring_manager'), noteAbout('s-ana'), staff)).toBe(true);
    expect(mayReadCoaching(viewer('u-mgr', 'hiring_manager'), noteAbout('s-lead'), staff)).toBe(false);
    expect(mayReadCoaching(viewer('u-mgr', 'hiring_manager'), noteAbout('s-carl'), staff)).toBe(false);
  });

  it('lets leaders, owners, admins and HR read every note', () => {
    for (const role of ['leader', 'owner', 'admin', 'hr'] as Role[]) {
      expect(mayReadCoaching(viewer('u-outsider', role), noteAbout('s-ben'), staff)).toBe(true);
    }
  });

  it('lets the author read the note they wrote', () => {
    expect(mayReadCoaching(viewer('u-ben', 'staff'), noteAbout('s-ana', 'u-ben'), staff)).toBe(true);
  });

  it('gives a staff user without a staff record nobody', () => {
    expect(privateScope(viewer('u-new', 'staff'), staff)).toEqual(new Set());
  });

  it('computes the scope of a manager as themself and everyone below, and survives a reporting loop', () => {
    expect(privateScope(viewer('u-lead', 'staff'), staff)).toEqual(new Set(['s-lead', 's-mgr', 's-ana', 's-ben', 's-carl']));
    const loop: StaffLink[] = [
      { id: 'x', managerId: 'y', userId: 'u-x' },
      { id: 'y', managerId: 'x', userId: 'u-y' },
    ];
    expect(privateScope(viewer('u-x', 'staff'), loop)).toEqual(new Set(['x', 'y']));
  });
});

describe('a leader’s own culture data', () => {
  it('is for the leader and owner/admin/HR, not for another leader or their manager', () => {
    expect(isLeader(['leader'])).toBe(true);
    expect(isLeader(['owner'])).toBe(true);
    expect(isLeader(['staff', 'hr'])).toBe(false);
    expect(
      [viewer('u-lead', 'leader'), viewer('u-x', 'owner'), viewer('u-x', 'admin'), viewer('u-x', 'hr'), viewer('u-x', 'leader'), viewer('u-mgr', 'staff')].map(
        (v) => mayReadLeaderData(v, 'u-lead'),
      ),
    ).toEqual([true, true, true, true, false, false]);
  });
});
