import type { CultureScoresResponse, Observation, Page } from '@rapport/shared/contracts';
import { signup } from '../factories';
import { count, query } from '../support/db';
import { api, bearer, errorFields, expectProblem, expectStatus } from '../support/http';
import { competencies, createLocation, createStaff, member, observe, PERIOD } from './culture.factory';

const list = async (token: string, params: Record<string, string> = {}) =>
  (await expectStatus(api().get('/api/observations').query(params).set(bearer(token)), 200))
    .body as Page<Observation>;

const notes = (page: Page<Observation>) => page.items.map((o) => o.note).sort();

describe('coaching notes are private, recognitions are the team’s', () => {
  it('shows a coaching note to the person, their manager chain, leaders and its author, never to a peer', async () => {
    const owner = await signup('Lumen');
    const location = await createLocation(owner.token);
    // lead ← mgr ← {ana, ben}: roles are plain staff, so only the reporting lines can grant access.
    const lead = await member(owner, ['staff'], { locationId: location.id, name: 'Lee Lead' });
    const mgr = await member(owner, ['staff'], {
      locationId: location.id,
      managerId: lead.staff.id,
      name: 'Mo Manager',
    });
    const ana = await member(owner, ['staff'], {
      locationId: location.id,
      managerId: mgr.staff.id,
      name: 'Ana',
    });
    const ben = await member(owner, ['staff'], {
      locationId: location.id,
      managerId: mgr.staff.id,
      name: 'Ben',
    });
    const leader = await member(owner, ['leader'], { locationId: location.id, name: 'Dr Other' });
    const [c1] = await competencies(owner.token);

    await expectStatus(
      observe(owner.token, {
        staffMemberId: ana.staff.id,
        competencyId: c1.id,
        kind: 'coaching',
        note: 'coach: interrupted a patient',
      }),
      201,
    );
    const recognition = (
      await expectStatus(
        observe(ben.session.token, {
          staffMemberId: ana.staff.id,
          competencyId: c1.id,
          kind: 'recognition',
          note: 'kudos: stayed late',
        }),
        201,
      )
    ).body as Observation;
    expect(recognition).toMatchObject({
      authorId: ben.session.user.id,
      kind: 'recognition',
      observedAt: '2026-08-10',
    });
    // A peer may record coaching too, and then reads their own note (they wrote it), but not the owner's.
    await expectStatus(
      observe(ben.session.token, {
        staffMemberId: ana.staff.id,
        competencyId: c1.id,
        kind: 'coaching',
        note: 'coach: from ben',
      }),
      201,
    );
    expect(await count('observations')).toBe(3);

    const peerView = await list(ben.session.token, { staffMemberId: ana.staff.id });
    expect(notes(peerView)).toEqual(['coach: from ben', 'kudos: stayed late']);
    expect(peerView.total).toBe(2); // the hidden note is not counted either

    for (const viewer of [ana, mgr, lead, leader]) {
      const page = await list(viewer.session.token, { staffMemberId: ana.staff.id });
      expect({ who: viewer.staff.name, notes: notes(page), total: page.total }).toEqual({
        who: viewer.staff.name,
        notes: ['coach: from ben', 'coach: interrupted a patient', 'kudos: stayed late'],
        total: 3,
      });
    }

    // Without the staffMemberId filter, and with paging, the hidden note stays out of the count.
    const peerAll = await list(ben.session.token, { limit: '1' });
    expect(peerAll.items).toHaveLength(1);
    expect(peerAll.total).toBe(2);
    const peerCoaching = await list(ben.session.token, { kind: 'coaching' });
    expect(notes(peerCoaching)).toEqual(['coach: from ben']);

    // A colleague who wrote none of the notes (an interviewer, without a culture role) reads the recognition
    // only, and may not record observations at all.
    const other = await member(owner, ['interviewer'], { locationId: location.id, name: 'Cy' });
    const otherView = await list(other.session.token);
    expect({ notes: notes(otherView), total: otherView.total }).toEqual({
      notes: ['kudos: stayed late'],
      total: 1,
    });
    expectProblem(
      await observe(other.session.token, {
        staffMemberId: ana.staff.id,
        competencyId: c1.id,
        kind: 'recognition',
      }),
      403,
    );
    expect(await count('observations')).toBe(3);

    // The same scope rules private culture scores: a peer's staff-level scores list only themself.
    const scores = (
      await expectStatus(
        api()
          .get('/api/culture/scores')
          .query({ from: PERIOD.months[0], to: PERIOD.months[2] })
          .set(bearer(ben.session.token)),
        200,
      )
    ).body as CultureScoresResponse;
    expect(scores.items.map((i) => i.subjectId)).toEqual([ben.staff.id]);
  });

  it('refuses an observation about oneself, a future day or a bad kind, and writes nothing', async () => {
    const owner = await signup('Lumen');
    const location = await createLocation(owner.token);
    // The owner's own staff record: an observation is about someone else.
    const self = await createStaff(owner.token, {
      locationId: location.id,
      userId: owner.user.id,
      email: owner.email,
    });
    const ana = await createStaff(owner.token, { locationId: location.id, name: 'Ana' });
    const [c1] = await competencies(owner.token);
    expect(
      errorFields(
        await observe(owner.token, { staffMemberId: self.id, competencyId: c1.id, kind: 'recognition' }),
      ),
    ).toEqual(['staffMemberId']);
    const future = await api()
      .post('/api/observations')
      .set(bearer(owner.token))
      .send({
        staffMemberId: ana.id,
        competencyId: c1.id,
        kind: 'coaching',
        note: 'n',
        observedAt: '2099-01-01',
      });
    expect(errorFields(future)).toEqual(['observedAt']);
    const kind = await observe(owner.token, {
      staffMemberId: ana.id,
      competencyId: c1.id,
      kind: 'praise' as 'recognition',
    });
    expect(errorFields(kind)).toEqual(['kind']);
    expect(await count('observations')).toBe(0);
    // Nothing was audited either: no write happened.
    expect(await query("SELECT 1 FROM audit_events WHERE action = 'observation.created'")).toEqual([]);
  });
});

