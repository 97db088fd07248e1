import type { Debrief, Interview, Scorecard } from '@rapport/shared/contracts';
import { signup } from '../factories';
import { query } from '../support/db';
import { api, bearer, errorFields, expectProblem, expectStatus } from '../support/http';
import { hiringWorld, type HiringWorld, schedulePanel } from './hiring.factory';

/** Ratings for the kit's three questions (q1, q2 on competency 1; q3 on competency 2). */
function ratings(interview: Interview, values: (number | null)[], evidence = 'What the candidate said') {
  return interview.questions.map((q, i) => ({ questionId: q.id, rating: values[i], evidence: values[i] === null ? '' : evidence }));
}

async function saveAndSubmit(world: HiringWorld, who: 'i1' | 'i2', interview: Interview, values: number[], recommendation: string) {
  const token = world[who].token;
  await expectStatus(
    api().put(`/api/interviews/${interview.id}/scorecards/me`).set(bearer(token)).send({ ratings: ratings(interview, values), recommendation }),
    200,
  );
  return (await expectStatus(api().post(`/api/interviews/${interview.id}/scorecards/me/submit`).set(bearer(token)), 200)).body as Scorecard;
}

describe('independent scorecards', () => {
  let world: HiringWorld;
  let interview: Interview;

  beforeEach(async () => {
    world = await hiringWorld(await signup('Lumen'));
    interview = await schedulePanel(world);
  });

  it('pins the kit version and opens one scorecard per panel member', async () => {
    expect(interview).toMatchObject({ kitId: world.kit.id, kitVersion: 1, applicationId: world.application.id });
    expect(interview.questions.map((q) => q.id)).toEqual(world.kit.questions.map((q) => q.id));
    expect(interview.panel.map((p) => p.scorecardStatus)).toEqual(['not_started', 'not_started']);
    const mine = await expectStatus(api().get('/api/interviews?mine=true').set(bearer(world.i1.token)), 200);
    expect(mine.body.items.map((i: Interview) => i.id)).toEqual([interview.id]);
  });

  it('hides the panel until the interviewer has submitted, and never shows drafts', async () => {
    await expectStatus(
      api().put(`/api/interviews/${interview.id}/scorecards/me`).set(bearer(world.i2.token)).send({ ratings: ratings(interview, [2, 2, 2]) }),
      200,
    );
    const before = await api().get(`/api/interviews/${interview.id}/scorecards`).set(bearer(world.i1.token));
    expectProblem(before, 403);
    expect(before.body.detail).toMatch(/Submit your own scorecard first/);
    expectProblem(await api().get(`/api/interviews/${interview.id}/debrief`).set(bearer(world.i1.token)), 403);

    await saveAndSubmit(world, 'i1', interview, [5, 5, 4], 'strong_yes');
    const after = (await expectStatus(api().get(`/api/interviews/${interview.id}/scorecards`).set(bearer(world.i1.token)), 200)).body as Scorecard[];
    // i2's draft stays private to i2.
    expect(after.map((s) => [s.interviewerId, s.status])).toEqual([[world.i1.user.id, 'submitted']]);

    // The hiring manager is not on the panel: sees submitted scorecards only, at any time.
    const managerView = (await expectStatus(api().get(`/api/interviews/${interview.id}/scorecards`).set(bearer(world.manager.token)), 200))
      .body as Scorecard[];
    expect(managerView.map((s) => s.interviewerId)).toEqual([world.i1.user.id]);
  });

  it('locks a submitted scorecard; an amendment keeps the original in the audit trail', async () => {
    const submitted = await saveAndSubmit(world, 'i1', interview, [4, 4, 3], 'yes');
    expect(submitted.status).toBe('submitted');
    const edit = await api()
      .put(`/api/interviews/${interview.id}/scorecards/me`)
      .set(bearer(world.i1.token))
      .send({ ratings: ratings(interview, [1, 1, 1]) });
    expectProblem(edit, 409);

    const noReason = await api()
      .post(`/api/interviews/${interview.id}/scorecards/me/amend`)
      .set(bearer(world.i1.token))
      .send({ ratings: ratings(interview, [3, 4, 3]), recommendation: 'yes' });
    expect(errorFields(noReason)).toContain('reason');

    const amended = (
      await expectStatus(
        api()
          .post(`/api/interviews/${interview.id}/scorecards/me/amend`)
          .set(bearer(world.i1.token))
          .send({ ratings: ratings(interview, [3, 4, 3]), recommendation: 'yes', reason: 'Misheard the billing answer' }),
        200,
      )
    ).body as Scorecard;
    expect(amended.ratings.map((r) => r.rating)).toEqual([3, 4, 3]);
    expect(amended.amendedAt).not.toBeNull();
    const [event] = await query<{ before: { ratings: { rating: number }[] }; after: { reason: string } }>(
      "SELECT before, after FROM audit_events WHERE action = 'scorecard.amended' AND entity_id = $1",
      [submitted.id],
    );
    expect(event.before.ratings.map((r) => r.rating)).toEqual([4, 4, 3]);
    expect(event.after.reason).toBe('Misheard the billing answer');
  });

  it('refuses to submit without a recommendation, a rating, or evidence, naming each question', async () => {
    await expectStatus(
      api()
        .put(`/api/interviews/${interview.id}/scorecards/me`)
        .set(bearer(world.i1.token))
        .send({ ratings: interview.questions.map((q, i) => ({ questionId: q.id, rating: i === 2 ? null : 4, evidence: '' })) }),
      200,
    );
    const res = await api().post(`/api/interviews/${interview.id}/scorecards/me/submit`).set(bearer(world.i1.token));
    expect(errorFields(res).sort()).toEqual(
      ['recommendation', `ratings.${interview.questions[0].id}.evidence`, `ratings.${interview.questions[1].id}.evidence`].sort(),
    );
    const [row] = await query<{ status: string }>('SELECT status FROM scorecards WHERE interviewer_id = $1', [world.i1.user.id]);
    expect(row.status).toBe('draft');
  });

  it('rejects ratings outside 1–5 and questions from elsewhere, writing nothing', async () => {
    const res = await api()
      .put(`/api/interviews/${interview.id}/scorecards/me`)
      .set(bearer(world.i1.token))
      .send({ ratings: [{ questionId: interview.questions[0].id, rating: 6, evidence: 'x' }, { questionId: world.candidate.id, rating: 3 }] });
    expect(errorFields(res)).toEqual(expect.arrayContaining(['ratings.0.rating']));
    const res2 = await api()
      .put(`/api/interviews/${interview.id}/scorecards/me`)
      .set(bearer(world.i1.token))
      .send({ ratings: [{ questionId: world.candidate.id, rating: 3 }] });
    expect(errorFields(res2)).toEqual(['ratings.0.questionId']);
    const [row] = await query<{ status: string; ratings: unknown[] }>('SELECT status, ratings FROM scorecards WHERE interviewer_id = $1', [
      world.i1.user.id,
    ]);
    expect(row).toEqual({ status: 'not_started', ratings: [] });
  });

  it('gives only panel members a scorecard', async () => {
    const res = await api().put(`/api/interviews/${interview.id}/scorecards/me`).set(bearer(world.manager.token)).send({ ratings: [] });
    expectProblem(res, 403);
  });

  it('computes the debrief from submitted scorecards: disagreement, agreement and the computed recommendation', async () => {
    await saveAndSubmit(world, 'i1', interview, [5, 5, 4], 'strong_yes');
    await saveAndSubmit(world, 'i2', interview, [2, 3, 4], 'no');
    const debrief = (await expectStatus(api().get(`/api/interviews/${interview.id}/debrief`).set(bearer(world.i2.token)), 200)).body as Debrief;
    const [c1, c2] = world.kit.questions.map((q) => q.competencyId).filter((c, i, all) => all.indexOf(c) === i);
    const byId = new Map(debrief.competencies.map((c) => [c.competencyId, c]));
    // competency 1: i1 = mean(5,5) = 5, i2 = mean(2,3) = 2.5 → range 2.5 → disagreement
    expect(byId.get(c1)).toMatchObject({ n: 2, mean: 3.75, min: 2.5, max: 5, disagreement: true });
    expect(byId.get(c2)).toMatchObject({ n: 2, mean: 4, min: 4, max: 4, disagreement: false });
    expect(debrief.submittedScorecards).toBe(2);
    expect(debrief.overallScore).toBeCloseTo(3.88, 2);
    expect(debrief.computedRecommendation).toBe('yes');
    expect(debrief.agreement).toMatchObject({ metric: 'ordinal', raters: 2, units: 3 });
    expect(typeof debrief.agreement.alpha).toBe('number');
  });
});
