import type {
  AuditEvent,
  CultureHeatmap,
  CultureScoresResponse,
  LeaderOverview,
  Page,
  ReviewCycle,
  ReviewResults,
} from '@rapport/shared/contracts';
import { signup, type Session } from '../factories';
import { count, query } from '../support/db';
import { api, bearer, errorFields, expectProblem, expectStatus } from '../support/http';
import {
  closeCycle,
  competencies,
  createCycle,
  leaderTeam,
  type Member,
  PERIOD,
  review,
} from './culture.factory';

const results = (token: string, cycleId: string, staffMemberId: string) =>
  api().get(`/api/review-cycles/${cycleId}/results`).query({ staffMemberId }).set(bearer(token));

/** Fails naming the leaked value when any rater's identity (or a withheld comment) appears anywhere in the JSON. */
function expectNoLeak(body: unknown, raters: Member[], withheld: string[] = []): void {
  const text = JSON.stringify(body);
  for (const r of raters) {
    for (const secret of [r.session.user.id, r.session.email, r.staff.id]) expect(text).not.toContain(secret);
  }
  for (const secret of withheld) expect(text).not.toContain(secret);
}

async function heatmapCell(owner: Session, competencyId: string, locationId: string) {
  const res = await expectStatus(
    api()
      .get('/api/culture/heatmap')
      .query({ from: PERIOD.months[0], to: PERIOD.months[2], by: 'location' })
      .set(bearer(owner.token)),
    200,
  );
  return (res.body as CultureHeatmap).cells.find(
    (c) => c.competencyId === competencyId && c.groupKey === locationId,
  );
}

