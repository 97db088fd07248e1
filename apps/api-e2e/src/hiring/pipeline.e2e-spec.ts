import type { Application, Interview, InterviewKit, InterviewKitVersionSummary } from '@rapport/shared/contracts';
import { signup, userWithRoles } from '../factories';
import { count, query } from '../support/db';
import { api, bearer, errorFields, expectProblem, expectStatus } from '../support/http';
import { competencies, hiringWorld, type HiringWorld, schedulePanel } from './hiring.factory';

const stage = (world: HiringWorld, body: object) =>
  api().post(`/api/applications/${world.application.id}/stage`).set(bearer(world.manager.token)).send(body);

describe('kits are versioned once used', () => {
  it('edits an unused kit in place, and versions it after an interview used it', async () => {
    const world = await hiringWorld(await signup('Lumen'));
    const patch = (body: object) => api().patch(`/api/interview-kits/${world.kit.id}`).set(bearer(world.manager.token)).send(body);

    const renamed = (await expectStatus(patch({ name: 'Coordinator kit (v1 edit)', revision: world.kit.revision }), 200)).body as InterviewKit;
    expect(renamed.version).toBe(1);

    const interview = await schedulePanel(world);
    const questions = renamed.questions.map((q) => ({ ...q, prompt: `${q.prompt} (reworded)` }));
    const v2 = (await expectStatus(patch({ questions, revision: renamed.revision }), 200)).body as InterviewKit;
    expect(v2.version).toBe(2);
    expect(v2.questions.map((q) => q.id)).toEqual(renamed.questions.map((q) => q.id)); // same questions, new wording

    const kept = (await expectStatus(api().get(`/api/interviews/${interview.id}`).set(bearer(world.manager.token)), 200)).body as Interview;
    expect(kept.kitVersion).toBe(1);
    expect(kept.questions[0].prompt).toBe(renamed.questions[0].prompt);

    const versions = (await expectStatus(api().get(`/api/interview-kits/${world.kit.id}/versions`).set(bearer(world.manager.token)), 200))
      .body as InterviewKitVersionSummary[];
    expect(versions.map((v) => [v.version, v.inUse])).toEqual([
      [2, false],
      [1, true],
    ]);
  });

  it('rejects a stale revision with 409 and loses nothing', async () => {
    const world = await hiringWorld(await signup('Lumen'));
    const patch = (body: object) => api().patch(`/api/interview-kits/${world.kit.id}`).set(bearer(world.manager.token)).send(body);
    await expectStatus(patch({ name: 'First edit', revision: world.kit.revision }), 200);
    expectProblem(await patch({ name: 'Second edit from a stale page', revision: world.kit.revision }), 409);
    const kit = (await expectStatus(api().get(`/api/interview-kits/${world.kit.id}`).set(bearer(world.manager.token)), 200)).body as InterviewKit;
    expect(kit.name).toBe('First edit');
  });

  it('validates questions and writes nothing on bad input', async () => {
    const owner = await signup('Lumen');
    const [competency] = await competencies(owner.token);
    const res = await api()
      .post('/api/interview-kits')
      .set(bearer(owner.token))
      .send({
        name: 'Bad kit',
        roleTitle: 'Coordinator',
        questions: [
          { prompt: 'Q', kind: 'interrogation', competencyId: competency.id, probes: [], anchors: { '1': 'a', '3': '' }, redFlags: [] },
        ],
      });
    expect(errorFields(res)).toEqual(expect.arrayContaining(['questions.0.kind', 'questions.0.anchors.3', 'questions.0.anchors.5']));
    expect(await count('interview_kits')).toBe(0);
    expect(await count('interview_kit_versions')).toBe(0);
  });
});

