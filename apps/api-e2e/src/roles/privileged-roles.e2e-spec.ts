import type { Role, User } from '@rapport/shared/contracts';
import type { Response } from 'supertest';
import { count, query } from '../support/db';
import { api, bearer, expectProblem, expectStatus } from '../support/http';
import { createUser, signup, uniqueEmail, userWithRoles, type Session } from '../factories';

/**
 * HR sees self-identification and adverse impact; the owner sees everything. Only an owner may hand
 * out, take away, or switch off those powers: an admin who could grant themselves HR would read what
 * the admin role is built to keep from them (issue 13).
 */
const OWNER_MANAGED: Role[] = ['owner', 'hr'];

async function versionOf(token: string, id: string): Promise<number> {
  return ((await expectStatus(api().get(`/api/users/${id}`).set(bearer(token)), 200)).body as User).version;
}

async function patchUser(caller: Session, id: string, body: object) {
  return api()
    .patch(`/api/users/${id}`)
    .set(bearer(caller.token))
    .send({ ...body, version: await versionOf(caller.token, id) });
}

/** The PATCH succeeded (200), or fail with its problem document. */
async function expectOk(res: Promise<Response>): Promise<void> {
  const done = await res;
  expect({ status: done.status, body: done.status === 200 ? 'ok' : done.body }).toEqual({ status: 200, body: 'ok' });
}

async function rolesOf(id: string): Promise<string> {
  const [row] = await query<{ roles: string }>('SELECT roles::text AS roles FROM users WHERE id = $1', [id]);
  return row.roles;
}

async function activeOf(id: string): Promise<boolean> {
  const [row] = await query<{ active: boolean }>('SELECT active FROM users WHERE id = $1', [id]);
  return row.active;
}

describe('roles only an owner manages (owner, hr)', () => {
  it.each(OWNER_MANAGED)('an admin cannot grant themselves %s, and still cannot read adverse impact', async (role) => {
    const owner = await signup(`Self Grant ${role}`);
    const admin = await userWithRoles(owner, ['admin']);
    expectProblem(await patchUser(admin, admin.user.id, { roles: ['admin', role] }), 403);
    expect(await rolesOf(admin.user.id)).toBe('{admin}');
    expectProblem(await api().get('/api/reports/adverse-impact').set(bearer(admin.token)).query({ openingId: admin.user.id }), 403);
  });

  it.each(OWNER_MANAGED)('an admin cannot grant %s to someone else, by edit or by invitation', async (role) => {
    const owner = await signup(`Grant Other ${role}`);
    const admin = await userWithRoles(owner, ['admin']);
    const staff = await createUser(owner.token, ['staff']);
    expectProblem(await patchUser(admin, staff.user.id, { roles: ['staff', role] }), 403);
    expect(await rolesOf(staff.user.id)).toBe('{staff}');

    const users = await count('users');
    const invited = await api()
      .post('/api/users')
      .set(bearer(admin.token))
      .send({ email: uniqueEmail(), name: 'Would Be Privileged', roles: ['staff', role] });
    expectProblem(invited, 403);
    expect(invited.body.detail).toContain(role);
    expect(await count('users')).toBe(users);
  });

  it.each(OWNER_MANAGED)('an admin cannot remove %s from its holder, nor deactivate them', async (role) => {
    const owner = await signup(`Strip ${role}`);
    const admin = await userWithRoles(owner, ['admin']);
    const holder = role === 'owner' ? owner : await userWithRoles(owner, [role, 'staff']);
    const before = await rolesOf(holder.user.id);
    expectProblem(await patchUser(admin, holder.user.id, { roles: ['staff'] }), 403);
    expectProblem(await patchUser(admin, holder.user.id, { active: false }), 403);
    expect(await rolesOf(holder.user.id)).toBe(before);
    expect(await activeOf(holder.user.id)).toBe(true);
    // The holder's session survives the refused deactivation.
    await expectStatus(api().get('/api/auth/me').set(bearer(holder.token)), 200);
  });

  it('an admin still manages every other role and deactivates ordinary users', async () => {
    const owner = await signup('Admin Still Works');
    const admin = await userWithRoles(owner, ['admin']);
    const staff = await createUser(owner.token, ['staff']);
    await expectOk(patchUser(admin, staff.user.id, { roles: ['staff', 'leader', 'interviewer', 'hiring_manager', 'admin'] }));
    await expectOk(patchUser(admin, staff.user.id, { active: false }));
    expect(await activeOf(staff.user.id)).toBe(false);
    // An admin may edit an owner's other roles and name, as long as the owner stays an owner.
    await expectOk(patchUser(admin, owner.user.id, { roles: ['owner', 'staff'], name: 'Renamed Owner' }));
  });

  it('an owner grants, removes and deactivates hr and owner', async () => {
    const owner = await signup('Owner Grants');
    const admin = await userWithRoles(owner, ['admin']);
    await expectOk(patchUser(owner, admin.user.id, { roles: ['admin', 'hr'] }));
    expect(await rolesOf(admin.user.id)).toBe('{admin,hr}');
    await expectOk(patchUser(owner, admin.user.id, { roles: ['admin', 'owner'] }));
    await expectOk(patchUser(owner, admin.user.id, { roles: ['admin'] }));
    const hr = await userWithRoles(owner, ['hr']);
    await expectOk(patchUser(owner, hr.user.id, { active: false }));
    expect(await activeOf(hr.user.id)).toBe(false);
  });
});
