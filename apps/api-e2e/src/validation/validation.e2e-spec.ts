import { CARE_STANDARD } from '@rapport/shared/contracts';
import { count } from '../support/db';
import { api, bearer, errorFields, expectStatus } from '../support/http';
import { PASSWORD, signup, uniqueEmail } from '../factories';

/** Row counts of every table a bad request could write to. */
async function snapshot() {
  const tables = ['organizations', 'users', 'locations', 'competencies', 'refresh_tokens', 'audit_events'];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(t)] as const)));
}

describe('input validation: 400 naming each bad field, nothing written', () => {
  it('rejects an unknown field', async () => {
    const res = await api()
      .post('/api/auth/signup')
      .send({ organizationName: 'Sneaky', name: 'Sneaky', email: uniqueEmail(), password: PASSWORD, roles: ['owner'], isAdmin: true });
    expect(errorFields(res)).toEqual(expect.arrayContaining(['isAdmin', 'roles']));
    expect(await snapshot()).toEqual({ organizations: 0, users: 0, locations: 0, competencies: 0, refresh_tokens: 0, audit_events: 0 });
  });

  it('names every missing signup field', async () => {
    const res = await api().post('/api/auth/signup').send({});
    expect(errorFields(res)).toEqual(expect.arrayContaining(['organizationName', 'name', 'email', 'password']));
    expect(await count('organizations')).toBe(0);
  });

  it('names a malformed email and a too-short password', async () => {
    const res = await api()
      .post('/api/auth/signup')
      .send({ organizationName: 'Typo Clinic', name: 'Typo', email: 'not-an-email', password: 'short' });
    expect(errorFields(res)).toEqual(expect.arrayContaining(['email', 'password']));
    expect(await count('organizations')).toBe(0);
  });

  it('names every missing field of a new user, and of an invalid role', async () => {
    const owner = await signup('Strict Clinic');
    const before = await snapshot();
    expect(errorFields(await api().post('/api/users').set(bearer(owner.token)).send({}))).toEqual(
      expect.arrayContaining(['email', 'name', 'roles']),
    );
    const badRole = await api()
      .post('/api/users')
      .set(bearer(owner.token))
      .send({ email: uniqueEmail(), name: 'Bad Role', roles: ['superuser'] });
    expect(errorFields(badRole).some((f) => f === 'roles' || f.startsWith('roles.'))).toBe(true);
    expect(errorFields(await api().post('/api/users').set(bearer(owner.token)).send({ email: uniqueEmail(), name: 'No Roles', roles: [] }))).toEqual(
      expect.arrayContaining(['roles']),
    );
    expect(await snapshot()).toEqual(before);
  });

  it('names every missing field of a location and rejects unknown fields on update', async () => {
    const owner = await signup('Loc Rules Clinic');
    expect(errorFields(await api().post('/api/locations').set(bearer(owner.token)).send({}))).toEqual(
      expect.arrayContaining(['name', 'code']),
    );
    expect(await count('locations')).toBe(0);

    const loc = await expectStatus(api().post('/api/locations').set(bearer(owner.token)).send({ name: 'Harbour', code: 'HBR' }), 201);
    const before = await snapshot();
    const res = await api().patch(`/api/locations/${loc.body.id}`).set(bearer(owner.token)).send({ name: 'Renamed', organizationId: owner.org.id, version: loc.body.version });
    expect(errorFields(res)).toContain('organizationId');
    const after = await expectStatus(api().get(`/api/locations/${loc.body.id}`).set(bearer(owner.token)), 200);
    expect(after.body.name).toBe('Harbour');
    expect(await snapshot()).toEqual(before);
  });

  it('names every missing field of a competency', async () => {
    const owner = await signup('Comp Rules Clinic');
    const res = await api().post('/api/competencies').set(bearer(owner.token)).send({});
    expect(errorFields(res)).toEqual(expect.arrayContaining(['key', 'name', 'definition', 'indicators']));
    expect(await count('competencies')).toBe(CARE_STANDARD.length);
  });

  it('rejects a user update that tries to change the email (not an updatable field)', async () => {
    const owner = await signup('Email Clinic');
    const res = await api().patch(`/api/users/${owner.user.id}`).set(bearer(owner.token)).send({ email: uniqueEmail(), version: 1 });
    expect(errorFields(res)).toContain('email');
    expect(await count('users', { email: owner.email })).toBe(1);
  });

  it('answers malformed JSON with a 400 problem, not a 500', async () => {
    const res = await api().post('/api/auth/login').set('Content-Type', 'application/json').send('{"email": ');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
