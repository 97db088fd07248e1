import type { ReviewCycle } from '@rapport/shared/contracts';
import { signup } from '../factories';
import { count, query } from '../support/db';
import { api, bearer, expectProblem, expectStatus } from '../support/http';
import {
  closeCycle,
  competencies,
  createCycle,
  createLocation,
  csv,
  leaderTeam,
  member,
  myAssignments,
  PERIOD,
} from './culture.factory';

const progress = (self: number, manager: number, peer: number, upward: number, submitted = 0) => ({
  total: self + manager + peer + upward,
  submitted,
  byRelation: {
    self: { total: self, submitted: 0 },
    manager: { total: manager, submitted: 0 },
    peer: { total: peer, submitted: 0 },
    upward: { total: upward, submitted: 0 },
  },
});

describe('review cycles', () => {
  it('generates self, manager, peer and upward reviews, and locks them when closed', async () => {
    const owner = await signup('Lumen');
    // Dr Lead ← {r1, r2}, all in one location.
    const team = await leaderTeam(owner, 2);
    const [r1, r2] = team.reports;
    const [c1] = await competencies(owner.token);

    // Defaults: 3 peers, upward on. The leader is rated upward by both reports (who are then not also
    // their peers); each report gets the leader as manager and the other report as peer.
    const cycle = (
      await expectStatus(
        api()
          .post('/api/review-cycles')
          .set(bearer(owner.token))
          .send({ name: 'Q3', periodStart: PERIOD.start, periodEnd: PERIOD.end }),
        201,
      )
    ).body as ReviewCycle;
    expect(cycle).toMatchObject({
      peersPerPerson: 3,
      includeUpward: true,
      status: 'open',
      closedAt: null,
      locationIds: null,
    });
    expect(cycle.progress).toEqual(progress(3, 2, 2, 2));
    expect(await count('review_assignments', { cycle_id: cycle.id })).toBe(9);
    const mine = await myAssignments(r1.session);
    expect(mine.map((a) => [a.relation, a.subject.staffMemberId]).sort()).toEqual(
      [
        ['peer', r2.staff.id],
        ['self', r1.staff.id],
        ['upward', team.leader.staff.id],
      ].sort(),
    );

    const narrow = await createCycle(owner.token, {
      name: 'Managers only',
      includeUpward: false,
      peersPerPerson: 0,
    });
    expect(narrow.progress).toEqual(progress(3, 2, 0, 0));
    // A cycle limited to a location without anyone who can review has nothing to generate.
    const empty = await createLocation(owner.token, 'Empty clinic', 'EMPTY');
    const none = await api()
      .post('/api/review-cycles')
      .set(bearer(owner.token))
      .send({ name: 'Nobody', periodStart: PERIOD.start, periodEnd: PERIOD.end, locationIds: [empty.id] });
    expectProblem(none, 409);
    expect(await count('review_cycles')).toBe(2);

    const closed = await closeCycle(owner.token, cycle.id);
    expect(closed.status).toBe('closed');
    expect(typeof closed.closedAt).toBe('string');
    expectProblem(await api().post(`/api/review-cycles/${cycle.id}/close`).set(bearer(owner.token)), 409);
    const upward = mine.find((a) => a.relation === 'upward');
    const late = await api()
      .put(`/api/review-assignments/${upward?.id}`)
      .set(bearer(r1.session.token))
      .send({ ratings: [{ competencyId: c1.id, rating: 3 }] });
    expectProblem(late, 409);
    expect(await query('SELECT status, ratings FROM review_assignments WHERE id = $1', [upward?.id])).toEqual(
      [{ status: 'not_started', ratings: [] }],
    );
    expect(await count('audit_events', { action: 'review_cycle.closed', entity_id: cycle.id })).toBe(1);

    // Someone else's assignment does not exist for the caller.
    expectProblem(
      await api().get(`/api/review-assignments/${upward?.id}`).set(bearer(r2.session.token)),
      404,
    );
  });

  it('asks the reports of every role that may own leadership goals for upward reviews, owners included', async () => {
    const owner = await signup('Lumen');
    const location = await createLocation(owner.token);
    const at = { locationId: location.id };
    // The practice owner is a physician with two reports; an HR manager with one report is no leader.
    const physician = await member(owner, ['owner'], { ...at, roleTitle: 'Physician', name: 'Dr Owner' });
    const reports = [
      await member(owner, ['staff'], { ...at, managerId: physician.staff.id, name: 'Report 1' }),
      await member(owner, ['staff'], { ...at, managerId: physician.staff.id, name: 'Report 2' }),
    ];
    const hr = await member(owner, ['hr'], { ...at, roleTitle: 'HR manager', name: 'Hal HR' });
    const hrReport = await member(owner, ['staff'], { ...at, managerId: hr.staff.id, name: 'Report 3' });

    const cycle = await createCycle(owner.token);
    expect(cycle.progress.byRelation.upward).toEqual({ total: 2, submitted: 0 });
    const upward = await query<{ subject_staff_id: string; rater_user_id: string }>(
      "SELECT subject_staff_id, rater_user_id FROM review_assignments WHERE relation = 'upward' ORDER BY rater_user_id",
    );
    expect(upward).toEqual(
      reports
        .map((r) => ({ subject_staff_id: physician.staff.id, rater_user_id: r.session.user.id }))
        .sort((a, b) => (a.rater_user_id < b.rater_user_id ? -1 : 1)),
    );
    for (const r of reports) {
      expect(
        (await myAssignments(r.session)).filter((a) => a.relation === 'upward').map((a) => a.subject.staffMemberId),
      ).toEqual([physician.staff.id]);
    }
    expect((await myAssignments(hrReport.session)).some((a) => a.relation === 'upward')).toBe(false);
  });

  it('gives each role the culture routes it needs and 403 elsewhere', async () => {
    const owner = await signup('Lumen');
    const team = await leaderTeam(owner, 1);
    const staff = team.reports[0].session;
    const leader = team.leader.session;
    const cycle = await createCycle(owner.token);
    const before = { cycles: await count('review_cycles'), staff: await count('staff_members') };

    const forbiddenToStaff = [
      api().get('/api/review-cycles').set(bearer(staff.token)),
      api()
        .post('/api/review-cycles')
        .set(bearer(staff.token))
        .send({ name: 'x', periodStart: PERIOD.start, periodEnd: PERIOD.end }),
      api().get(`/api/review-cycles/${cycle.id}`).set(bearer(staff.token)),
      api().post(`/api/review-cycles/${cycle.id}/close`).set(bearer(staff.token)),
      api().post('/api/staff').set(bearer(staff.token)).send({}),
      api().patch(`/api/staff/${team.leader.staff.id}`).set(bearer(staff.token)).send({ name: 'x' }),
      api().get('/api/leadership-goals').set(bearer(staff.token)),
      api().post('/api/leadership-goals').set(bearer(staff.token)).send({}),
      api().get(`/api/leaders/${leader.user.id}/overview`).set(bearer(staff.token)),
      api().get('/api/culture/heatmap').set(bearer(staff.token)),
      api().get('/api/culture/scores').query({ level: 'location' }).set(bearer(staff.token)),
      api().put('/api/culture/settings').set(bearer(staff.token)).send({ anonymityMinRaters: 4 }),
      api()
        .post('/api/service-metrics/import')
        .set(bearer(staff.token))
        .attach('file', Buffer.from(csv([['staff_email']])), 'm.csv'),
    ];
    for (const req of forbiddenToStaff) expectProblem(await req, 403);

    // Leaders read cycles and the culture overview, but HR runs cycles, staff records and settings.
    await expectStatus(api().get(`/api/review-cycles/${cycle.id}`).set(bearer(leader.token)), 200);
    await expectStatus(api().get('/api/culture/heatmap').set(bearer(leader.token)), 200);
    for (const req of [
      api()
        .post('/api/review-cycles')
        .set(bearer(leader.token))
        .send({ name: 'x', periodStart: PERIOD.start, periodEnd: PERIOD.end }),
      api().post(`/api/review-cycles/${cycle.id}/close`).set(bearer(leader.token)),
      api().patch(`/api/staff/${team.reports[0].staff.id}`).set(bearer(leader.token)).send({ name: 'x' }),
      api().put('/api/culture/settings').set(bearer(leader.token)).send({ anonymityMinRaters: 4 }),
    ]) {
      expectProblem(await req, 403);
    }
    expect({ cycles: await count('review_cycles'), staff: await count('staff_members') }).toEqual(before);
    expect(await query('SELECT status FROM review_cycles')).toEqual([{ status: 'open' }]);
    expect(await count('culture_settings')).toBe(0);
  });
});
