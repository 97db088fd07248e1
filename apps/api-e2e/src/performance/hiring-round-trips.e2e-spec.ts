import type { Application, Debrief, Interview, Page } from '@rapport/shared/contracts';
import type { Response } from 'supertest';
import { signup, userWithRoles, type Session } from '../factories';
import { hiringWorld, type HiringWorld } from '../hiring/hiring.factory';
import { query } from '../support/db';
import { api, bearer, expectProblem, expectStatus } from '../support/http';

/**
 * Round trips of the hiring reads (issue 8): `x-db-queries` counts the statements a request ran
 * after the auth guard's. An interview is one statement (with what it hangs off and its panel),
 * a debrief two (application, interviews, kit versions and panels together; competency names),
 * and the answers are the ones the batched list route gives, byte for byte.
 */
const queries = (res: Response) => Number(res.headers['x-db-queries']);

const schedule = async (world: HiringWorld, applicationId: string, interviewerIds: string[], scheduledAt = '2026-12-01T15:00:00.000Z') =>
  (
    await expectStatus(
      api().post('/api/interviews').set(bearer(world.manager.token)).send({ applicationId, scheduledAt, interviewerIds }),
      201,
    )
  ).body as Interview;

async function submit(session: Session, interview: Interview, values: number[], recommendation: string): Promise<void> {
  const ratings = interview.questions.map((q, i) => ({ questionId: q.id, rating: values[i], evidence: `Said ${i + 1}` }));
  await expectStatus(api().put(`/api/interviews/${interview.id}/scorecards/me`).set(bearer(session.token)).send({ ratings, recommendation }), 200);
  await expectStatus(api().post(`/api/interviews/${interview.id}/scorecards/me/submit`).set(bearer(session.token)), 200);
}

/** The panel as the API promises it: by when the scorecard was opened, then id; with names and raw status. */
const panelOf = async (interviewId: string) =>
  query<{ interviewerId: string; name: string; scorecardStatus: string }>(
    `SELECT s.interviewer_id AS "interviewerId", u.name, s.status AS "scorecardStatus"
       FROM scorecards s JOIN users u ON u.id = s.interviewer_id WHERE s.interview_id = $1 ORDER BY s.created_at, s.id`,
    [interviewId],
  );

