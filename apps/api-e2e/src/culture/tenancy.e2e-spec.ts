import type {
  CultureHeatmap,
  CultureScoresResponse,
  Observation,
  ReviewAssignment,
} from '@rapport/shared/contracts';
import { signup } from '../factories';
import { count, query } from '../support/db';
import { api, bearer, errorFields, expectProblem, expectStatus } from '../support/http';
import {
  competencies,
  createCycle,
  createGoal,
  csv,
  importCsv,
  leaderTeam,
  myAssignments,
  observe,
  PERIOD,
} from './culture.factory';

/** Practice A with one of each culture record; B is a second practice that must see none of them. */
async function twoPractices() {
  const ownerA = await signup('Practice A');
  const team = await leaderTeam(ownerA, 1);
  const report = team.reports[0];
  const [c1] = await competencies(ownerA.token);
  const observation = (
    await expectStatus(
      observe(ownerA.token, {
        staffMemberId: report.staff.id,
        competencyId: c1.id,
        kind: 'coaching',
        note: 'A only',
      }),
      201,
    )
  ).body as Observation;
  const cycle = await createCycle(ownerA.token);
  const assignment = (await myAssignments(report.session)).find(
    (a) => a.relation === 'upward',
  ) as ReviewAssignment;
  const goal = await createGoal(team.leader.session.token, team.leader.session.user.id, c1.id);
  await expectStatus(
    importCsv(
      ownerA.token,
      csv([
        ['staff_email', 'period', 'metric', 'value'],
        [report.session.email, '2026-08', 'on_time_rate', '0.9'],
      ]),
    ),
    200,
  );
  const ownerB = await signup('Practice B');
  return { ownerA, team, report, c1, observation, cycle, assignment, goal, ownerB };
}

