import type { Application, Candidate, Interview, QualityOfHire, StaffMember } from '@rapport/shared/contracts';
import { signup, userWithRoles } from '../factories';
import { createLocation, csv, importCsv } from '../culture/culture.factory';
import { hiringWorld, type HiringWorld } from '../hiring/hiring.factory';
import { download, readXlsx, sheetObjects } from '../reports/readers';
import { api, bearer, expectProblem, expectStatus } from '../support/http';

const HIRED_AT = '2025-01-15';
/** Two full quarters after the hire quarter (2025-Q1): 2025-Q2 and 2025-Q3. */
const MONTHS_AFTER = ['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09'];

/**
 * One hire through the API: candidate, application, a panel of both interviewers who submit
 * `rating(questionIndex)` for every question, the hire decision, and the staff record made from it.
 */
async function hire(world: HiringWorld, n: number, locationId: string, rating: (q: number, interviewer: 1 | 2) => number): Promise<StaffMember> {
  const m = bearer(world.manager.token);
  const email = `hire${n}@lumen.test`;
  const candidate = (await expectStatus(api().post('/api/candidates').set(m).send({ name: `Hire ${n}`, email, source: 'Referral' }), 201)).body as Candidate;
  const application = (
    await expectStatus(api().post('/api/applications').set(m).send({ candidateId: candidate.id, openingId: world.opening.id }), 201)
  ).body as Application;
  const interview = (
    await expectStatus(
      api()
        .post('/api/interviews')
        .set(m)
        .send({ applicationId: application.id, scheduledAt: '2024-12-10T15:00:00.000Z', interviewerIds: [world.i1.user.id, world.i2.user.id] }),
      201,
    )
  ).body as Interview;
  for (const [session, which] of [
    [world.i1, 1],
    [world.i2, 2],
  ] as const) {
    const ratings = interview.questions.map((q, i) => ({ questionId: q.id, rating: rating(i, which), evidence: 'Described what they did' }));
    await expectStatus(api().put(`/api/interviews/${interview.id}/scorecards/me`).set(bearer(session.token)).send({ ratings, recommendation: 'yes' }), 200);
    await expectStatus(api().post(`/api/interviews/${interview.id}/scorecards/me/submit`).set(bearer(session.token)), 200);
  }
  await expectStatus(api().post(`/api/applications/${application.id}/decision`).set(m).send({ decision: 'hire', rationale: 'Warm and precise' }), 200);
  return (
    await expectStatus(
      api()
        .post('/api/staff')
        .set(bearer(world.owner.token))
        .send({ name: `Hire ${n}`, email, roleTitle: 'Coordinator', locationId, hiredAt: HIRED_AT, applicationId: application.id }),
      201,
    )
  ).body as StaffMember;
}

const report = async (token: string) => (await expectStatus(api().get('/api/analytics/quality-of-hire').set(bearer(token)), 200)).body as QualityOfHire;

