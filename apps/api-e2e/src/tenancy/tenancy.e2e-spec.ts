import type { AuditEvent, Competency, Location, Page } from '@rapport/shared/contracts';
import { query } from '../support/db';
import { api, bearer, expectProblem, expectStatus } from '../support/http';
import { createUser, signup, type Session } from '../factories';

/** Organization A with a user, a location and its competencies; organization B, empty. */
async function twoOrganizations() {
  const a = await signup('Org A');
  const b = await signup('Org B');
  const aUser = (await createUser(a.token, ['staff'], 'A Staff')).user;
  const aLocation = (await expectStatus(api().post('/api/locations').set(bearer(a.token)).send({ name: 'A Main', code: 'AM' }), 201))
    .body as Location;
  const aCompetency = ((await expectStatus(api().get('/api/competencies').set(bearer(a.token)), 200)).body as Page<Competency>).items[0];
  return { a, b, aUser, aLocation, aCompetency };
}

async function listIds(session: Session, path: string): Promise<string[]> {
  const page = (await expectStatus(api().get(path).set(bearer(session.token)), 200)).body as Page<{ id: string }>;
  expect(page.total).toBe(page.items.length);
  return page.items.map((i) => i.id);
}

describe('tenancy: organization B never sees or changes organization A’s records', () => {
  it('users: 404 for read and update, absent from the list', async () => {
    const { a, b, aUser } = await twoOrganizations();
    expectProblem(await api().get(`/api/users/${aUser.id}`).set(bearer(b.token)), 404);
    expectProblem(await api().patch(`/api/users/${aUser.id}`).set(bearer(b.token)).send({ name: 'Hijacked', roles: ['owner'], version: 1 }), 404);
    expectProblem(await api().patch(`/api/users/${a.user.id}`).set(bearer(b.token)).send({ active: false, version: 1 }), 404);

    expect(await listIds(b, '/api/users')).toEqual([b.user.id]);
    const rows = await query<{ name: string; roles: string; active: boolean }>('SELECT name, roles::text, active FROM users WHERE id = ANY($1)', [
      [aUser.id, a.user.id],
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        { name: 'A Staff', roles: '{staff}', active: true },
        expect.objectContaining({ roles: '{owner}', active: true }),
      ]),
    );
  });

  it('locations: 404 for read, update and delete, absent from the list', async () => {
    const { b, aLocation } = await twoOrganizations();
    expectProblem(await api().get(`/api/locations/${aLocation.id}`).set(bearer(b.token)), 404);
    expectProblem(await api().patch(`/api/locations/${aLocation.id}`).set(bearer(b.token)).send({ name: 'Hijacked', version: 1 }), 404);
    expectProblem(await api().delete(`/api/locations/${aLocation.id}`).set(bearer(b.token)), 404);
    expect(await listIds(b, '/api/locations')).toEqual([]);
    expect(await query('SELECT name FROM locations WHERE id = $1', [aLocation.id])).toEqual([{ name: 'A Main' }]);
  });

  it('competencies: 404 for update, absent from the list', async () => {
    const { b, aCompetency } = await twoOrganizations();
    expectProblem(await api().patch(`/api/competencies/${aCompetency.id}`).set(bearer(b.token)).send({ name: 'Hijacked', version: 1 }), 404);
    expect(await listIds(b, '/api/competencies')).not.toContain(aCompetency.id);
    expect(await query('SELECT name FROM competencies WHERE id = $1', [aCompetency.id])).toEqual([{ name: aCompetency.name }]);
  });

  it('audit events: none of A’s appear in B’s trail', async () => {
    const { a, b, aLocation, aUser } = await twoOrganizations();
    const aEvents = (await expectStatus(api().get('/api/audit-events').set(bearer(a.token)), 200)).body as Page<AuditEvent>;
    expect(aEvents.items.map((e) => e.entityId)).toEqual(expect.arrayContaining([aLocation.id, aUser.id]));
    const bEvents = (await expectStatus(api().get('/api/audit-events').set(bearer(b.token)), 200)).body as Page<AuditEvent>;
    const aIds = new Set([aLocation.id, aUser.id, a.user.id, a.org.id]);
    expect(bEvents.items.filter((e) => aIds.has(e.entityId))).toEqual([]);
    const filtered = await expectStatus(api().get(`/api/audit-events?entityId=${aLocation.id}`).set(bearer(b.token)), 200);
    expect(filtered.body).toEqual({ items: [], total: 0, nextCursor: null });
  });

  it('another organization’s id answers exactly like an id that does not exist', async () => {
    const { b, aLocation } = await twoOrganizations();
    const missingId = '00000000-0000-4000-8000-000000000000';
    const foreign = await api().get(`/api/locations/${aLocation.id}`).set(bearer(b.token));
    const missing = await api().get(`/api/locations/${missingId}`).set(bearer(b.token));
    // The detail may echo the id that was asked for; apart from that the answers must be identical.
    const shape = (res: typeof foreign, id: string) => ({
      status: res.status,
      type: res.body.type,
      title: res.body.title,
      detail: String(res.body.detail).split(id).join('<id>'),
    });
    expect(shape(foreign, aLocation.id)).toEqual(shape(missing, missingId));
    expect(foreign.status).toBe(404);
  });
});
