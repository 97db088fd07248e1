import type { Application, Candidate, InterviewerCalibration, Opening, Page } from '@rapport/shared/contracts';
import { signup, userWithRoles, type Session } from '../factories';
import { count, query } from '../support/db';
import { api, bearer, errorFields, expectProblem, expectStatus } from '../support/http';
import { applyTo, createOpening, hiringWorld, type HiringWorld, schedulePanel } from './hiring.factory';

/**
 * Issue 13: a hiring manager sees and acts on the openings they manage (and the panels they sit
 * on); HR, owner and admin on every opening. Another manager's records are a 404 (a 400 naming the
 * field when a write names them), exactly like another organization's; handing an opening to
 * someone else is a 403.
 */
const get = (s: Session, path: string) => api().get(path).set(bearer(s.token));
const ids = async (s: Session, path: string, q: Record<string, string> = {}) =>
  ((await expectStatus(get(s, path).query(q), 200)).body as Page<{ id: string }>).items.map((i) => i.id).sort();
const managerOf = async (openingId: string) =>
  (await query<{ m: string }>('SELECT hiring_manager_id AS m FROM openings WHERE id = $1', [openingId]))[0].m;

async function submitAll(s: Session, interviewId: string, questions: { id: string }[], rating: number): Promise<void> {
  const path = `/api/interviews/${interviewId}/scorecards/me`;
  const ratings = questions.map((q) => ({ questionId: q.id, rating, evidence: 'A concrete example' }));
  await expectStatus(api().put(path).set(bearer(s.token)).send({ ratings, recommendation: 'yes' }), 200);
  await expectStatus(api().post(`${path}/submit`).set(bearer(s.token)), 200);
}