describe('quality of hire', () => {
  /**
   * 14 hires. The kit's questions 0 and 1 are on competency A, question 2 on competency B. Ratings on
   * question 0/1 are planted to rank the hires exactly as their later on-time rate does; question 2's
   * ratings zig-zag with no relation to it.
   */
  it('recovers a planted relation, reads "no evidence" where there is none, and hides other interviewers', async () => {
    const owner = await signup('Lumen');
    const world = await hiringWorld(owner);
    const location = await createLocation(owner.token, 'Uptown', 'UPT');
    const level = (n: number) => 1 + (n % 5);
    const zigzag = [3, 1, 5, 2, 4, 3, 5, 1, 2, 4, 3, 1, 5, 2];
    const hires: StaffMember[] = [];
    for (let n = 0; n < 14; n++) {
      hires.push(await hire(world, n, location.id, (q) => (q === 2 ? zigzag[n] : level(n))));
    }
    // Later behaviour: on-time rate rises with the planted level (a tiny per-hire offset breaks ties).
    const rows = hires.flatMap((s, n) => MONTHS_AFTER.map((month) => [s.email, '', month, 'on_time_rate', (0.4 + 0.1 * level(n) + 0.001 * n).toFixed(3)]));
    await expectStatus(importCsv(owner.token, csv([['staff_email', 'location_code', 'period', 'metric', 'value'], ...rows])), 200);

    const full = await report(owner.token);
    expect(full.hires).toBe(14);
    const [a, b] = full.byCompetency;
    expect(a).toEqual(expect.objectContaining({ n: 14, reading: 'tracks', readingText: 'Ratings on this have tracked later patient-facing behavior' }));
    expect(a.rho).toBeGreaterThan(0.9);
    expect(a.ci95?.lower).toBeGreaterThan(0);
    expect(b).toEqual(expect.objectContaining({ n: 14, reading: 'no_evidence', readingText: 'No evidence yet' }));
    expect(Math.abs(b.rho ?? 1)).toBeLessThan(0.5);
    expect(full.byQuestion.map((q) => q.reading)).toEqual(['tracks', 'tracks', 'no_evidence']);
    // HR and the owner see every interviewer by name.
    expect(full.byInterviewer.map((i) => i.interviewerId).sort()).toEqual([world.i1.user.id, world.i2.user.id].sort());
    expect(full.hiddenInterviewers).toBe(0);

    // An interviewer sees the aggregates and only their own named row.
    const mine = await report(world.i1.token);
    expect(mine.byCompetency).toEqual(full.byCompetency);
    expect(mine.byInterviewer.map((i) => i.interviewerId)).toEqual([world.i1.user.id]);
    expect(mine.hiddenInterviewers).toBe(1);
    // A hiring manager who did not interview sees no named row.
    const manager = await report(world.manager.token);
    expect(manager.byInterviewer).toEqual([]);
    expect(manager.hiddenInterviewers).toBe(2);
  });

  it('says "not enough data" with fewer than 10 hires, and counts only hires with two later quarters', async () => {
    const owner = await signup('Lumen');
    const world = await hiringWorld(owner);
    const location = await createLocation(owner.token, 'Uptown', 'UPT');
    const hires: StaffMember[] = [];
    for (let n = 0; n < 4; n++) hires.push(await hire(world, n, location.id, () => 1 + n));
    // Hire 3 has only one later quarter of data: not counted.
    const rows = hires.flatMap((s, n) =>
      (n === 3 ? ['2025-04'] : MONTHS_AFTER).map((month) => [s.email, '', month, 'on_time_rate', String(0.5 + n / 10)]),
    );
    await expectStatus(importCsv(owner.token, csv([['staff_email', 'location_code', 'period', 'metric', 'value'], ...rows])), 200);
    const result = await report(owner.token);
    expect(result.hires).toBe(3);
    expect(result.byCompetency[0]).toEqual(expect.objectContaining({ n: 3, rho: null, ci95: null, reading: 'not_enough_data' }));
  });

  it('is for people who interview or run hiring; staff get 403, and nothing of another organization shows', async () => {
    const owner = await signup('Lumen');
    const staff = await userWithRoles(owner, ['staff']);
    expectProblem(await api().get('/api/analytics/quality-of-hire').set(bearer(staff.token)), 403);
    expectProblem(await api().get('/api/analytics/quality-of-hire'), 401);
    const other = await signup('Other practice');
    const world = await hiringWorld(owner);
    const location = await createLocation(owner.token, 'Uptown', 'UPT');
    await hire(world, 1, location.id, () => 4);
    expect((await report(other.token)).hires).toBe(0);
    expect((await report(other.token)).byQuestion).toEqual([]);
  });
});

describe('quality-of-hire export', () => {
  it("downloads the caller's view as XLSX, read back with openpyxl", async () => {
    const owner = await signup('Lumen');
    const world = await hiringWorld(owner);
    const location = await createLocation(owner.token, 'Uptown', 'UPT');
    await hire(world, 1, location.id, () => 4);
    const res = await download(api().get('/api/exports/quality-of-hire').set(bearer(world.i1.token)));
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="rapport-quality-of-hire-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const book = readXlsx(res.body);
    expect(Object.keys(book)).toEqual(['By competency', 'By question', 'By interviewer']);
    expect(sheetObjects(book['By competency'])[0]).toMatchObject({ 'Hires (n)': 0, 'Spearman rho': null, Reading: 'Not enough data' });
    // No hire has culture data yet: no interviewer row, only the method notes under the header.
    expect(sheetObjects(book['By interviewer']).every((r) => r['Hires (n)'] === null)).toBe(true);
    expect(JSON.stringify(book)).toContain('Spearman rank correlation');
    expectProblem(await api().get('/api/exports/quality-of-hire').set(bearer((await userWithRoles(owner, ['staff'])).token)), 403);
  });
});
