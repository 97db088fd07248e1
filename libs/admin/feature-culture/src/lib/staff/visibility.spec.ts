import type { StaffMember } from '@rapport/shared/contracts';
import { maySeePrivate } from './visibility';

const member = (id: string, userId: string | null, managerId: string | null) => ({ id, userId, managerId }) as StaffMember;
// director ← manager ← coordinator; peer reports to the director too.
const staff = [
  member('director', 'u-director', null),
  member('manager', 'u-manager', 'director'),
  member('coordinator', 'u-coordinator', 'manager'),
  member('peer', 'u-peer', 'director'),
];

describe('maySeePrivate', () => {
  it('lets leaders, owners, admins and HR see everyone', () => {
    expect(maySeePrivate({ userId: 'u-x', roles: ['hr'] }, staff, 'coordinator')).toBe(true);
    expect(maySeePrivate({ userId: 'u-x', roles: ['leader'] }, staff, 'peer')).toBe(true);
  });

  it('lets a person see themselves and everyone below them, directly or not', () => {
    expect(maySeePrivate({ userId: 'u-coordinator', roles: ['staff'] }, staff, 'coordinator')).toBe(true);
    expect(maySeePrivate({ userId: 'u-manager', roles: ['hiring_manager'] }, staff, 'coordinator')).toBe(true);
    expect(maySeePrivate({ userId: 'u-director', roles: ['staff'] }, staff, 'coordinator')).toBe(true);
  });

  it('never lets a peer or a report see another person', () => {
    expect(maySeePrivate({ userId: 'u-peer', roles: ['staff'] }, staff, 'manager')).toBe(false);
    expect(maySeePrivate({ userId: 'u-coordinator', roles: ['staff'] }, staff, 'manager')).toBe(false);
    expect(maySeePrivate({ userId: 'u-nobody', roles: ['staff'] }, staff, 'coordinator')).toBe(false);
  });

  it('stops on a reporting loop instead of spinning', () => {
    const loop = [member('a', 'u-a', 'b'), member('b', 'u-b', 'a'), member('c', 'u-c', null)];
    expect(maySeePrivate({ userId: 'u-c', roles: ['staff'] }, loop, 'a')).toBe(false);
  });
});