describe('applications move through stages with a kept history', () => {
  it('records who moved it, when and why; rejecting needs a reason; final stages stay final', async () => {
    const world = await hiringWorld(await signup('Lumen'));
    expect(errorFields(await stage(world, { stage: 'rejected' }))).toEqual(['reason']);
    await expectStatus(stage(world, { stage: 'screening' }), 200);
    const rejected = (await expectStatus(stage(world, { stage: 'rejected', reason: 'Pushed the package in the role-play' }), 200))
      .body as Application;
    expect(rejected.stage).toBe('rejected');
    expect(rejected.history.map((h) => [h.fromStage, h.toStage, h.reason])).toEqual([
      [null, 'applied', null],
      ['applied', 'screening', null],
      ['screening', 'rejected', 'Pushed the package in the role-play'],
    ]);
    expect(rejected.history.every((h) => h.changedById === world.manager.user.id)).toBe(true);
    expectProblem(await stage(world, { stage: 'offer' }), 409);
    expect(await count('application_stage_changes', { application_id: world.application.id })).toBe(3);
  });

  it('records the decision with its rationale, and flags an override of the computed recommendation', async () => {
    const world = await hiringWorld(await signup('Lumen'));
    const interview = await schedulePanel(world, [world.i1.user.id]);
    const good = interview.questions.map((q) => ({ questionId: q.id, rating: 5, evidence: 'Acknowledged the feeling first' }));
    await expectStatus(api().put(`/api/interviews/${interview.id}/scorecards/me`).set(bearer(world.i1.token)).send({ ratings: good, recommendation: 'strong_yes' }), 200);
    await expectStatus(api().post(`/api/interviews/${interview.id}/scorecards/me/submit`).set(bearer(world.i1.token)), 200);

    const decide = (token: string, body: object) => api().post(`/api/applications/${world.application.id}/decision`).set(bearer(token)).send(body);
    expect(errorFields(await decide(world.manager.token, { decision: 'reject', rationale: '  ' }))).toEqual(['rationale']);
    expectProblem(await decide(world.i1.token, { decision: 'reject', rationale: 'No' }), 403);

    const decided = (await expectStatus(decide(world.manager.token, { decision: 'reject', rationale: 'Salary expectations' }), 200))
      .body as Application;
    expect(decided.stage).toBe('rejected');
    expect(decided.decision).toMatchObject({ decision: 'reject', computedRecommendation: 'strong_yes', override: true });
    const events = await query<{ action: string }>('SELECT action FROM audit_events WHERE entity_id = $1', [world.application.id]);
    expect(events.map((e) => e.action)).toContain('application.decision_override');
    const debrief = await expectStatus(api().get(`/api/applications/${world.application.id}/debrief`).set(bearer(world.manager.token)), 200);
    expect(debrief.body.decision).toMatchObject({ decision: 'reject', rationale: 'Salary expectations', override: true });
    const byOpening = await expectStatus(api().get(`/api/interviews?openingId=${world.opening.id}`).set(bearer(world.manager.token)), 200);
    expect(byOpening.body.items.map((i: Interview) => i.id)).toEqual([interview.id]);
    const otherOpening = await expectStatus(api().get(`/api/interviews?openingId=${world.kit.id}`).set(bearer(world.manager.token)), 200);
    expect(otherOpening.body.total).toBe(0);
  });
});

describe('hiring data is tenant-scoped and role-checked', () => {
  it("answers 404 for another organization's records and keeps them out of lists", async () => {
    const a = await hiringWorld(await signup('Practice A'));
    const interview = await schedulePanel(a);
    const b = await signup('Practice B');
    for (const path of [
      `/api/interview-kits/${a.kit.id}`,
      `/api/interview-kits/${a.kit.id}/versions`,
      `/api/openings/${a.opening.id}`,
      `/api/candidates/${a.candidate.id}`,
      `/api/applications/${a.application.id}`,
      `/api/applications/${a.application.id}/debrief`,
      `/api/interviews/${interview.id}`,
      `/api/interviews/${interview.id}/scorecards`,
      `/api/interviews/${interview.id}/debrief`,
    ]) {
      expectProblem(await api().get(path).set(bearer(b.token)), 404);
    }
    expectProblem(await api().patch(`/api/candidates/${a.candidate.id}`).set(bearer(b.token)).send({ name: 'Stolen', version: 1 }), 404);
    expectProblem(await api().post(`/api/applications/${a.application.id}/stage`).set(bearer(b.token)).send({ stage: 'screening' }), 404);
    for (const list of ['/api/interview-kits', '/api/openings', '/api/candidates', '/api/applications', '/api/interviews']) {
      const res = await expectStatus(api().get(list).set(bearer(b.token)), 200);
      expect(res.body.total).toBe(0);
    }
    // Using A's ids as references from B is a bad reference, not a leak.
    const res = await api()
      .post('/api/applications')
      .set(bearer(b.token))
      .send({ candidateId: a.candidate.id, openingId: a.opening.id });
    expect(errorFields(res).sort()).toEqual(['candidateId', 'openingId']);
    const [{ name }] = await query<{ name: string }>('SELECT name FROM candidates WHERE id = $1', [a.candidate.id]);
    expect(name).toBe('Casey Lind');
  });

  it('keeps staff out of hiring and interviewers out of panels they are not on', async () => {
    const world = await hiringWorld(await signup('Lumen'));
    const interview = await schedulePanel(world, [world.i1.user.id]);
    const staff = await userWithRoles(world.owner, ['staff']);
    expectProblem(await api().get('/api/candidates').set(bearer(staff.token)), 403);
    expectProblem(await api().post('/api/interview-kits').set(bearer(staff.token)).send({}), 403);
    expectProblem(await api().get(`/api/interviews/${interview.id}`).set(bearer(world.i2.token)), 404);
    const list = await expectStatus(api().get('/api/interviews').set(bearer(world.i2.token)), 200);
    expect(list.body.total).toBe(0);
    expectProblem(await api().get('/api/interview-kits').set(bearer(staff.token)), 403);
  });

  it('refuses a panel member who cannot interview', async () => {
    const world = await hiringWorld(await signup('Lumen'));
    const staff = await userWithRoles(world.owner, ['staff']);
    const res = await api()
      .post('/api/interviews')
      .set(bearer(world.manager.token))
      .send({ applicationId: world.application.id, scheduledAt: '2026-12-01T15:00:00.000Z', interviewerIds: [staff.user.id] });
    expect(errorFields(res)).toEqual(['interviewerIds.0']);
    expect(await count('interviews')).toBe(0);
  });
});
