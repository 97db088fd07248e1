import type { ThreeWayGap } from '@rapport/shared/contracts';
import { signup, userWithRoles } from '../factories';
import { closeCycle, competencies, createCycle, createStaff, leaderTeam, review } from '../culture/culture.factory';
import { download, readXlsx, sheetObjects } from '../reports/readers';
import { api, bearer, expectProblem, expectStatus } from '../support/http';
import { quotedCsv, SURVEY_HEADER, upload } from './patient-signals.factory';

const gapOf = (token: string, userId: string) => api().get(`/api/leaders/${userId}/three-way-gap`).set(bearer(token));

describe("the leader's three-way gap", () => {
  it('puts self, anonymous staff and patients side by side per competency', async () => {
    const owner = await signup('Lumen');
    const team = await leaderTeam(owner, 3);
    const [empathy, responsiveness] = await competencies(owner.token);
    const cycle = await createCycle(owner.token);
    for (const [i, r] of team.reports.entries()) {
      await review(r.session, team.leader.staff.id, 'upward', [{ competencyId: empathy.id, rating: 3 + (i % 2) }]);
    }
    await review(team.leader.session, team.leader.staff.id, 'self', [
      { competencyId: empathy.id, rating: 5 },
      { competencyId: responsiveness.id, rating: 4 },
    ]);
    await closeCycle(owner.token, cycle.id);
    // Five surveys name the leader (listened → empathy), scored 2 or 3.
    const rows = [1, 2, 3, 4, 5].map((d) => [`2026-10-0${d}`, 'MAIN', team.leader.staff.email, '', d % 2 ? 2 : 3, '', '', '']);
    await expectStatus(upload(owner.token, '/api/patient-feedback/import', quotedCsv([SURVEY_HEADER, ...rows])), 200);

    const gap = (await expectStatus(gapOf(team.leader.session.token, team.leader.session.user.id), 200)).body as ThreeWayGap;
    expect(gap).toMatchObject({ leaderUserId: team.leader.session.user.id, gapCycleId: cycle.id, minRaters: 3, patientSource: 'named' });
    const row = gap.rows.find((r) => r.competencyId === empathy.id);
    expect(row).toEqual({
      competencyId: empathy.id,
      competencyName: empathy.name,
      self: 5,
      staff: { suppressed: false, n: 3, mean: 10 / 3, comments: [] },
      patient: { suppressed: false, n: 5, mean: 2.4, score: 35 },
    });
    // Responsiveness: the self-rating alone; too few staff raters and no patient answers.
    expect(gap.rows.find((r) => r.competencyId === responsiveness.id)).toMatchObject({
      self: 4,
      staff: { suppressed: true, reason: 'below_min_raters' },
      patient: { suppressed: true, reason: 'no_data', n: 0 },
    });
    // Staff raters are never identified.
    const text = JSON.stringify(gap);
    for (const r of team.reports) expect(text).not.toContain(r.session.user.id);

    const hr = await userWithRoles(owner, ['hr']);
    await expectStatus(gapOf(hr.token, team.leader.session.user.id), 200);

    // The leadership-goals export carries the same three columns, read back with openpyxl.
    const book = readXlsx((await download(api().get('/api/exports/leadership-goals').set(bearer(hr.token)))).body);
    const sheet = sheetObjects(book['Self, staff, patients']).filter((r) => r['Leader'] === 'Dr Lead');
    expect(sheet.find((r) => r['Competency'] === empathy.name)).toEqual({
      Leader: 'Dr Lead',
      Competency: empathy.name,
      'Self rating': 5,
      'Staff rating (upward)': 3.33,
      'Patients (1-5)': 2.4,
      'Patient responses': 5,
      'Patient source': 'surveys naming the leader',
    });
    expect(sheet.find((r) => r['Competency'] === responsiveness.name)).toMatchObject({ 'Patients (1-5)': 'no responses', 'Patient responses': 0 });
  });

  it("falls back to the leader's location when too few surveys name them", async () => {
    const owner = await signup('Lumen');
    const team = await leaderTeam(owner, 0);
    const colleague = await createStaff(owner.token, { locationId: team.location.id, email: 'nurse@lumen.test' });
    const rows = [1, 2, 3, 4, 5, 6].map((d) => [`2026-10-0${d}`, 'MAIN', d === 1 ? team.leader.staff.email : colleague.email, 4, '', '', '', '']);
    await expectStatus(upload(owner.token, '/api/patient-feedback/import', quotedCsv([SURVEY_HEADER, ...rows])), 200);
    const gap = (await expectStatus(gapOf(owner.token, team.leader.session.user.id), 200)).body as ThreeWayGap;
    expect(gap.patientSource).toBe('location');
    expect(gap.rows[0].patient).toEqual({ suppressed: false, n: 6, mean: 4, score: 75 });
  });

  it('is 404 for other leaders, staff of the team and other organizations', async () => {
    const owner = await signup('Lumen');
    const team = await leaderTeam(owner, 1);
    const otherLeader = await userWithRoles(owner, ['leader']);
    expectProblem(await gapOf(otherLeader.token, team.leader.session.user.id), 404);
    expectProblem(await gapOf(team.reports[0].session.token, team.leader.session.user.id), 403);
    const other = await signup('Other practice');
    expectProblem(await gapOf(other.token, team.leader.session.user.id), 404);
  });
});
