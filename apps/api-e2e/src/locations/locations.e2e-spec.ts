import type { Location, Page } from '@rapport/shared/contracts';
import { count } from '../support/db';
import { api, bearer, expectProblem, expectStatus } from '../support/http';
import { signup } from '../factories';

describe('locations', () => {
  it('creates, reads, lists, updates and deletes a location', async () => {
    const owner = await signup('Loc Clinic');
    const created = await expectStatus(
      api().post('/api/locations').set(bearer(owner.token)).send({ name: 'Downtown', code: 'DTN' }),
      201,
    );
    const loc = created.body as Location;
    expect(loc).toEqual(expect.objectContaining({ id: expect.any(String), name: 'Downtown', code: 'DTN' }));

    const got = await expectStatus(api().get(`/api/locations/${loc.id}`).set(bearer(owner.token)), 200);
    expect(got.body).toEqual(expect.objectContaining({ id: loc.id, name: 'Downtown', code: 'DTN' }));

    const list = await expectStatus(api().get('/api/locations').set(bearer(owner.token)), 200);
    expect(list.body as Page<Location>).toEqual({ items: [expect.objectContaining({ id: loc.id })], total: 1, nextCursor: null });

    const patched = await expectStatus(
      api().patch(`/api/locations/${loc.id}`).set(bearer(owner.token)).send({ name: 'Downtown West', version: loc.version }),
      200,
    );
    expect(patched.body).toEqual(expect.objectContaining({ id: loc.id, name: 'Downtown West', code: 'DTN' }));

    await expectStatus(api().delete(`/api/locations/${loc.id}`).set(bearer(owner.token)), 204);
    expectProblem(await api().get(`/api/locations/${loc.id}`).set(bearer(owner.token)), 404);
    expect(await count('locations')).toBe(0);
  });

  it('a code is unique within an organization (409) but may repeat across organizations', async () => {
    const a = await signup('Code Clinic A');
    const b = await signup('Code Clinic B');
    await expectStatus(api().post('/api/locations').set(bearer(a.token)).send({ name: 'Main', code: 'MAIN' }), 201);
    expectProblem(await api().post('/api/locations').set(bearer(a.token)).send({ name: 'Main again', code: 'MAIN' }), 409);
    await expectStatus(api().post('/api/locations').set(bearer(b.token)).send({ name: 'Main', code: 'MAIN' }), 201);
    expect(await count('locations', { organization_id: a.org.id })).toBe(1);
  });

  it('deletes when the client labels an empty DELETE as JSON (as some HTTP clients do)', async () => {
    const owner = await signup('Loc Clinic');
    const loc = (await expectStatus(api().post('/api/locations').set(bearer(owner.token)).send({ name: 'Annex', code: 'ANX' }), 201))
      .body as Location;
    await expectStatus(api().delete(`/api/locations/${loc.id}`).set(bearer(owner.token)).set('Content-Type', 'application/json'), 204);
    expect(await count('locations', { id: loc.id })).toBe(0);
  });
});