describe('peer and upward results are anonymous', () => {
  it('suppresses two upward raters: nothing before close, then no mean, no comments and no identities', async () => {
    const owner = await signup('Lumen');
    const team = await leaderTeam(owner, 2);
    const [c1] = await competencies(owner.token);
    const cycle = await createCycle(owner.token);
    expect(cycle.progress.byRelation.upward).toEqual({ total: 2, submitted: 0 });
    const comments = ['SECRET-comment-one', 'SECRET-comment-two'];
    await review(team.reports[0].session, team.leader.staff.id, 'upward', [
      { competencyId: c1.id, rating: 2, comment: comments[0] },
    ]);
    await review(team.reports[1].session, team.leader.staff.id, 'upward', [
      { competencyId: c1.id, rating: 5, comment: comments[1] },
    ]);

    // While open, even an overseer gets no number: it would move with each submission.
    const open = (await expectStatus(results(owner.token, cycle.id, team.leader.staff.id), 200))
      .body as ReviewResults;
    expect(open.cycleStatus).toBe('open');
    for (const c of open.competencies)
      expect(c.upward).toEqual({ suppressed: true, reason: 'cycle_open', minRaters: 3 });
    expectNoLeak(open, team.reports, comments);

    await closeCycle(owner.token, cycle.id);
    const closed = (await expectStatus(results(owner.token, cycle.id, team.leader.staff.id), 200))
      .body as ReviewResults;
    expect(closed.competencies.find((c) => c.competencyId === c1.id)?.upward).toEqual({
      suppressed: true,
      reason: 'below_min_raters',
      minRaters: 3,
    });
    expectNoLeak(closed, team.reports, comments);

    // The same holds on every other route that touches these reviews.
    const overview = (
      await expectStatus(
        api()
          .get(`/api/leaders/${team.leader.session.user.id}/overview`)
          .set(bearer(team.leader.session.token)),
        200,
      )
    ).body as LeaderOverview;
    const trend = overview.upwardTrend.find((t) => t.competencyId === c1.id);
    expect(trend?.points.map((p) => p.aggregate)).toEqual([
      { suppressed: true, reason: 'below_min_raters', minRaters: 3 },
    ]);
    expect(overview.gap.find((g) => g.competencyId === c1.id)).toMatchObject({
      staff: { suppressed: true },
      gap: null,
    });
    expectNoLeak(overview, team.reports, comments);

    const progress = (
      await expectStatus(api().get(`/api/review-cycles/${cycle.id}`).set(bearer(owner.token)), 200)
    ).body as ReviewCycle;
    expect(progress.progress.byRelation.upward).toEqual({ total: 2, submitted: 2 });
    expectNoLeak(progress, team.reports, comments);

    // A group below the minimum contributes nothing, not even the fact that it exists (ADR 0006).
    expect(await heatmapCell(owner, c1.id, team.location.id)).toMatchObject({
      insufficient_data: true,
      reason: 'no_data',
      n: null,
      mean: null,
    });

    // The audit trail records the submissions without an actor, subject or ratings.
    const audit = (
      await expectStatus(
        api().get('/api/audit-events').query({ entityType: 'review_assignment' }).set(bearer(owner.token)),
        200,
      )
    ).body as Page<AuditEvent>;
    expect(audit.items).toHaveLength(2);
    for (const e of audit.items)
      expect(e).toMatchObject({ actorUserId: null, after: { cycleId: cycle.id, relation: 'upward' } });
    expectNoLeak(audit, team.reports, comments);
    const rows = await query<{ actor_user_id: string | null }>(
      "SELECT actor_user_id FROM audit_events WHERE entity_type = 'review_assignment'",
    );
    expect(rows).toEqual([{ actor_user_id: null }, { actor_user_id: null }]);

    // A report is a peer of the other report and a subordinate of the leader: the results are not theirs to read.
    expectProblem(await results(team.reports[0].session.token, cycle.id, team.leader.staff.id), 404);
  });

  it('shows three upward raters as an aggregate with n, mean and sorted comments, per competency', async () => {
    const owner = await signup('Lumen');
    const team = await leaderTeam(owner, 3);
    const [c1, c2] = await competencies(owner.token);
    const cycle = await createCycle(owner.token);
    const [r1, r2, r3] = team.reports.map((r) => r.session);
    await review(r1, team.leader.staff.id, 'upward', [
      { competencyId: c1.id, rating: 2, comment: 'bravo: greets us' },
      { competencyId: c2.id, rating: 3 },
    ]);
    await review(r2, team.leader.staff.id, 'upward', [
      { competencyId: c1.id, rating: 4, comment: 'alpha: listens' },
      { competencyId: c2.id, rating: 4 },
    ]);
    // Only two raters rate c2, so c2 stays suppressed although the leader has three upward reviews.
    await review(r3, team.leader.staff.id, 'upward', [
      { competencyId: c1.id, rating: 5, comment: 'charlie: late replies' },
    ]);
    await review(team.leader.session, team.leader.staff.id, 'self', [
      { competencyId: c1.id, rating: 5, comment: 'I am warm' },
    ]);
    await closeCycle(owner.token, cycle.id);

    const body = (await expectStatus(results(owner.token, cycle.id, team.leader.staff.id), 200))
      .body as ReviewResults;
    const r1Result = body.competencies.find((c) => c.competencyId === c1.id);
    expect(r1Result?.upward).toEqual({
      suppressed: false,
      n: 3,
      mean: expect.closeTo(11 / 3, 6),
      comments: ['alpha: listens', 'bravo: greets us', 'charlie: late replies'],
    });
    expect(r1Result?.self).toEqual({ rating: 5, comment: 'I am warm' });
    expect(body.competencies.find((c) => c.competencyId === c2.id)?.upward).toEqual({
      suppressed: true,
      reason: 'below_min_raters',
      minRaters: 3,
    });
    expectNoLeak(body, team.reports);

    const overview = (
      await expectStatus(
        api().get(`/api/leaders/${team.leader.session.user.id}/overview`).set(bearer(owner.token)),
        200,
      )
    ).body as LeaderOverview;
    expect(overview.gapCycleId).toBe(cycle.id);
    const gap = overview.gap.find((g) => g.competencyId === c1.id);
    expect(gap).toMatchObject({ self: 5, staff: { suppressed: false, n: 3 }, cyclesPooled: [cycle.id] });
    expect(gap?.gap).toBeCloseTo(5 - 11 / 3, 6);
    expectNoLeak(overview, team.reports);

    expect(await heatmapCell(owner, c1.id, team.location.id)).toMatchObject({
      insufficient_data: false,
      n: 3,
      mean: expect.closeTo(11 / 3, 6),
    });

    // The leader's 360 component: mean over raters of each rater's mean (self excluded): (2.5 + 4 + 5) / 3.
    const scores = (
      await expectStatus(
        api()
          .get('/api/culture/scores')
          .query({ level: 'staff', period: 'quarter', from: PERIOD.months[0], to: PERIOD.months[2] })
          .set(bearer(owner.token)),
        200,
      )
    ).body as CultureScoresResponse;
    const point = scores.items.find((i) => i.subjectId === team.leader.staff.id)?.points[0];
    const expected360 = ((11.5 / 3 - 1) / 4) * 100;
    expect(point?.breakdown.components).toEqual([
      { component: 'ratings360', value: expect.closeTo(expected360, 6), weight: 0.5, effectiveWeight: 1 },
    ]);
    expect(point?.score).toBeCloseTo(expected360, 6);
    expect(point?.insufficient_data).toBe(true); // no observations, no metrics
    expectNoLeak(
      scores.items.map((i) => i.points),
      team.reports,
    );

    // Raising the organization's minimum to 4 withdraws the aggregate everywhere.
    await expectStatus(
      api().put('/api/culture/settings').set(bearer(owner.token)).send({ anonymityMinRaters: 4 }),
      200,
    );
    const raised = (await expectStatus(results(owner.token, cycle.id, team.leader.staff.id), 200))
      .body as ReviewResults;
    expect(raised.minRaters).toBe(4);
    expect(raised.competencies.find((c) => c.competencyId === c1.id)?.upward).toEqual({
      suppressed: true,
      reason: 'below_min_raters',
      minRaters: 4,
    });
    expectNoLeak(raised, team.reports, ['alpha: listens']);
    // The group is now below the raised minimum: it leaves the heatmap altogether.
    expect(await heatmapCell(owner, c1.id, team.location.id)).toMatchObject({
      insufficient_data: true,
      reason: 'no_data',
    });
  });
});

