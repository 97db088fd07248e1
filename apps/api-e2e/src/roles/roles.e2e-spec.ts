import type { Role } from '@rapport/shared/contracts';
import { count, query } from '../support/db';
import { api, bearer, expectProblem, expectStatus } from '../support/http';
import { signup, uniqueEmail, userWithRoles } from '../factories';

const NOT_ORG_ADMINS: Role[] = ['hr', 'hiring_manager', 'interviewer', 'leader', 'staff'];

describe('roles: a missing role on one’s own organization is 403 and writes nothing', () => {
  it.each(NOT_ORG_ADMINS)('%s cannot create users', async (role) => {
    const owner = await signup(`Roles Clinic ${role}`);
    const member = await userWithRoles(owner, [role]);
    const users = await count('users');
    const res = await api().post('/api/users').set(bearer(member.token)).send({ email: uniqueEmail(), name: 'Nope', roles: ['staff'] });
    expectProblem(res, 403);
    expect(await count('users')).toBe(users);
  });

  it('an admin can create users', async () => {
    const owner = await signup('Admin Roles Clinic');
    const admin = await userWithRoles(owner, ['admin']);
    await expectStatus(api().post('/api/users').set(bearer(admin.token)).send({ email: uniqueEmail(), name: 'Yes', roles: ['staff'] }), 201);
  });

  it('staff cannot create locations or competencies, nor grant themselves a role', async () => {
    const owner = await signup('Staff Limits Clinic');
    const staff = await userWithRoles(owner, ['staff']);
    expectProblem(await api().post('/api/locations').set(bearer(staff.token)).send({ name: 'Mine', code: 'MINE' }), 403);
    expectProblem(
      await api()
        .post('/api/competencies')
        .set(bearer(staff.token))
        .send({ key: 'mine', name: 'Mine', definition: 'Mine.', indicators: [] }),
      403,
    );
    expectProblem(await api().patch(`/api/users/${staff.user.id}`).set(bearer(staff.token)).send({ roles: ['owner'] }), 403);
    expect(await count('locations')).toBe(0);
    expect(await query('SELECT roles::text FROM users WHERE id = $1', [staff.user.id])).toEqual([{ roles: '{staff}' }]);
  });

  it('the audit trail is for owner, admin and hr only', async () => {
    const owner = await signup('Audit Roles Clinic');
    const hr = await userWithRoles(owner, ['hr']);
    const staff = await userWithRoles(owner, ['staff']);
    await expectStatus(api().get('/api/audit-events').set(bearer(owner.token)), 200);
    await expectStatus(api().get('/api/audit-events').set(bearer(hr.token)), 200);
    expectProblem(await api().get('/api/audit-events').set(bearer(staff.token)), 403);
  });

  it('every organization route needs a signed-in caller (401)', async () => {
    for (const path of ['/api/users', '/api/locations', '/api/competencies', '/api/audit-events']) {
      expectProblem(await api().get(path), 401);
    }
    expectProblem(await api().post('/api/locations').send({ name: 'Anon', code: 'ANON' }), 401);
    expect(await count('locations')).toBe(0);
  });
});
