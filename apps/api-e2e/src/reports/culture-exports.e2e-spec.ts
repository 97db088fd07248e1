import { signup, userWithRoles } from '../factories';
import { closeCycle, competencies, createCycle, createGoal, leaderTeam, PERIOD, review } from '../culture/culture.factory';
import { api, bearer, errorFields, expectProblem, expectStatus } from '../support/http';
import { allCells, download, readPdf, readXlsx, sheetObjects } from './readers';

const SUPPRESSED = 'suppressed (fewer than 3 raters)';

/**
 * A leader rated upward by three reports on competency 1 (2, 4, 3: mean 3.00) and by only two of
 * them on competency 2 (2 and 5: mean 3.50, which must never appear, nor its 0–100 form 62.5).
 */
async function ratedTeam() {
  const owner = await signup('Lumen');
  const team = await leaderTeam(owner, 3);
  const [c1, c2] = await competencies(owner.token);
  const cycle = await createCycle(owner.token);
  const [r1, r2, r3] = team.reports.map((r) => r.session);
  await review(r1, team.leader.staff.id, 'upward', [
    { competencyId: c1.id, rating: 2 },
    { competencyId: c2.id, rating: 2 },
  ]);
  await review(r2, team.leader.staff.id, 'upward', [
    { competencyId: c1.id, rating: 4 },
    { competencyId: c2.id, rating: 5 },
  ]);
  await review(r3, team.leader.staff.id, 'upward', [{ competencyId: c1.id, rating: 3 }]);
  await closeCycle(owner.token, cycle.id);
  return { owner, team, c1, c2 };
}

describe('culture export', () => {
  it('exports scores, trends and the heatmap; a competency rated by two people is suppressed everywhere', async () => {
    const { owner, team, c1, c2 } = await ratedTeam();
    const range = { from: PERIOD.months[0], to: PERIOD.months[2] };

    const xlsx = await download(api().get('/api/exports/culture').query(range).set(bearer(owner.token)));
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="rapport-culture-2026-q3.xlsx"');
    const book = readXlsx(xlsx.body);
    expect(Object.keys(book)).toEqual(['Locations', 'Staff', 'Heatmap by location', 'Heatmap by role']);

    const heatmap = sheetObjects(book['Heatmap by location']);
    const row = (name: string) => heatmap.find((r) => r['Competency'] === name);
    expect(row(c1.name)?.[team.location.name]).toBe(3);
    // Two raters of c2 are a group below the minimum: it contributes nothing, so the cell has no data.
    expect(row(c2.name)?.[team.location.name]).toBe('no data');

    // The leader's 360 component: three distinct raters (2, 4.5 and 3 each on average) → (3.1667 − 1) × 25.
    const leader = sheetObjects(book['Staff']).find((r) => r['Staff member'] === 'Dr Lead' && r['Period'] === PERIOD.quarter);
    expect(leader?.['360 by others (0-100)']).toBeCloseTo(((2 + 4.5 + 3) / 3 - 1) * 25, 1);
    // A report nobody rated: no 360 data, nothing invented.
    const report = sheetObjects(book['Staff']).find((r) => r['Staff member'] === 'Report 1' && r['Period'] === PERIOD.quarter);
    expect(report?.['360 by others (0-100)']).toBe('no data');

    const cells = allCells(book);
    expect(cells).not.toContain(3.5);
    expect(cells).not.toContain(62.5);

    const pdf = await download(api().get('/api/exports/culture').query({ ...range, format: 'pdf' }).set(bearer(owner.token)));
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="rapport-culture-2026-q3.pdf"');
    const text = readPdf(pdf.body);
    for (const expected of ['Culture report 2026-07 to 2026-09', 'Locations', 'Staff', 'Dr Lead', 'Heatmap', 'suppressed', '3.00']) {
      expect(text).toContain(expected);
    }
    // The trend chart's label (server-side SVG): the leader's score for the quarter.
    expect(text).toContain('Mean 360 rating by others (1-5)');
    expect(text).not.toMatch(/\b3\.50\b|\b62\.5\b/);
  });

  it('is for HR, owner and admin; a leader or staff member gets 403, a bad format 400', async () => {
    const owner = await signup('Lumen');
    const team = await leaderTeam(owner, 1);
    const admin = await userWithRoles(owner, ['admin']);
    expect((await download(api().get('/api/exports/culture').set(bearer(admin.token)))).status).toBe(200);
    expectProblem(await api().get('/api/exports/culture').set(bearer(team.leader.session.token)), 403);
    expectProblem(await api().get('/api/exports/culture').set(bearer(team.reports[0].session.token)), 403);
    expect(errorFields(await api().get('/api/exports/culture').query({ format: 'csv' }).set(bearer(owner.token)))).toEqual(['format']);
  });
});

