import type { Candidate, Debrief, Interview, InterviewKit, Page, Scorecard } from '@rapport/shared/contracts';
import { signup, userWithRoles, type Session } from '../factories';
import { api, bearer, errorFields, expectProblem, expectStatus } from '../support/http';
import { applyTo, createKit, createOpening, hiringWorld, type HiringWorld, scheduleInterview, schedulePanel } from './hiring.factory';

/** Ratings for every question of the interview, each with `evidence`. */
const ratings = (interview: Interview, values: number[], evidence: string) =>
  interview.questions.map((q, i) => ({ questionId: q.id, rating: values[i], evidence }));

const draft = (session: Session, interview: Interview, values: number[], evidence: string) =>
  expectStatus(
    api()
      .put(`/api/interviews/${interview.id}/scorecards/me`)
      .set(bearer(session.token))
      .send({ ratings: ratings(interview, values, evidence), recommendation: 'yes' }),
    200,
  );

async function submit(session: Session, interview: Interview, values: number[], evidence: string): Promise<void> {
  await draft(session, interview, values, evidence);
  await expectStatus(api().post(`/api/interviews/${interview.id}/scorecards/me/submit`).set(bearer(session.token)), 200);
}

const get = (session: Session, path: string) => api().get(path).set(bearer(session.token));

const listed = async (session: Session, query: Record<string, string> = {}) =>
  ((await expectStatus(get(session, '/api/interviews').query(query), 200)).body as Page<Interview>).items.map((i) => i.id).sort();

describe('who sees an interview off its panel', () => {
  let world: HiringWorld;
  let interview: Interview;

  beforeEach(async () => {
    world = await hiringWorld(await signup('Lumen'));
    interview = await schedulePanel(world);
  });

  it("answers 404 to another opening's hiring manager on the interview, its scorecards and both debriefs, and leaves it out of lists", async () => {
    const other = await userWithRoles(world.owner, ['hiring_manager']);
    await submit(world.i1, interview, [5, 4, 3], 'Iris saw the bill explained');
    await submit(world.i2, interview, [4, 4, 4], 'Ivan heard the apology');

    for (const path of [
      `/api/interviews/${interview.id}`,
      `/api/interviews/${interview.id}/scorecards`,
      `/api/interviews/${interview.id}/scorecards/me`,
      `/api/interviews/${interview.id}/debrief`,
      `/api/applications/${world.application.id}/debrief`,
    ]) {
      const res = await get(other, path);
      expectProblem(res, 404);
      expect(res.text).not.toContain('Iris saw');
    }
    // The opening's own hiring manager, off the panel, opens all of them.
    for (const path of [`/api/interviews/${interview.id}`, `/api/interviews/${interview.id}/scorecards`, `/api/interviews/${interview.id}/debrief`]) {
      await expectStatus(get(world.manager, path), 200);
    }
    await expectStatus(get(world.manager, `/api/applications/${world.application.id}/debrief`), 200);

    // Their own opening's interview, and a panel they sit on in the first opening, are theirs to see.
    const theirs = await createOpening(world, { title: 'Billing specialist', hiringManagerId: other.user.id });
    const theirApplication = await applyTo(world, theirs.id, 'robin@example.com');
    const theirInterview = await scheduleInterview(theirApplication.id, [world.i1.user.id], world.owner.token);
    const seated = await scheduleInterview(world.application.id, [other.user.id], world.owner.token, '2026-12-02T15:00:00.000Z');

    expect(await listed(other)).toEqual([theirInterview.id, seated.id].sort());
    expect(await listed(other, { applicationId: world.application.id })).toEqual([seated.id]);
    expect(await listed(other, { openingId: world.opening.id })).toEqual([seated.id]);
    expect(await listed(world.manager)).toEqual([interview.id, seated.id].sort());
    expect(await listed(world.owner)).toEqual([interview.id, theirInterview.id, seated.id].sort());
    await expectStatus(get(other, `/api/interviews/${seated.id}`), 200);
    await expectStatus(get(other, `/api/interviews/${theirInterview.id}/scorecards`), 200);
    expectProblem(await get(world.manager, `/api/interviews/${theirInterview.id}`), 404);
  });

  it("shows the opening's hiring manager submitted scorecards before the panel has finished, never drafts", async () => {
    await submit(world.i1, interview, [5, 4, 3], 'Iris saw the bill explained');
    await draft(world.i2, interview, [1, 1, 1], 'Ivan draft, not yet committed');

    const cards = (await expectStatus(get(world.manager, `/api/interviews/${interview.id}/scorecards`), 200)).body as Scorecard[];
    expect(cards.map((c) => [c.interviewerId, c.status])).toEqual([[world.i1.user.id, 'submitted']]);
    const debrief = (await expectStatus(get(world.manager, `/api/applications/${world.application.id}/debrief`), 200)).body as Debrief;
    expect(debrief).toMatchObject({ submittedScorecards: 1, pendingScorecards: 1 });
    expect(debrief.recommendations.map((r) => r.interviewerId)).toEqual([world.i1.user.id]);
    // i1's 5 and 4 on the first competency's two questions; i2's draft 1s do not count.
    const first = debrief.competencies.find((c) => c.competencyId === world.kit.questions[0].competencyId);
    expect(first).toMatchObject({ n: 1, mean: 4.5, min: 4.5, max: 4.5 });
  });

  it('shows HR off the panel submitted scorecards only, before the panel has finished', async () => {
    const hr = await userWithRoles(world.owner, ['hr']);
    await submit(world.i2, interview, [3, 3, 3], 'Ivan heard the apology');
    await draft(world.i1, interview, [5, 5, 5], 'Iris draft, not yet committed');

    const res = await expectStatus(get(hr, `/api/interviews/${interview.id}/scorecards`), 200);
    expect((res.body as Scorecard[]).map((c) => [c.interviewerId, c.status])).toEqual([[world.i2.user.id, 'submitted']]);
    expect(res.text).not.toContain('Iris draft');
    expect(await listed(hr)).toEqual([interview.id]);
  });

  it('answers a panel member 403 on the application debrief until they have submitted their own scorecard', async () => {
    await submit(world.i2, interview, [3, 3, 3], 'Ivan heard the apology');
    const before = await get(world.i1, `/api/applications/${world.application.id}/debrief`);
    expectProblem(before, 403);
    expect(before.body.detail).toMatch(/Submit your own scorecard first/);

    await submit(world.i1, interview, [5, 5, 4], 'Iris saw the bill explained');
    const after = (await expectStatus(get(world.i1, `/api/applications/${world.application.id}/debrief`), 200)).body as Debrief;
    expect(after).toMatchObject({ applicationId: world.application.id, submittedScorecards: 2, pendingScorecards: 0 });
  });
});

