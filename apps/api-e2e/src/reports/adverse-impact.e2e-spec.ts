import type { AdverseImpactReport, AuditEvent, Page, SelfIdentification } from '@rapport/shared/contracts';
import { signup, userWithRoles } from '../factories';
import { query } from '../support/db';
import { api, bearer, errorFields, expectProblem, expectStatus } from '../support/http';
import { download, readPdf, readXlsx, sheetObjects } from './readers';
import { apply, moveThrough, namedHiringWorld } from './reports.factory';

const selfId = (token: string, candidateId: string) => api().get(`/api/candidates/${candidateId}/self-identification`).set(bearer(token));
const putSelfId = (token: string, candidateId: string, body: object) =>
  api().put(`/api/candidates/${candidateId}/self-identification`).set(bearer(token)).send(body);

describe('voluntary self-identification', () => {
  it('is written and read by HR and the owner only, audited without its values, and never shown with the candidate', async () => {
    const owner = await signup('Lumen');
    const world = await namedHiringWorld(owner);
    const hr = await userWithRoles(owner, ['hr']);
    const admin = await userWithRoles(owner, ['admin']);
    const candidateId = world.candidate.id;

    const empty = (await expectStatus(selfId(hr.token, candidateId), 200)).body as SelfIdentification;
    expect(empty).toEqual({ candidateId, sex: null, raceEthnicity: null, updatedAt: null });
    const saved = (await expectStatus(putSelfId(hr.token, candidateId, { sex: 'female', raceEthnicity: 'asian' }), 200)).body as SelfIdentification;
    expect(saved).toMatchObject({ candidateId, sex: 'female', raceEthnicity: 'asian', updatedAt: expect.any(String) });
    expect((await expectStatus(selfId(owner.token, candidateId), 200)).body).toMatchObject({ sex: 'female', raceEthnicity: 'asian' });
    // Replacing: an omitted answer is "not answered".
    await expectStatus(putSelfId(owner.token, candidateId, { raceEthnicity: 'prefer_not_to_say' }), 200);
    expect(await query('SELECT sex, race_ethnicity FROM candidate_self_identifications')).toEqual([
      { sex: null, race_ethnicity: 'prefer_not_to_say' },
    ]);

    // Everyone else: the same 404 as for a candidate that does not exist.
    for (const session of [admin, world.manager, world.i1]) {
      expectProblem(await selfId(session.token, candidateId), 404);
      expectProblem(await putSelfId(session.token, candidateId, { sex: 'male' }), 404);
    }
    expectProblem(await selfId((await signup('Elsewhere')).token, candidateId), 404);
    expect(errorFields(await putSelfId(hr.token, candidateId, { sex: 'unknown', raceEthnicity: 'martian' }))).toEqual(['sex', 'raceEthnicity']);

    // Not part of the candidate, the application or the audit trail's values.
    const candidate = (await expectStatus(api().get(`/api/candidates/${candidateId}`).set(bearer(hr.token)), 200)).body;
    const application = (await expectStatus(api().get(`/api/applications/${world.application.id}`).set(bearer(hr.token)), 200)).body;
    for (const body of [candidate, application]) expect(JSON.stringify(body)).not.toMatch(/asian|female|prefer_not_to_say|sex|race/i);
    const audit = (
      await expectStatus(api().get('/api/audit-events').query({ entityType: 'candidate', entityId: candidateId }).set(bearer(hr.token)), 200)
    ).body as Page<AuditEvent>;
    const writes = audit.items.filter((e) => e.action === 'candidate.self_identification_updated');
    expect(writes.map((e) => [e.actorUserId, e.after])).toEqual([
      [owner.user.id, { updated: true }],
      [hr.user.id, { updated: true }],
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/asian|female|prefer_not_to_say/);

    // Nor in the candidate packet.
    const text = readPdf((await download(api().get('/api/exports/candidate-packet').query({ applicationId: world.application.id }).set(bearer(hr.token)))).body);
    expect(text).toContain('Casey Lind');
    expect(text).not.toMatch(/asian|prefer not to say|female/i);
  });
});

describe('adverse impact', () => {
  /**
   * The hand-computed example, at screening (selected = reached interviewing):
   *   women 2 of 5 → 0.40; men 4 of 5 → 0.80 (reference); impact ratio 0.40 / 0.80 = 0.50 < 0.8 → flagged.
   *   White 4 of 7 → 0.571 (the only group of 5+); Asian (2) and Hispanic (1) pooled: 3 applicants, 2 selected, no rate.
   *   One "prefer not to say" (selected) is counted but not compared; one application still in screening is pending.
   */
  const people = [
    ['female', 'white', 'interviewing'],
    ['female', 'white', 'rejected'],
    ['female', 'white', 'rejected'],
    ['female', 'asian', 'interviewing'],
    ['female', 'asian', 'rejected'],
    ['male', 'white', 'interviewing'],
    ['male', 'white', 'interviewing'],
    ['male', 'white', 'interviewing'],
    ['male', 'white', 'rejected'],
    ['male', 'hispanic_or_latino', 'interviewing'],
    ['prefer_not_to_say', 'prefer_not_to_say', 'interviewing'],
    ['male', 'white', null],
  ] as const;

  it('gives selection rates, impact ratios, the four-fifths flag and pooled small groups, as computed by hand', async () => {
    const owner = await signup('Lumen');
    const world = await namedHiringWorld(owner);
    const hr = await userWithRoles(owner, ['hr']);
    // The world's own application is withdrawn: not a selection decision at any stage.
    await moveThrough(owner.token, world.application.id, ['withdrawn']);
    for (const [sex, raceEthnicity, outcome] of people) {
      const { candidate, application } = await apply(owner.token, world.opening.id);
      await expectStatus(putSelfId(hr.token, candidate.id, { sex, raceEthnicity }), 200);
      await moveThrough(owner.token, application.id, outcome ? ['screening', outcome] : ['screening']);
    }

    const report = (
      await expectStatus(api().get('/api/reports/adverse-impact').query({ openingId: world.opening.id, stage: 'screening' }).set(bearer(hr.token)), 200)
    ).body as AdverseImpactReport;
    expect(report).toMatchObject({ minGroupSize: 5, fourFifths: 0.8 });
    expect(report.openings).toHaveLength(1);
    const [stage] = report.openings[0].stages;
    expect(stage).toMatchObject({ stage: 'screening', selectedMeans: 'interviewing', decided: 11, selected: 7, pending: 1, withdrawn: 0 });
    const sex = stage.tables.find((t) => t.dimension === 'sex');
    expect(sex?.groups.map((g) => [g.label, g.applicants, g.selected, g.selectionRate, g.impactRatio, g.fourFifthsFlag])).toEqual([
      ['Male', 5, 4, 0.8, 1, false],
      ['Female', 5, 2, 0.4, 0.5, true],
    ]);
    expect(sex?.excluded.preferNotToSay).toEqual({ applicants: 1, selected: 1 });
    const race = stage.tables.find((t) => t.dimension === 'raceEthnicity');
    expect(race?.groups.map((g) => [g.label, g.applicants, g.selected])).toEqual([['White', 7, 4]]);
    expect(race?.groups[0].selectionRate).toBeCloseTo(4 / 7, 12);
    expect(race?.smallGroups).toEqual({ groupCount: 2, applicants: 3, selected: 2, selectionRate: null });
    expect(race?.smallSampleWarning).toBe(true);
    expect(JSON.stringify(race)).not.toMatch(/asian|hispanic/i);

    // Every stage when none is named; at applied everyone who reached screening was selected.
    const all = (await expectStatus(api().get('/api/reports/adverse-impact').set(bearer(owner.token)), 200)).body as AdverseImpactReport;
    expect(all.openings[0].stages.map((s) => [s.stage, s.decided, s.selected, s.withdrawn])).toEqual([
      ['applied', 12, 12, 1],
      ['screening', 11, 7, 0],
      ['interviewing', 0, 0, 0],
      ['offer', 0, 0, 0],
    ]);

    const xlsx = await download(api().get('/api/exports/adverse-impact').query({ stage: 'screening' }).set(bearer(hr.token)));
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-disposition']).toBe(
      `attachment; filename="rapport-adverse-impact-all-openings-screening-${new Date().toISOString().slice(0, 10)}.xlsx"`,
    );
    const rows = sheetObjects(readXlsx(xlsx.body)['Adverse impact']);
    const female = rows.find((r) => r['Opening'] === 'Patient coordinator' && r['Dimension'] === 'Sex' && r['Group'] === 'Female');
    expect(female).toMatchObject({ Applicants: 5, Selected: 2, 'Selection rate': 0.4, 'Impact ratio': 0.5, 'Below four-fifths': 'yes' });
    expect(rows.find((r) => r['Dimension'] === 'Race/ethnicity' && String(r['Group']).startsWith('Groups under 5'))).toMatchObject({
      Applicants: 3,
      Selected: 2,
      'Selection rate': null,
    });
    expect(rows.some((r) => /asian|hispanic/i.test(String(r['Group'])))).toBe(false);
  });

  it('is for HR and the owner only; another organization’s opening is a 404', async () => {
    const owner = await signup('Lumen');
    const world = await namedHiringWorld(owner);
    const admin = await userWithRoles(owner, ['admin']);
    for (const token of [admin.token, world.manager.token, world.i1.token]) {
      expectProblem(await api().get('/api/reports/adverse-impact').set(bearer(token)), 403);
      expectProblem(await api().get('/api/exports/adverse-impact').set(bearer(token)), 403);
    }
    const orgB = await signup('Elsewhere');
    expectProblem(await api().get('/api/reports/adverse-impact').query({ openingId: world.opening.id }).set(bearer(orgB.token)), 404);
    expect(errorFields(await api().get('/api/reports/adverse-impact').query({ stage: 'hired' }).set(bearer(owner.token)))).toEqual(['stage']);
    expect(errorFields(await api().get('/api/exports/adverse-impact').query({ format: 'csv' }).set(bearer(owner.token)))).toEqual(['format']);
  });
});
