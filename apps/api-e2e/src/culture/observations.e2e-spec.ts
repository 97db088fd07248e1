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