describe('kits', () => {
  it('submits without evidence when the kit does not require it, and names each question when it does', async () => {
    const world = await hiringWorld(await signup('Lumen'));
    const relaxed = await createKit(world.manager.token, 'Quick screen', { evidenceRequired: false });
    expect(relaxed.evidenceRequired).toBe(false);
    const opening = await createOpening(world, { kitId: relaxed.id });
    const application = await applyTo(world, opening.id, 'robin@example.com');
    const quick = await scheduleInterview(application.id, [world.i1.user.id], world.owner.token);
    expect(quick.evidenceRequired).toBe(false);
    await draft(world.i1, quick, [4, 3, 5], '');
    const submitted = (await expectStatus(api().post(`/api/interviews/${quick.id}/scorecards/me/submit`).set(bearer(world.i1.token)), 200))
      .body as Scorecard;
    expect(submitted.status).toBe('submitted');
    expect(submitted.ratings.map((r) => r.evidence)).toEqual(['', '', '']);

    // The default kit requires evidence: 400 naming every question that lacks it, by field and prompt.
    const strict = await schedulePanel(world, [world.i1.user.id]);
    expect(strict.evidenceRequired).toBe(true);
    await draft(world.i1, strict, [4, 3, 5], '');
    const refused = await api().post(`/api/interviews/${strict.id}/scorecards/me/submit`).set(bearer(world.i1.token));
    expect(errorFields(refused).sort()).toEqual(strict.questions.map((q) => `ratings.${q.id}.evidence`).sort());
    expect(refused.body.errors.map((e: { message: string }) => e.message).join(' ')).toContain('A surprise bill');
  });

  it('pins the new version for interviews scheduled after a used kit is edited; earlier ones keep theirs', async () => {
    const world = await hiringWorld(await signup('Lumen'));
    const first = await schedulePanel(world);
    const questions = world.kit.questions.map((q) => ({ ...q, prompt: `${q.prompt} (v2)` }));
    const v2 = (await expectStatus(api().patch(`/api/interview-kits/${world.kit.id}`).set(bearer(world.manager.token)).send({ questions, revision: world.kit.revision }), 200))
      .body as InterviewKit;
    expect(v2.version).toBe(2);

    const second = await scheduleInterview(world.application.id, [world.i1.user.id], world.manager.token, '2026-12-08T15:00:00.000Z');
    expect(second).toMatchObject({ kitId: world.kit.id, kitVersion: 2 });
    expect(second.questions.map((q) => q.prompt)).toEqual(['A surprise bill (v2)', 'An upset caller (v2)', 'A late doctor (v2)']);
    const kept = (await expectStatus(get(world.manager, `/api/interviews/${first.id}`), 200)).body as Interview;
    expect(kept.kitVersion).toBe(1);
    expect(kept.questions.map((q) => q.prompt)).toEqual(['A surprise bill', 'An upset caller', 'A late doctor']);
    const again = (await expectStatus(get(world.manager, `/api/interviews/${second.id}`), 200)).body as Interview;
    expect(again.kitVersion).toBe(2);
  });
});

describe('candidates', () => {
  it('finds a candidate by email, whole or in part, and not by an email they do not have', async () => {
    const world = await hiringWorld(await signup('Lumen'));
    await applyTo(world, world.opening.id, 'robin.vale@example.org');
    const search = async (q: string) =>
      ((await expectStatus(get(world.manager, '/api/candidates').query({ search: q }), 200)).body as Page<Candidate>).items.map((c) => c.email);

    expect(await search('casey@example.com')).toEqual(['casey@example.com']);
    expect(await search('ROBIN.VALE@')).toEqual(['robin.vale@example.org']);
    expect(await search('nobody@example.com')).toEqual([]);
  });
});