describe('leadership goals export', () => {
  it('exports goals, check-ins, the upward trend and the gap, with anonymity', async () => {
    const { owner, team, c1, c2 } = await ratedTeam();
    const goal = await createGoal(owner.token, team.leader.session.user.id, c2.id, 'Explain fees before treatment');
    await expectStatus(
      api().post(`/api/leadership-goals/${goal.id}/check-ins`).set(bearer(team.leader.session.token)).send({ progress: 40, note: 'Written estimates at the desk', date: '2026-08-20' }),
      201,
    );
    const hr = await userWithRoles(owner, ['hr']);

    const xlsx = await download(api().get('/api/exports/leadership-goals').set(bearer(hr.token)));
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-disposition']).toBe(
      `attachment; filename="rapport-leadership-goals-${new Date().toISOString().slice(0, 10)}.xlsx"`,
    );
    const book = readXlsx(xlsx.body);
    expect(sheetObjects(book['Goals'])).toEqual([
      expect.objectContaining({
        Leader: 'Dr Lead',
        Competency: c2.name,
        Goal: 'Explain fees before treatment',
        'Progress (%)': 40,
        'Check-ins': 1,
        'Latest upward rating (1-5)': SUPPRESSED,
      }),
    ]);
    expect(sheetObjects(book['Check-ins'])).toEqual([
      expect.objectContaining({ Leader: 'Dr Lead', Date: '2026-08-20', 'Progress (%)': 40, Note: 'Written estimates at the desk' }),
    ]);
    const trend = sheetObjects(book['Upward trend']).filter((r) => r['Leader'] === 'Dr Lead');
    expect(trend.find((r) => r['Competency'] === c1.name)).toMatchObject({ 'Upward rating by staff (1-5)': 3, Raters: 3 });
    expect(trend.find((r) => r['Competency'] === c2.name)).toMatchObject({ 'Upward rating by staff (1-5)': SUPPRESSED, Raters: null });
    expect(sheetObjects(book['Self vs staff']).find((r) => r['Competency'] === c2.name)).toMatchObject({
      'Staff rating (upward)': SUPPRESSED,
      'Gap (self - staff)': null,
    });
    expect(allCells(book)).not.toContain(3.5);

    const pdf = await download(api().get('/api/exports/leadership-goals').query({ format: 'pdf', leaderId: team.leader.session.user.id }).set(bearer(hr.token)));
    expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename="rapport-leadership-goals-dr-lead-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const text = readPdf(pdf.body);
    for (const expected of ['Dr Lead', 'Explain fees before treatment', 'Written estimates at the desk', '40%', 'Upward rating by staff (1-5)', 'suppressed']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/\b3\.50?\b/);

    expectProblem(await api().get('/api/exports/leadership-goals').set(bearer(team.leader.session.token)), 403);
    expectProblem(
      await api().get('/api/exports/leadership-goals').query({ leaderId: (await signup('Elsewhere')).user.id }).set(bearer(hr.token)),
      404,
    );
  });
});