describe('small teams are pooled across cycles', () => {
  it('pools two closed cycles whose upward raters reach 3 only together, counting each rater once', async () => {
    const owner = await signup('Lumen');
    const team = await leaderTeam(owner, 3);
    const [c1] = await competencies(owner.token);
    const [r1, r2, r3] = team.reports.map((r) => r.session);
    const leaderId = team.leader.staff.id;

    // Q2: r1 and r2 rate the leader; Q3: r2 and r3. Two raters per cycle, three distinct in all.
    const q2 = await createCycle(owner.token, { name: 'Q2', periodStart: '2026-04-01', periodEnd: '2026-06-30' });
    await review(r1, leaderId, 'upward', [{ competencyId: c1.id, rating: 2 }]);
    await review(r2, leaderId, 'upward', [{ competencyId: c1.id, rating: 4 }]);
    await closeCycle(owner.token, q2.id);
    const q3 = await createCycle(owner.token, { name: 'Q3', periodStart: PERIOD.start, periodEnd: PERIOD.end });
    await review(r2, leaderId, 'upward', [{ competencyId: c1.id, rating: 5 }]);
    await review(r3, leaderId, 'upward', [{ competencyId: c1.id, rating: 3 }]);
    await closeCycle(owner.token, q3.id);

    const overview = (
      await expectStatus(
        api()
          .get(`/api/leaders/${team.leader.session.user.id}/overview`)
          .set(bearer(team.leader.session.token)),
        200,
      )
    ).body as LeaderOverview;
    const points = overview.upwardTrend.find((t) => t.competencyId === c1.id)?.points ?? [];
    expect(points.map((p) => p.cycleId)).toEqual([q2.id, q3.id]);
    // Q2 on its own has two raters: withheld.
    expect(points[0]).toMatchObject({
      aggregate: { suppressed: true, reason: 'below_min_raters', minRaters: 3 },
      cyclesPooled: [],
      pooled: false,
    });
    // Q3 pooled with Q2: three raters (r2 once, with the mean of their two ratings): (2 + 4.5 + 3) / 3.
    expect(points[1]).toMatchObject({ cycleId: q3.id, pooled: true });
    expect(points[1].aggregate).toEqual({ suppressed: false, n: 3, mean: expect.closeTo(9.5 / 3, 6), comments: [] });
    expect([...points[1].cyclesPooled].sort()).toEqual([q2.id, q3.id].sort());
    // The gap reads the same pooled point.
    const gap = overview.gap.find((g) => g.competencyId === c1.id);
    expect(gap).toMatchObject({ staff: { suppressed: false, n: 3 }, self: null, gap: null });
    expect([...(gap?.cyclesPooled ?? [])].sort()).toEqual([q2.id, q3.id].sort());
    expectNoLeak(overview, team.reports);
  });
});

describe('the anonymity minimum can be raised, never lowered below 3', () => {
  it('refuses 2 and writes nothing, lets owners raise it, and keeps staff out', async () => {
    const owner = await signup('Lumen');
    const staff = (await leaderTeam(owner, 1)).reports[0].session;
    const settings = (token: string) => api().get('/api/culture/settings').set(bearer(token));
    const put = (token: string, body: object) =>
      api().put('/api/culture/settings').set(bearer(token)).send(body);

    expect((await expectStatus(settings(staff.token), 200)).body).toEqual({ anonymityMinRaters: 3 });
    expect(errorFields(await put(owner.token, { anonymityMinRaters: 2 }))).toEqual(['anonymityMinRaters']);
    expect(errorFields(await put(owner.token, { anonymityMinRaters: 3.5 }))).toEqual(['anonymityMinRaters']);
    expect(await count('culture_settings')).toBe(0);
    expectProblem(await put(staff.token, { anonymityMinRaters: 5 }), 403);
    expect(await count('culture_settings')).toBe(0);

    expect((await expectStatus(put(owner.token, { anonymityMinRaters: 5 }), 200)).body).toEqual({
      anonymityMinRaters: 5,
    });
    expect((await expectStatus(settings(staff.token), 200)).body).toEqual({ anonymityMinRaters: 5 });
    expect(await query('SELECT anonymity_min_raters FROM culture_settings')).toEqual([
      { anonymity_min_raters: 5 },
    ]);
    // Below the floor stays refused once a higher value is stored, and the stored value is kept.
    expect(errorFields(await put(owner.token, { anonymityMinRaters: 1 }))).toEqual(['anonymityMinRaters']);
    expect(await query('SELECT anonymity_min_raters FROM culture_settings')).toEqual([
      { anonymity_min_raters: 5 },
    ]);
  });
});