describe('observation monthly counts (what culture scores read)', () => {
  /** The counts the trigger keeps, against the same counts computed afresh from the observations. */
  const kept = (org: string) =>
    query<{ staff: string; month: string; recognitions: number; coaching: number }>(
      `SELECT staff_member_id AS staff, to_char(month, 'YYYY-MM') AS month, recognitions, coaching
         FROM observation_monthly_counts WHERE organization_id = $1 AND recognitions + coaching > 0 ORDER BY 1, 2`,
      [org],
    );
  const fresh = (org: string) =>
    query<{ staff: string; month: string; recognitions: number; coaching: number }>(
      `SELECT staff_member_id AS staff, to_char(observed_at, 'YYYY-MM') AS month,
              (count(*) FILTER (WHERE kind = 'recognition'))::int AS recognitions,
              (count(*) FILTER (WHERE kind = 'coaching'))::int AS coaching
         FROM observations WHERE organization_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
      [org],
    );

  it('follow every insert, update and delete of observations, and vanish with the person', async () => {
    const owner = await signup('Lumen');
    const location = await createLocation(owner.token);
    const ana = await createStaff(owner.token, { locationId: location.id, name: 'Ana' });
    const ben = await createStaff(owner.token, { locationId: location.id, name: 'Ben' });
    const [c1] = await competencies(owner.token);
    for (const [person, kind, observedAt] of [
      [ana.id, 'recognition', '2026-08-10'],
      [ana.id, 'recognition', '2026-08-20'],
      [ana.id, 'coaching', '2026-09-01'],
      [ben.id, 'coaching', '2026-08-31'],
    ] as const) {
      await expectStatus(observe(owner.token, { staffMemberId: person, competencyId: c1.id, kind }).send({ observedAt }), 201);
    }
    const org = owner.org.id;
    const who = (rows: { staff: string; month: string; recognitions: number; coaching: number }[]) =>
      rows.map((r) => `${r.staff === ana.id ? 'Ana' : 'Ben'} ${r.month} ${r.recognitions}/${r.coaching}`).sort();
    expect(who(await kept(org))).toEqual(['Ana 2026-08 2/0', 'Ana 2026-09 0/1', 'Ben 2026-08 0/1']);
    expect(await kept(org)).toEqual(await fresh(org));

    // Writes that bypass the API (a fix-up, an erasure) keep them right too.
    await query(`UPDATE observations SET kind = 'coaching', observed_at = '2026-07-15' WHERE staff_member_id = $1 AND observed_at = '2026-08-20'`, [ana.id]);
    await query(`UPDATE observations SET staff_member_id = $1 WHERE staff_member_id = $2`, [ana.id, ben.id]);
    await query(`DELETE FROM observations WHERE staff_member_id = $1 AND observed_at = '2026-09-01'`, [ana.id]);
    expect(await kept(org)).toEqual(await fresh(org));
    expect((await kept(org)).map((r) => `${r.month} ${r.recognitions}/${r.coaching}`)).toEqual(['2026-07 0/1', '2026-08 1/1']);

    // The scores read the counts: Ana's July now has her coaching note.
    const series = (await expectStatus(
      api().get('/api/culture/scores').query({ level: 'staff', from: '2026-07', to: '2026-08' }).set(bearer(owner.token)),
      200,
    )).body as CultureScoresResponse;
    expect(series.items.find((i) => i.subjectId === ana.id)?.points.map((p) => p.breakdown.observations)).toEqual([
      { recognitions: 0, coaching: 1 },
      { recognitions: 1, coaching: 1 },
    ]);

    await query('DELETE FROM staff_members WHERE id = $1', [ana.id]);
    expect(await count('observation_monthly_counts', { staff_member_id: ana.id })).toBe(0);
  });
});
