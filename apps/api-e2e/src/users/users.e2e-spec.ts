import type { Page, User } from '@rapport/shared/contracts';
import { query } from '../support/db';
import { api, bearer, expectProblem, expectStatus } from '../support/http';
import { PASSWORD, createUser, login, signup, userWithRoles } from '../factories';

describe('users', () => {
  it('lists the organization’s users as {items, total}', async () => {
    const owner = await signup('List Clinic');
    const invited = await createUser(owner.token, ['hr']);
    const res = await expectStatus(api().get('/api/users').set(bearer(owner.token)), 200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const page = res.body as Page<User>;
    expect(page.total).toBe(2);
    expect(page.items.map((u) => u.id).sort()).toEqual([owner.user.id, invited.user.id].sort());
    expect(JSON.stringify(page)).not.toMatch(/password|argon2|invitationToken/i);
  });

  it('reads one user and changes name and roles', async () => {
    const owner = await signup('Edit Clinic');
    const invited = await createUser(owner.token, ['staff'], 'Sam Staff');
    const got = await expectStatus(api().get(`/api/users/${invited.user.id}`).set(bearer(owner.token)), 200);
    expect(got.body).toEqual(expect.objectContaining({ id: invited.user.id, name: 'Sam Staff', roles: ['staff'] }));

    const patched = await expectStatus(
      api().patch(`/api/users/${invited.user.id}`).set(bearer(owner.token)).send({ name: 'Sam Lead', roles: ['staff', 'leader'], version: invited.user.version }),
      200,
    );
    expect(patched.body).toEqual(expect.objectContaining({ id: invited.user.id, name: 'Sam Lead' }));
    expect([...(patched.body as User).roles].sort()).toEqual(['leader', 'staff']);
    const [row] = await query<{ name: string; roles: string }>('SELECT name, roles::text FROM users WHERE id = $1', [invited.user.id]);
    expect(row.name).toBe('Sam Lead');
  });

  it('a deactivated user can no longer sign in, and their sessions are revoked', async () => {
    const owner = await signup('Leaver Clinic');
    const leaver = await userWithRoles(owner, ['staff']);
    const { version } = (await expectStatus(api().get(`/api/users/${leaver.user.id}`).set(bearer(owner.token)), 200)).body as User;
    const patched = await expectStatus(
      api().patch(`/api/users/${leaver.user.id}`).set(bearer(owner.token)).send({ active: false, version }),
      200,
    );
    expect((patched.body as User).active).toBe(false);
    expectProblem(await api().post('/api/auth/login').send({ email: leaver.email, password: PASSWORD }), 401);
    expectProblem(await api().post('/api/auth/refresh').set('Cookie', leaver.cookie), 401);
  });

  it('an unknown id is 404', async () => {
    const owner = await signup('Missing Clinic');
    expectProblem(await api().get('/api/users/00000000-0000-4000-8000-000000000000').set(bearer(owner.token)), 404);
  });

  it('a user created by an admin can sign in with the roles given', async () => {
    const owner = await signup('Admin Clinic');
    const admin = await userWithRoles(owner, ['admin']);
    const hire = await userWithRoles(admin, ['hiring_manager']);
    const session = await login(hire.email);
    expect(session.user.roles).toEqual(['hiring_manager']);
    expect(session.org).toEqual(owner.org);
  });
});
