import type { ReviewAssignment } from '@rapport/shared/contracts';
import { signup } from '../factories';
import { count } from '../support/db';
import { api, bearer, errorFields, expectStatus } from '../support/http';
import {
  competencies,
  createCycle,
  createLocation,
  createStaff,
  myAssignments,
  PERIOD,
} from './culture.factory';

/** Every culture table a bad request might have written to. */
async function written(): Promise<Record<string, number>> {
  const tables = [
    'staff_members',
    'observations',
    'review_cycles',
    'review_assignments',
    'leadership_goals',
    'leadership_check_ins',
    'culture_settings',
  ];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(t)] as const)));
}

describe('culture input validation', () => {
  it('names every missing field and every unknown field, and writes nothing', async () => {
    const owner = await signup('Lumen');
    const location = await createLocation(owner.token);
    const ana = await createStaff(owner.token, { locationId: location.id, name: 'Ana' });
    const [c1] = await competencies(owner.token);
    const before = await written();
    const post = (path: string, body: object) => api().post(path).set(bearer(owner.token)).send(body);
    const fields = async (req: ReturnType<typeof post>) => errorFields(await req).sort();

    expect(await fields(post('/api/staff', {}))).toEqual([
      'email',
      'hiredAt',
      'locationId',
      'name',
      'roleTitle',
    ]);
    const staffBody = {
      name: 'Ben',
      email: 'ben@lumen.test',
      roleTitle: 'Nurse',
      locationId: location.id,
      hiredAt: '2026-01-05',
    };
    expect(await fields(post('/api/staff', { ...staffBody, salary: 50000 }))).toEqual(['salary']);
    expect(
      await fields(post('/api/staff', { ...staffBody, email: 'not-an-email', hiredAt: '2026-02-30' })),
    ).toEqual(['email', 'hiredAt']);

    expect(await fields(post('/api/observations', {}))).toEqual([
      'competencyId',
      'kind',
      'note',
      'observedAt',
      'staffMemberId',
    ]);
    const obs = {
      staffMemberId: ana.id,
      competencyId: c1.id,
      kind: 'recognition',
      note: 'Stayed late',
      observedAt: '2026-08-10',
    };
    expect(await fields(post('/api/observations', { ...obs, rating: 5 }))).toEqual(['rating']);
    expect(await fields(post('/api/observations', { ...obs, note: '   ' }))).toEqual(['note']);

    expect(await fields(post('/api/review-cycles', {}))).toEqual(['name', 'periodEnd', 'periodStart']);
    const cycle = { name: 'Q3', periodStart: PERIOD.start, periodEnd: PERIOD.end };
    expect(await fields(post('/api/review-cycles', { ...cycle, anonymous: false }))).toEqual(['anonymous']);
    expect(await fields(post('/api/review-cycles', { ...cycle, periodEnd: '2026-06-30' }))).toEqual([
      'periodEnd',
    ]);
    expect(
      await fields(post('/api/review-cycles', { ...cycle, peersPerPerson: 11, includeUpward: 'yes' })),
    ).toEqual(['includeUpward', 'peersPerPerson']);

    expect(await fields(post('/api/leadership-goals', {}))).toEqual([
      'competencyId',
      'description',
      'dueDate',
      'ownerId',
      'target',
      'title',
    ]);
    const goal = {
      ownerId: owner.user.id,
      competencyId: c1.id,
      title: 'T',
      description: '',
      target: 't',
      dueDate: '2027-01-01',
    };
    expect(await fields(post('/api/leadership-goals', { ...goal, progress: 50 }))).toEqual(['progress']);

    const settings = (body: object) => api().put('/api/culture/settings').set(bearer(owner.token)).send(body);
    expect(errorFields(await settings({}))).toEqual(['anonymityMinRaters']);
    expect(errorFields(await settings({ anonymityMinRaters: 4, anonymous: true }))).toEqual(['anonymous']);

    // Query strings are checked the same way.
    expect(
      errorFields(
        await api()
          .get('/api/observations')
          .query({ kind: 'praise', from: '2026-13-01' })
          .set(bearer(owner.token)),
      ).sort(),
    ).toEqual(['from', 'kind']);
    expect(
      errorFields(await api().get('/api/service-metrics').query({ from: '2026-8' }).set(bearer(owner.token))),
    ).toEqual(['from']);

    expect(await written()).toEqual(before);
  });

  it('validates review ratings and refuses to submit an empty review', async () => {
    const owner = await signup('Lumen');
    const location = await createLocation(owner.token);
    // The owner has a staff record, so the cycle asks them for a self-review.
    await createStaff(owner.token, { locationId: location.id, userId: owner.user.id, email: owner.email });
    const [c1] = await competencies(owner.token);
    await createCycle(owner.token);
    const [mine] = await myAssignments(owner);
    expect(mine).toMatchObject({
      relation: 'self',
      status: 'not_started',
    } satisfies Partial<ReviewAssignment>);
    const put = (body: object) =>
      api().put(`/api/review-assignments/${mine.id}`).set(bearer(owner.token)).send(body);

    expect(errorFields(await put({}))).toEqual(['ratings']);
    expect(errorFields(await put({ ratings: [{ competencyId: c1.id, rating: 6 }] }))).toEqual([
      'ratings.0.rating',
    ]);
    expect(errorFields(await put({ ratings: [{ competencyId: c1.id, rating: 3.5 }] }))).toEqual([
      'ratings.0.rating',
    ]);
    expect(errorFields(await put({ ratings: [{ competencyId: c1.id, rating: 3, stars: 2 }] }))).toEqual([
      'ratings.0.stars',
    ]);
    expect(
      errorFields(
        await put({
          ratings: [
            { competencyId: c1.id, rating: 3 },
            { competencyId: c1.id, rating: 4 },
          ],
        }),
      ),
    ).toEqual(['ratings.1.competencyId']);
    expect(
      errorFields(await api().post(`/api/review-assignments/${mine.id}/submit`).set(bearer(owner.token))),
    ).toEqual(['ratings']);
    expect((await myAssignments(owner))[0]).toMatchObject({ status: 'not_started', ratings: [] });

    await expectStatus(put({ ratings: [{ competencyId: c1.id, rating: 4, comment: '  kind  ' }] }), 200);
    const submitted = (
      await expectStatus(
        api().post(`/api/review-assignments/${mine.id}/submit`).set(bearer(owner.token)),
        200,
      )
    ).body as ReviewAssignment;
    expect(submitted).toMatchObject({
      status: 'submitted',
      ratings: [{ competencyId: c1.id, rating: 4, comment: 'kind' }],
    });
    // A submitted review is locked.
    const locked = await put({ ratings: [{ competencyId: c1.id, rating: 1 }] });
    expect(locked.status).toBe(409);
    expect((await myAssignments(owner))[0].ratings).toEqual([
      { competencyId: c1.id, rating: 4, comment: 'kind' },
    ]);
  });
});
