import type { Competency, InterviewerCalibration } from '@rapport/shared/contracts';
import { signup, userWithRoles } from '../factories';
import { competencies, schedulePanel } from '../hiring/hiring.factory';
import { api, bearer, errorFields, expectProblem, expectStatus } from '../support/http';
import { download, readCsv, readPdf, readXlsx, sheetObjects } from './readers';
import { apply, createOpening, currentQuarter, moveThrough, namedHiringWorld, submitScorecard } from './reports.factory';

const packet = (token: string, applicationId: string, format?: string) =>
  download(api().get('/api/exports/candidate-packet').query({ applicationId, ...(format ? { format } : {}) }).set(bearer(token)));

describe('candidate packet (PDF)', () => {
  it('holds the application, questions with anchors, every rating with its evidence, panel statistics and the decision', async () => {
    const owner = await signup('Lumen');
    const world = await namedHiringWorld(owner);
    const hr = await userWithRoles(owner, ['hr']);
    const [c1] = (await competencies(owner.token)) as Competency[];
    const interview = await schedulePanel(world);
    // Competency 1 (q1, q2): Iris 5.0, Ivan 2.5 → mean 3.75, range 2.5 → disagreement. Competency 2 (q3): 3 and 3.
    await submitScorecard(world.i1.token, interview, [5, 5, 3], 'Iris saw', 'strong_yes');
    await submitScorecard(world.i2.token, interview, [2, 3, 3], 'Ivan heard', 'no');
    await expectStatus(
      api()
        .post(`/api/applications/${world.application.id}/decision`)
        .set(bearer(world.manager.token))
        .send({ decision: 'hire', rationale: 'Owned the billing mistake and changed the estimate process' }),
      200,
    );

    const res = await packet(hr.token, world.application.id);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="rapport-candidate-packet-casey-lind.pdf"');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);

    const text = readPdf(res.body);
    for (const expected of [
      'Candidate packet: Casey Lind',
      'casey@example.com',
      'Patient coordinator (Main clinic)',
      'Morgan Manager',
      'Q1. A surprise bill',
      'Q3. A late doctor',
      '1 = Blames the patient',
      '5 = Acknowledges, explains, fixes the cause',
      'Iris Interviewer: 5 / 5',
      'Evidence: Iris saw q1',
      'Ivan Interviewer: 2 / 5',
      'Evidence: Ivan heard q3',
      'Strong yes',
      `${c1.name} 3.75 2.50 5.00 1.77 2 yes (range >= 2)`,
      'yes (range >= 2)',
      "Krippendorff's alpha",
      'Decision: Hire',
      'Override of the computed recommendation',
      'Rationale: Owned the billing mistake and changed the estimate process',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('is for HR, owner, admin and the opening’s hiring manager only; other organizations get 404', async () => {
    const owner = await signup('Lumen');
    const world = await namedHiringWorld(owner);
    const staff = await userWithRoles(owner, ['staff']);
    const otherManager = await userWithRoles(owner, ['hiring_manager']);
    const admin = await userWithRoles(owner, ['admin']);
    const orgB = await signup('Elsewhere');

    expect((await packet(world.manager.token, world.application.id)).status).toBe(200);
    expect((await packet(admin.token, world.application.id)).status).toBe(200);
    expectProblem(await api().get('/api/exports/candidate-packet').query({ applicationId: world.application.id }).set(bearer(staff.token)), 403);
    expectProblem(await api().get('/api/exports/candidate-packet').query({ applicationId: world.application.id }).set(bearer(world.i1.token)), 403);
    expectProblem(
      await api().get('/api/exports/candidate-packet').query({ applicationId: world.application.id }).set(bearer(otherManager.token)),
      404,
    );
    expectProblem(await api().get('/api/exports/candidate-packet').query({ applicationId: world.application.id }).set(bearer(orgB.token)), 404);
    expect(
      errorFields(
        await api().get('/api/exports/candidate-packet').query({ applicationId: world.application.id, format: 'xlsx' }).set(bearer(owner.token)),
      ),
    ).toEqual(['format']);
    expect(errorFields(await api().get('/api/exports/candidate-packet').set(bearer(owner.token)))).toEqual(['applicationId']);
  });
});

describe('hiring funnel (CSV, XLSX)', () => {
  it('counts per opening and stage, flags small counts and neutralises formula cells', async () => {
    const owner = await signup('Lumen');
    const world = await namedHiringWorld(owner);
    const token = world.manager.token;
    const hostile = '=HYPERLINK("http://evil.example","open me")';
    await createOpening(token, world, hostile);
    // Opening 1: the world's application stays applied; three more move on.
    await moveThrough(token, (await apply(token, world.opening.id)).application.id, ['screening', 'interviewing']);
    await moveThrough(token, (await apply(token, world.opening.id)).application.id, ['screening', 'rejected']);
    await moveThrough(token, (await apply(token, world.opening.id)).application.id, ['withdrawn']);

    const csvRes = await download(api().get('/api/exports/hiring-funnel').set(bearer(owner.token)));
    expect(csvRes.status).toBe(200);
    expect(csvRes.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csvRes.headers['content-disposition']).toBe(
      `attachment; filename="rapport-hiring-funnel-${new Date().toISOString().slice(0, 10)}.csv"`,
    );
    const [header, ...rows] = readCsv(csvRes.body);
    expect(header.slice(0, 10)).toEqual([
      'Opening',
      'Location',
      'Opening status',
      'Stage',
      'Entered',
      'Advanced',
      'Rejected',
      'Withdrawn',
      'Open',
      'Pass-through rate',
    ]);
    const coordinator = rows.filter((r) => r[0] === 'Patient coordinator').map((r) => [r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[12]]);
    expect(coordinator).toEqual([
      ['applied', '4', '2', '0', '1', '1', '0.5', 'yes'],
      ['screening', '2', '1', '1', '0', '0', '0.5', 'yes'],
      ['interviewing', '1', '0', '0', '0', '1', '0', 'yes'],
      ['offer', '0', '0', '0', '0', '0', '', 'yes'],
      ['hired', '0', '', '', '', '', '', 'yes'],
    ]);
    // The hostile title is exported as text: a leading quote, the formula never evaluated.
    expect(rows.filter((r) => r[0] === `'${hostile}`)).toHaveLength(5);
    expect(rows.some((r) => r.some((cell) => /^[=+\-@]/.test(cell)))).toBe(false);

    const quarter = currentQuarter();
    const xlsxRes = await download(
      api().get('/api/exports/hiring-funnel').query({ format: 'xlsx', from: quarter.from, to: quarter.to }).set(bearer(owner.token)),
    );
    expect(xlsxRes.headers['content-disposition']).toBe(`attachment; filename="rapport-hiring-funnel-${quarter.label}.xlsx"`);
    expect(Number(xlsxRes.headers['content-length'])).toBe(xlsxRes.body.length);
    const sheet = sheetObjects(readXlsx(xlsxRes.body)['Hiring funnel']);
    expect(sheet.find((r) => r['Opening'] === 'Patient coordinator' && r['Stage'] === 'applied')).toMatchObject({
      Entered: 4,
      Advanced: 2,
      'Pass-through rate': 0.5,
      'Small sample (entered < 10)': 'yes',
    });
    expect(sheet.filter((r) => r['Opening'] === `'${hostile}`)).toHaveLength(5);

    // A range that holds none of these applications counts nothing.
    const empty = await download(api().get('/api/exports/hiring-funnel').query({ from: '2020-01-01', to: '2020-03-31' }).set(bearer(owner.token)));
    expect(readCsv(empty.body).filter((r) => r[0] === 'Patient coordinator').map((r) => r[4])).toEqual(['0', '0', '0', '0', '0']);
  });

  it('gives a hiring manager their own openings only; pdf is not a funnel format', async () => {
    const owner = await signup('Lumen');
    const world = await namedHiringWorld(owner);
    const other = await userWithRoles(owner, ['hiring_manager']);
    const theirs = await createOpening(owner.token, world, 'Front desk lead', other.user.id);

    const mine = readCsv((await download(api().get('/api/exports/hiring-funnel').set(bearer(other.token)))).body);
    expect([...new Set(mine.slice(1).map((r) => r[0]))]).toEqual(['Front desk lead']);
    expectProblem(await api().get('/api/exports/hiring-funnel').query({ openingId: world.opening.id }).set(bearer(other.token)), 404);
    const one = await download(api().get('/api/exports/hiring-funnel').query({ openingId: theirs, format: 'xlsx' }).set(bearer(other.token)));
    expect(one.headers['content-disposition']).toMatch(/^attachment; filename="rapport-hiring-funnel-front-desk-lead-\d{4}-\d{2}-\d{2}\.xlsx"$/);

    const bad = await api().get('/api/exports/hiring-funnel').query({ format: 'pdf' }).set(bearer(owner.token));
    expect(errorFields(bad)).toEqual(['format']);
    expect(bad.body.errors[0].message).toBe('format must be one of: csv, xlsx (for the hiring-funnel export)');
    expect(errorFields(await api().get('/api/exports/hiring-funnel').query({ from: '2026-09-01', to: '2026-08-01' }).set(bearer(owner.token)))).toEqual([
      'from',
    ]);
    expectProblem(await api().get('/api/exports/hiring-funnel').set(bearer(world.i1.token)), 403);
  });
});

describe('interviewer calibration (XLSX)', () => {
  it('exports the same numbers as the calibration analytics, for HR and not for hiring managers', async () => {
    const owner = await signup('Lumen');
    const world = await namedHiringWorld(owner);
    const interview = await schedulePanel(world);
    await submitScorecard(world.i1.token, interview, [5, 5, 3], 'Iris saw', 'yes');
    await submitScorecard(world.i2.token, interview, [2, 3, 3], 'Ivan heard', 'no');
    const hr = await userWithRoles(owner, ['hr']);

    const expected = (await expectStatus(api().get('/api/analytics/interviewer-calibration').set(bearer(hr.token)), 200))
      .body as InterviewerCalibration[];
    const res = await download(api().get('/api/exports/interviewer-calibration').set(bearer(hr.token)));
    const rows = sheetObjects(readXlsx(res.body)['Interviewer calibration']).filter((r) => r['Scorecards'] !== null);
    expect(rows.map((r) => [r['Interviewer'], r['Scorecards'], r['Ratings'], r['Mean deviation from fellow panelists']])).toEqual(
      expected.map((e) => [e.name, e.scorecards, e.ratings, e.meanDeviation]),
    );
    expect(rows.map((r) => r['Interviewer'])).toEqual(['Iris Interviewer', 'Ivan Interviewer']);
    // Per competency, own score minus the other panelist's: Iris 5 − 2.5 on competency 1 and 3 − 3 on 2 → +1.25.
    expect(rows.map((r) => r['Mean deviation from fellow panelists'])).toEqual([1.25, -1.25]);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="rapport-interviewer-calibration-${new Date().toISOString().slice(0, 10)}.xlsx"`);

    expectProblem(await api().get('/api/exports/interviewer-calibration').set(bearer(world.manager.token)), 403);
    expect(errorFields(await api().get('/api/exports/interviewer-calibration').query({ format: 'csv' }).set(bearer(hr.token)))).toEqual(['format']);
  });
});
