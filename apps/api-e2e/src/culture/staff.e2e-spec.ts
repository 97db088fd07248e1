import type { Application, Opening, StaffMember, StaffMemberDraft } from '@rapport/shared/contracts';
import { signup, userWithRoles, type Session } from '../factories';
import { createKit } from '../hiring/hiring.factory';
import { count, query } from '../support/db';
import { api, bearer, errorFields, expectProblem, expectStatus } from '../support/http';
import { createLocation, createStaff } from './culture.factory';

/** An application to a "Patient coordinator" opening, managed by the owner, at `stage` 'applied'. */
async function application(
  owner: Session,
  locationId: string,
): Promise<{ application: Application; opening: Opening }> {
  const kit = await createKit(owner.token);
  const opening = (
    await expectStatus(
      api()
        .post('/api/openings')
        .set(bearer(owner.token))
        .send({ title: 'Patient coordinator', locationId, hiringManagerId: owner.user.id, kitId: kit.id }),
      201,
    )
  ).body as Opening;
  const candidate = (
    await expectStatus(
      api()
        .post('/api/candidates')
        .set(bearer(owner.token))
        .send({ name: 'Casey Lind', email: 'Casey.Lind@Example.com', source: 'Referral' }),
      201,
    )
  ).body as { id: string };
  const app = (
    await expectStatus(
      api()
        .post('/api/applications')
        .set(bearer(owner.token))
        .send({ candidateId: candidate.id, openingId: opening.id }),
      201,
    )
  ).body as Application;
  return { application: app, opening };
}

describe('staff records', () => {
  it('drafts a staff member from a hired application only, once, and links it', async () => {
    const owner = await signup('Lumen');
    const location = await createLocation(owner.token);
    const { application: app, opening } = await application(owner, location.id);
    const draft = () => api().get(`/api/staff/from-application/${app.id}`).set(bearer(owner.token));

    expectProblem(await draft(), 409);
    // Only a hired application can be linked.
    const early = await api().post('/api/staff').set(bearer(owner.token)).send({
      name: 'Casey Lind',
      email: 'casey.lind@example.com',
      roleTitle: 'Patient coordinator',
      locationId: location.id,
      hiredAt: '2026-10-01',
      applicationId: app.id,
    });
    expect(errorFields(early)).toEqual(['applicationId']);
    expect(await count('staff_members')).toBe(0);

    await expectStatus(
      api().post(`/api/applications/${app.id}/stage`).set(bearer(owner.token)).send({ stage: 'hired' }),
      200,
    );
    const prefilled = (await expectStatus(draft(), 200)).body as StaffMemberDraft;
    expect(prefilled).toEqual({
      name: 'Casey Lind',
      email: 'casey.lind@example.com',
      roleTitle: opening.title,
      locationId: location.id,
      applicationId: app.id,
    });
    const created = (
      await expectStatus(
        api()
          .post('/api/staff')
          .set(bearer(owner.token))
          .send({ ...prefilled, hiredAt: '2026-10-01' }),
        201,
      )
    ).body as StaffMember;
    expect(created).toMatchObject({
      ...prefilled,
      hiredAt: '2026-10-01',
      managerId: null,
      userId: null,
      version: 1,
    });
    expect(await query('SELECT application_id FROM staff_members WHERE id = $1', [created.id])).toEqual([
      { application_id: app.id },
    ]);
    expectProblem(await draft(), 409); // already created from this application

    // Another practice, a staff user and a malformed id get nothing.
    const other = await signup('Other');
    expectProblem(await api().get(`/api/staff/from-application/${app.id}`).set(bearer(other.token)), 404);
    const staff = await userWithRoles(owner, ['staff']);
    expectProblem(await api().get(`/api/staff/from-application/${app.id}`).set(bearer(staff.token)), 403);
    expectProblem(await api().get('/api/staff/from-application/not-a-uuid').set(bearer(owner.token)), 404);
  });

  it('edits with optimistic locking, refuses reporting loops and duplicate e-mails, and checks roles', async () => {
    const owner = await signup('Lumen');
    const location = await createLocation(owner.token);
    const boss = await createStaff(owner.token, {
      locationId: location.id,
      name: 'Boss',
      email: 'boss@lumen.test',
    });
    const ana = await createStaff(owner.token, {
      locationId: location.id,
      name: 'Ana',
      email: 'ana@lumen.test',
      managerId: boss.id,
    });
    const patch = (id: string, body: object, token = owner.token) =>
      api().patch(`/api/staff/${id}`).set(bearer(token)).send(body);

    const renamed = (await expectStatus(patch(ana.id, { name: 'Ana Ruiz', version: ana.version }), 200))
      .body as StaffMember;
    expect(renamed.version).toBe(ana.version + 1);
    expectProblem(await patch(ana.id, { name: 'Stale edit', version: ana.version }), 409);
    expect(await query('SELECT name FROM staff_members WHERE id = $1', [ana.id])).toEqual([
      { name: 'Ana Ruiz' },
    ]);

    expect(errorFields(await patch(boss.id, { managerId: ana.id, version: boss.version }))).toEqual(['managerId']);
    expect(errorFields(await patch(ana.id, { managerId: ana.id, version: renamed.version }))).toEqual(['managerId']);
    expect(await query('SELECT manager_id FROM staff_members WHERE id = $1', [boss.id])).toEqual([
      { manager_id: null },
    ]);

    // E-mails are unique per practice, whatever their case.
    const dup = await api()
      .post('/api/staff')
      .set(bearer(owner.token))
      .send({
        name: 'Ana 2',
        email: 'ANA@lumen.test',
        roleTitle: 'Nurse',
        locationId: location.id,
        hiredAt: '2026-01-05',
      });
    expectProblem(dup, 409);
    expect(await count('staff_members')).toBe(2);

    // Staff read the directory but create and edit nothing.
    const staff = await userWithRoles(owner, ['staff']);
    expect((await expectStatus(api().get('/api/staff').set(bearer(staff.token)), 200)).body.total).toBe(2);
    expect(
      (await expectStatus(api().get(`/api/staff/${ana.id}`).set(bearer(staff.token)), 200)).body.name,
    ).toBe('Ana Ruiz');
    expectProblem(await patch(ana.id, { name: 'By staff' }, staff.token), 403);
    const post = await api()
      .post('/api/staff')
      .set(bearer(staff.token))
      .send({
        name: 'X',
        email: 'x@lumen.test',
        roleTitle: 'Nurse',
        locationId: location.id,
        hiredAt: '2026-01-05',
      });
    expectProblem(post, 403);
    expect(await count('staff_members')).toBe(2);
    expect(
      (
        await expectStatus(
          api().get('/api/staff').query({ managerId: boss.id }).set(bearer(owner.token)),
          200,
        )
      ).body.items,
    ).toEqual([expect.objectContaining({ id: ana.id })]);
  });
});