describe("a hiring manager and another manager's openings", () => {
  let world: HiringWorld;
  let other: Session;
  let theirs: Opening;
  let theirApplication: Application;

  beforeEach(async () => {
    world = await hiringWorld(await signup('Lumen'));
    other = await userWithRoles(world.owner, ['hiring_manager']);
    theirs = await createOpening(world, { title: 'Billing specialist', hiringManagerId: other.user.id });
    theirApplication = await applyTo(world, theirs.id, 'robin@example.com');
  });

  it('cannot take over, read or close an opening they do not manage (404, nothing written)', async () => {
    const opening = `/api/openings/${world.opening.id}`;
    for (const change of [{ hiringManagerId: other.user.id }, { status: 'closed' }, { title: 'Mine now' }]) {
      const body = { ...change, version: world.opening.version };
      expectProblem(await api().patch(opening).set(bearer(other.token)).send(body), 404);
    }
    expectProblem(await get(other, opening), 404);
    expect(await managerOf(world.opening.id)).toBe(world.manager.user.id);
    expect(await count('openings', { id: world.opening.id, status: 'open', title: 'Patient coordinator' })).toBe(1);
    // Nor its interviews, scorecards, debrief or candidate packet.
    const interview = await schedulePanel(world);
    for (const path of [
      `/api/interviews/${interview.id}/scorecards`,
      `/api/applications/${world.application.id}/debrief`,
      `/api/exports/candidate-packet?applicationId=${world.application.id}&format=pdf`,
      `/api/exports/hiring-funnel?openingId=${world.opening.id}&format=csv`,
    ]) {
      expectProblem(await get(other, path), 404);
    }
  });

  it('opens and keeps openings for themselves only (403); HR, owner and admin assign anyone', async () => {
    const body = { title: 'Hygienist', locationId: world.opening.locationId, kitId: world.kit.id };
    const before = await count('openings');
    const refused = await api().post('/api/openings').set(bearer(other.token)).send({ ...body, hiringManagerId: world.manager.user.id });
    expectProblem(refused, 403);
    expect(await count('openings')).toBe(before);
    const mine = (await expectStatus(api().post('/api/openings').set(bearer(other.token)).send({ ...body, hiringManagerId: other.user.id }), 201))
      .body as Opening;

    // Their own opening: editable, the manager field included as long as it stays theirs.
    const path = `/api/openings/${mine.id}`;
    const patch = (s: Session, change: object, version: number) => api().patch(path).set(bearer(s.token)).send({ ...change, version });
    expectProblem(await patch(other, { hiringManagerId: world.manager.user.id }, mine.version), 403);
    expect(await managerOf(mine.id)).toBe(other.user.id);
    const renamed = (await expectStatus(patch(other, { title: 'Dental hygienist', hiringManagerId: other.user.id }, mine.version), 200)).body as Opening;

    const hr = await userWithRoles(world.owner, ['hr']);
    await expectStatus(patch(hr, { hiringManagerId: world.manager.user.id }, renamed.version), 200);
    expect(await managerOf(mine.id)).toBe(world.manager.user.id);
    // Handed over, it left the first manager's view.
    expectProblem(await get(other, path), 404);
    expect(await ids(other, '/api/openings')).toEqual([theirs.id]);
  });

  it("lists only their openings' applications and candidates, and hides the others' (404)", async () => {
    // Casey (the world's candidate) applies to both openings.
    const both = (
      await expectStatus(api().post('/api/applications').set(bearer(world.owner.token)).send({ candidateId: world.candidate.id, openingId: theirs.id }), 201)
    ).body as Application;

    expect(await ids(other, '/api/openings')).toEqual([theirs.id]);
    expect(await ids(world.manager, '/api/openings')).toEqual([world.opening.id]);
    expect(await ids(other, '/api/applications')).toEqual([theirApplication.id, both.id].sort());
    // Casey's other application stays out of their view, however it is asked for.
    expect(await ids(other, '/api/applications', { candidateId: world.candidate.id })).toEqual([both.id]);
    expect(await ids(other, '/api/applications', { openingId: world.opening.id })).toEqual([]);
    expect(await ids(world.owner, '/api/applications', { candidateId: world.candidate.id })).toEqual([world.application.id, both.id].sort());

    const loner = (
      await expectStatus(api().post('/api/candidates').set(bearer(world.owner.token)).send({ name: 'Lone Applicant', email: 'lone@example.com', phone: '555 0101' }), 201)
    ).body as Candidate;
    expect(await ids(other, '/api/candidates')).toEqual([theirApplication.candidateId, world.candidate.id].sort());
    expect(await ids(other, '/api/candidates', { search: 'lone' })).toEqual([]);
    expect(await ids(world.manager, '/api/candidates')).toEqual([world.candidate.id]);
    const res = await get(other, `/api/candidates/${loner.id}`);
    expectProblem(res, 404);
    expect(res.text).not.toContain('555 0101');
    expectProblem(await api().patch(`/api/candidates/${loner.id}`).set(bearer(other.token)).send({ notes: 'Seen', version: loner.version }), 404);
    expectProblem(await get(other, `/api/applications/${world.application.id}`), 404);
    expect(await query('SELECT 1 FROM candidates WHERE id = $1 AND notes IS NULL', [loner.id])).toHaveLength(1);
  });

  it('sees the candidate they entered, and applies them to their own opening only', async () => {
    const entered = (
      await expectStatus(api().post('/api/candidates').set(bearer(other.token)).send({ name: 'Nia Park', email: 'nia@example.com' }), 201)
    ).body as Candidate;
    await expectStatus(get(other, `/api/candidates/${entered.id}`), 200);
    expectProblem(await get(world.manager, `/api/candidates/${entered.id}`), 404);

    const apply = (s: Session, candidateId: string, openingId: string) =>
      api().post('/api/applications').set(bearer(s.token)).send({ candidateId, openingId });
    const before = await count('applications');
    const toTheirs = await apply(other, entered.id, world.opening.id);
    expectProblem(toTheirs, 400);
    expect(errorFields(toTheirs)).toEqual(['openingId']);
    const someoneElses = await apply(other, world.candidate.id, theirs.id);
    expectProblem(someoneElses, 400);
    expect(errorFields(someoneElses)).toEqual(['candidateId']);
    expect(await count('applications')).toBe(before);
    await expectStatus(apply(other, entered.id, theirs.id), 201);
  });

  it("moves, decides and schedules nothing on another manager's applications", async () => {
    const app = `/api/applications/${world.application.id}`;
    const changes = await count('application_stage_changes');
    expectProblem(await api().post(`${app}/stage`).set(bearer(other.token)).send({ stage: 'rejected', reason: 'No' }), 404);
    expectProblem(await api().post(`${app}/decision`).set(bearer(other.token)).send({ decision: 'reject', rationale: 'No' }), 404);
    const schedule = await api()
      .post('/api/interviews')
      .set(bearer(other.token))
      .send({ applicationId: world.application.id, scheduledAt: '2026-12-03T09:00:00.000Z', interviewerIds: [world.i1.user.id] });
    expectProblem(schedule, 400);
    expect(errorFields(schedule)).toEqual(['applicationId']);
    expect(await count('application_stage_changes')).toBe(changes);
    expect(await count('interviews')).toBe(0);
    expect(await query("SELECT 1 FROM applications WHERE id = $1 AND stage = 'applied' AND decision IS NULL", [world.application.id])).toHaveLength(1);

    // Their own application: theirs to move and to interview.
    await expectStatus(api().post(`/api/applications/${theirApplication.id}/stage`).set(bearer(other.token)).send({ stage: 'screening' }), 200);
  });

  it('offers a staff record only from hires of their own openings', async () => {
    await expectStatus(api().post(`/api/applications/${world.application.id}/stage`).set(bearer(world.owner.token)).send({ stage: 'hired' }), 200);
    expectProblem(await get(other, `/api/staff/from-application/${world.application.id}`), 404);
    await expectStatus(get(world.manager, `/api/staff/from-application/${world.application.id}`), 200);
  });

  it("calibrates interviewers over their own openings' interviews only", async () => {
    const interview = await schedulePanel(world);
    await submitAll(world.i1, interview.id, interview.questions as { id: string }[], 5);
    await submitAll(world.i2, interview.id, interview.questions as { id: string }[], 2);
    const calibration = async (s: Session) =>
      ((await expectStatus(get(s, '/api/analytics/interviewer-calibration'), 200)).body as InterviewerCalibration[]).map((r) => r.interviewerId).sort();
    const panel = [world.i1.user.id, world.i2.user.id].sort();
    expect(await calibration(world.owner)).toEqual(panel);
    expect(await calibration(world.manager)).toEqual(panel);
    expect(await calibration(other)).toEqual([]);
  });

  it('gives a user holding hiring_manager and hr the wider view of HR', async () => {
    const both = await userWithRoles(world.owner, ['hiring_manager', 'hr']);
    expect(await ids(both, '/api/openings')).toEqual([world.opening.id, theirs.id].sort());
    await expectStatus(get(both, `/api/candidates/${world.candidate.id}`), 200);
    const body = { hiringManagerId: other.user.id, version: world.opening.version };
    await expectStatus(api().patch(`/api/openings/${world.opening.id}`).set(bearer(both.token)).send(body), 200);
    expect(await managerOf(world.opening.id)).toBe(other.user.id);
  });
});