describe('culture data is tenant-scoped', () => {
  it("answers 404 to another organization's records, on reads and writes, and changes nothing", async () => {
    const a = await twoPractices();
    const b = bearer(a.ownerB.token);
    const staffId = a.report.staff.id;
    const notFound = [
      api().get(`/api/staff/${staffId}`).set(b),
      api().patch(`/api/staff/${staffId}`).set(b).send({ name: 'Renamed by B', version: 1 }),
      api().get(`/api/review-cycles/${a.cycle.id}`).set(b),
      api()
        .get(`/api/review-cycles/${a.cycle.id}/results`)
        .query({ staffMemberId: a.team.leader.staff.id })
        .set(b),
      api().post(`/api/review-cycles/${a.cycle.id}/close`).set(b),
      api().get(`/api/review-assignments/${a.assignment.id}`).set(b),
      api().put(`/api/review-assignments/${a.assignment.id}`).set(b).send({ ratings: [] }),
      api().post(`/api/review-assignments/${a.assignment.id}/submit`).set(b),
      api().get(`/api/leadership-goals/${a.goal.id}`).set(b),
      api().patch(`/api/leadership-goals/${a.goal.id}`).set(b).send({ title: 'Taken over', version: 1 }),
      api()
        .post(`/api/leadership-goals/${a.goal.id}/check-ins`)
        .set(b)
        .send({ progress: 10, note: 'x', date: '2026-10-01' }),
      api().get(`/api/leaders/${a.team.leader.session.user.id}/overview`).set(b),
    ];
    for (const req of notFound) expectProblem(await req, 404);

    expect(await query('SELECT name FROM staff_members WHERE id = $1', [staffId])).toEqual([
      { name: a.report.staff.name },
    ]);
    expect(await query('SELECT status FROM review_cycles WHERE id = $1', [a.cycle.id])).toEqual([
      { status: 'open' },
    ]);
    expect(await query('SELECT status FROM review_assignments WHERE id = $1', [a.assignment.id])).toEqual([
      { status: 'not_started' },
    ]);
    expect(await query('SELECT title FROM leadership_goals WHERE id = $1', [a.goal.id])).toEqual([
      { title: a.goal.title },
    ]);
    expect(await count('leadership_check_ins')).toBe(0);

    // B's lists are empty, even when filtered by A's ids.
    for (const [path, params] of [
      ['/api/staff', {}],
      ['/api/observations', {}],
      ['/api/observations', { staffMemberId: staffId }],
      ['/api/review-cycles', {}],
      ['/api/me/review-assignments', {}],
      ['/api/leadership-goals', {}],
      ['/api/leadership-goals', { ownerId: a.team.leader.session.user.id }],
      ['/api/service-metrics', {}],
      ['/api/service-metrics', { staffMemberId: staffId }],
    ] as const) {
      const res = await expectStatus(api().get(path).query(params).set(b), 200);
      expect({ path, params, body: res.body }).toEqual({ path, params, body: { items: [], total: 0, nextCursor: null } });
    }
    const range = { from: PERIOD.months[0], to: PERIOD.months[2] };
    for (const level of ['staff', 'location']) {
      const res = await expectStatus(
        api()
          .get('/api/culture/scores')
          .query({ level, ...range })
          .set(b),
        200,
      );
      expect((res.body as CultureScoresResponse).items).toEqual([]);
    }
    const heatmap = (await expectStatus(api().get('/api/culture/heatmap').query(range).set(b), 200))
      .body as CultureHeatmap;
    expect({ groups: heatmap.groups, cells: heatmap.cells }).toEqual({ groups: [], cells: [] });

    // B's settings are B's own.
    await expectStatus(api().put('/api/culture/settings').set(b).send({ anonymityMinRaters: 7 }), 200);
    expect(
      (await expectStatus(api().get('/api/culture/settings').set(bearer(a.ownerA.token)), 200)).body,
    ).toEqual({ anonymityMinRaters: 3 });
  });

  it("treats A's ids used from B as bad references and writes nothing", async () => {
    const a = await twoPractices();
    const b = bearer(a.ownerB.token);
    const before = {
      observations: await count('observations'),
      staff: await count('staff_members'),
      goals: await count('leadership_goals'),
      cycles: await count('review_cycles'),
      metrics: await count('service_metrics'),
    };

    const obs = await api()
      .post('/api/observations')
      .set(b)
      .send({
        staffMemberId: a.report.staff.id,
        competencyId: a.c1.id,
        kind: 'coaching',
        note: 'B writes on A',
        observedAt: '2026-08-10',
      });
    expect(errorFields(obs).sort()).toEqual(['competencyId', 'staffMemberId']);

    const staff = await api().post('/api/staff').set(b).send({
      name: 'Poached',
      email: 'poached@b.test',
      roleTitle: 'Nurse',
      locationId: a.team.location.id,
      managerId: a.team.leader.staff.id,
      userId: a.report.session.user.id,
      hiredAt: '2026-01-05',
    });
    expect(errorFields(staff).sort()).toEqual(['locationId', 'managerId', 'userId']);

    const goal = await api().post('/api/leadership-goals').set(b).send({
      ownerId: a.team.leader.session.user.id,
      competencyId: a.c1.id,
      title: 'Not yours',
      description: '',
      target: 't',
      dueDate: '2027-01-01',
    });
    expect(errorFields(goal).sort()).toEqual(['competencyId', 'ownerId']);

    const cycle = await api()
      .post('/api/review-cycles')
      .set(b)
      .send({
        name: 'B cycle',
        periodStart: PERIOD.start,
        periodEnd: PERIOD.end,
        locationIds: [a.team.location.id],
      });
    expect(errorFields(cycle)).toEqual(['locationIds.0']);

    // A's people and locations are unknown to B's import.
    const file = csv([
      ['staff_email', 'location_code', 'period', 'metric', 'value'],
      [a.report.session.email, '', '2026-08', 'on_time_rate', '0.1'],
      ['', a.team.location.code, '2026-08', 'on_time_rate', '0.1'],
    ]);
    const imported = await importCsv(a.ownerB.token, file);
    expectProblem(imported, 400);
    expect((imported.body.errors as { line: number }[]).map((e) => e.line)).toEqual([2, 3]);

    // A's rater cannot rate B's competencies either.
    const [bCompetency] = await competencies(a.ownerB.token);
    const rating = await api()
      .put(`/api/review-assignments/${a.assignment.id}`)
      .set(bearer(a.report.session.token))
      .send({ ratings: [{ competencyId: bCompetency.id, rating: 4 }] });
    expect(errorFields(rating)).toEqual(['ratings.0.competencyId']);

    expect({
      observations: await count('observations'),
      staff: await count('staff_members'),
      goals: await count('leadership_goals'),
      cycles: await count('review_cycles'),
      metrics: await count('service_metrics'),
    }).toEqual(before);
    expect(await query('SELECT value FROM service_metrics')).toEqual([{ value: 0.9 }]);
    expect(
      await query('SELECT status, ratings FROM review_assignments WHERE id = $1', [a.assignment.id]),
    ).toEqual([{ status: 'not_started', ratings: [] }]);
  });
});