describe('hiring reads in few round trips', () => {
  it('GET /api/interviews/:id: one statement, the same bytes as the list route, the panel in its order', async () => {
    const world = await hiringWorld(await signup('Lumen'));
    const i3 = await userWithRoles(world.owner, ['interviewer']);
    const interview = await schedule(world, world.application.id, [world.i1.user.id, world.i2.user.id, i3.user.id]);
    await submit(world.i2, interview, [4, 3, 5], 'yes'); // rows updated in place, so their physical order moves

    const list = await expectStatus(api().get('/api/interviews').query({ openingId: world.opening.id }).set(bearer(world.manager.token)), 200);
    const [listed] = (list.body as Page<Interview>).items;
    for (const session of [world.manager, world.owner, world.i1, i3]) {
      const res = await expectStatus(api().get(`/api/interviews/${interview.id}`).set(bearer(session.token)), 200);
      expect({ queries: queries(res), body: res.text }).toEqual({ queries: 1, body: JSON.stringify(listed) });
    }
    expect(listed.panel).toEqual(await panelOf(interview.id));
    expect(listed.panel.map((p) => p.scorecardStatus).sort()).toEqual(['not_started', 'not_started', 'submitted']);

    // Not on the panel, or another organization: 404 as before.
    const outsider = await userWithRoles(world.owner, ['interviewer']);
    expectProblem(await api().get(`/api/interviews/${interview.id}`).set(bearer(outsider.token)), 404);
    expectProblem(await api().get(`/api/interviews/${interview.id}`).set(bearer((await signup('Elsewhere')).token)), 404);
  });

  it('debriefs: two statements for an application with several interviews, and for one interview', async () => {
    const world = await hiringWorld(await signup('Lumen'));
    const a = await schedule(world, world.application.id, [world.i1.user.id, world.i2.user.id], '2026-12-01T15:00:00.000Z');
    const b = await schedule(world, world.application.id, [world.i2.user.id, world.i1.user.id], '2026-12-03T15:00:00.000Z');
    await submit(world.i1, a, [5, 4, 3], 'yes');
    await submit(world.i2, a, [2, 3, 4], 'no');
    await submit(world.i2, b, [4, 4, 5], 'strong_yes');

    const res = await expectStatus(api().get(`/api/applications/${world.application.id}/debrief`).set(bearer(world.manager.token)), 200);
    expect(queries(res)).toBe(2);
    const debrief = res.body as Debrief;
    // Competency 1 (q1, q2) over both interviews: i1 5, 4 → 4.5; i2 2, 3, 4, 4 → 3.25. Competency 2 (q3): i1 3; i2 4, 5 → 4.5.
    expect(debrief).toMatchObject({ applicationId: world.application.id, interviewIds: [a.id, b.id], submittedScorecards: 3, pendingScorecards: 1 });
    expect(debrief.competencies.map((c) => [c.n, c.mean, c.min, c.max, c.disagreement])).toEqual([
      [2, 3.88, 3.25, 4.5, false],
      [2, 3.75, 3, 4.5, false],
    ]);
    expect(debrief.recommendations.map((r) => r.recommendation).sort()).toEqual(['no', 'strong_yes', 'yes']);

    const one = await expectStatus(api().get(`/api/interviews/${a.id}/debrief`).set(bearer(world.i1.token)), 200);
    expect(queries(one)).toBe(2);
    expect((one.body as Debrief).interviewIds).toEqual([a.id]);
    // i1 4.5 vs i2 2.5 on competency 1: a range of 2 is a disagreement.
    expect((one.body as Debrief).competencies[0]).toMatchObject({ n: 2, min: 2.5, max: 4.5, disagreement: true });

    // i1 has not submitted on b: 403 there; another organization: 404.
    expectProblem(await api().get(`/api/interviews/${b.id}/debrief`).set(bearer(world.i1.token)), 403);
    expectProblem(await api().get(`/api/applications/${world.application.id}/debrief`).set(bearer(world.i1.token)), 403);
    const other = await signup('Elsewhere');
    expectProblem(await api().get(`/api/applications/${world.application.id}/debrief`).set(bearer(other.token)), 404);
    expectProblem(await api().get(`/api/interviews/${a.id}/debrief`).set(bearer(other.token)), 404);
  });

  it('GET /api/interviews/:id/scorecards/me: one statement (the card, its pinned kit version and the name together)', async () => {
    const world = await hiringWorld(await signup('Lumen'));
    const interview = await schedule(world, world.application.id, [world.i1.user.id]);
    const res = await expectStatus(api().get(`/api/interviews/${interview.id}/scorecards/me`).set(bearer(world.i1.token)), 200);
    expect({ queries: queries(res), name: res.body.interviewerName, status: res.body.status }).toEqual({
      queries: 1,
      name: world.i1.user.name,
      status: 'draft',
    });
    // Not on the panel: 403 for a hiring manager, 404 for an interviewer.
    expectProblem(await api().get(`/api/interviews/${interview.id}/scorecards/me`).set(bearer(world.manager.token)), 403);
    expectProblem(await api().get(`/api/interviews/${interview.id}/scorecards/me`).set(bearer(world.i2.token)), 404);
  });

  it('interviews of an opening: only its applications’ interviews, newest first, in keyset pages', async () => {
    const world = await hiringWorld(await signup('Lumen'));
    const other = (
      await expectStatus(
        api()
          .post('/api/openings')
          .set(bearer(world.manager.token))
          .send({ title: 'Front desk', locationId: world.opening.locationId, hiringManagerId: world.manager.user.id, kitId: world.kit.id }),
        201,
      )
    ).body as { id: string };
    const elsewhere = (
      await expectStatus(
        api().post('/api/applications').set(bearer(world.manager.token)).send({ candidateId: world.candidate.id, openingId: other.id }),
        201,
      )
    ).body as Application;
    const panel = [world.i1.user.id];
    for (const day of ['01', '02', '02', '03', '04']) await schedule(world, world.application.id, panel, `2026-12-${day}T09:00:00.000Z`);
    for (const day of ['02', '05']) await schedule(world, elsewhere.id, panel, `2026-12-${day}T09:00:00.000Z`);
    const expected = (
      await query<{ id: string }>('SELECT id FROM interviews WHERE application_id = $1 ORDER BY scheduled_at DESC, id DESC', [world.application.id])
    ).map((r) => r.id);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await expectStatus(
        api()
          .get('/api/interviews')
          .query({ openingId: world.opening.id, limit: '2', ...(cursor ? { cursor } : {}) })
          .set(bearer(world.manager.token)),
        200,
      );
      const page = res.body as Page<Interview>;
      expect(page.total).toBe(5);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && seen.length < 10);
    expect(seen).toEqual(expected);

    const otherOrg = await signup('Elsewhere');
    const res = await expectStatus(api().get('/api/interviews').query({ openingId: world.opening.id }).set(bearer(otherOrg.token)), 200);
    expect(res.body).toMatchObject({ items: [], total: 0, nextCursor: null });
  });
});
