import type { CsvImportError, CsvImportResult, CursorPage, FeedbackItemMappingResponse, PatientFeedbackResponse, PatientSignals } from '@rapport/shared/contracts';
import { signup, userWithRoles } from '../factories';
import { competencies, createLocation, createStaff } from '../culture/culture.factory';
import { count, query } from '../support/db';
import { api, bearer, errorFields, expectProblem, expectStatus } from '../support/http';
import { quotedCsv, SURVEY_HEADER, upload } from './patient-signals.factory';

const IMPORT = '/api/patient-feedback/import';

async function world() {
  const owner = await signup('Lumen');
  const location = await createLocation(owner.token, 'Main clinic', 'MAIN');
  const ana = await createStaff(owner.token, { locationId: location.id, name: 'Ana', email: 'ana@lumen.test' });
  return { owner, location, ana };
}

/** `n` responses at MAIN naming Ana, courteous = `courteous`, fees_explained = 2. */
const surveys = (n: number, courteous: number, day = '2026-09') =>
  Array.from({ length: n }, (_, i) => [`${day}-${String(i + 1).padStart(2, '0')}`, 'MAIN', 'ana@lumen.test', courteous, '', 2, '', `Visit ${i + 1}`]);

describe('patient feedback import', () => {
  it('checks with a dry run, imports all rows, and skips rows already imported', async () => {
    const { owner, ana } = await world();
    const file = quotedCsv([SURVEY_HEADER, ...surveys(3, 5), ['2026-09-20', 'main', '', '', 4, '', 5, 'Called back the same day, thank you']]);

    const dry = (await expectStatus(upload(owner.token, IMPORT, file, true), 200)).body as CsvImportResult;
    expect(dry).toEqual({ dryRun: true, rows: 4, imported: 0, duplicates: 0, from: '2026-09-01', to: '2026-09-20' });
    expect(await count('patient_feedback_responses')).toBe(0);

    expect((await expectStatus(upload(owner.token, IMPORT, file), 200)).body).toEqual({ ...dry, dryRun: false, imported: 4 });
    const again = (await expectStatus(upload(owner.token, IMPORT, file), 200)).body as CsvImportResult;
    expect(again).toMatchObject({ imported: 0, duplicates: 4 });
    expect(await count('patient_feedback_responses')).toBe(4);

    const stored = await query<{ staff_member_ids: string[]; scores: object; comment: string }>(
      `SELECT staff_member_ids, scores, comment FROM patient_feedback_responses ORDER BY responded_on`,
    );
    expect(stored[0]).toEqual({ staff_member_ids: [ana.id], scores: { courteous: 5, fees_explained: 2 }, comment: 'Visit 1' });
    expect(stored[3]).toEqual({ staff_member_ids: [], scores: { listened: 4, same_day_reply: 5 }, comment: 'Called back the same day, thank you' });
    const events = await query<{ action: string }>(`SELECT action FROM audit_events WHERE action = 'patient_feedback.imported'`);
    expect(events).toHaveLength(2);
  });

  it('refuses a file with a patient-identifier column, naming the column, and stores nothing', async () => {
    const { owner } = await world();
    for (const column of ['Patient Name', 'DOB', 'Phone', 'patient_email', 'MRN']) {
      const res = await upload(owner.token, IMPORT, quotedCsv([['date', 'location_code', column, 'courteous'], ['2026-09-01', 'MAIN', 'x', 5]]));
      expectProblem(res, 400);
      expect(res.body.detail).toBe(`The file carries patient identifiers (column "${column}"); nothing was imported`);
      const [error] = res.body.errors as CsvImportError[];
      expect(error).toMatchObject({ field: 'file', line: 1, column });
      expect(error.reason).toContain('patient identifier');
    }
    // A comment carrying a phone number identifies the patient too.
    const res = await upload(owner.token, IMPORT, quotedCsv([SURVEY_HEADER, ...surveys(2, 5), ['2026-09-09', 'MAIN', '', 4, '', '', '', 'Ring me: 555-010-2030']]));
    expectProblem(res, 400);
    expect(res.body.errors).toEqual([expect.objectContaining({ line: 4, column: 'comment' })]);
    expect(await count('patient_feedback_responses')).toBe(0);
  });

  it('lists every bad row with its line, imports nothing, and answers 415/400 for a non-CSV upload', async () => {
    const { owner } = await world();
    const res = await upload(
      owner.token,
      IMPORT,
      quotedCsv([SURVEY_HEADER, ...surveys(1, 5), ['2026-09-31', 'NOPE', 'who@else.test', 7, '', '', '', ''], ['2099-01-01', 'MAIN', '', '', '', '', '', '']]),
    );
    expectProblem(res, 400);
    const errors = res.body.errors as CsvImportError[];
    expect(errors.map((e) => e.line)).toEqual([3, 4]);
    expect(errors[0].reason).toMatch(/date must be a day.*no location has the code "NOPE".*no staff member has the email "who@else.test".*courteous must be a whole number/);
    expect(errors[1].reason).toMatch(/in the future.*answers no item/);
    expect(await count('patient_feedback_responses')).toBe(0);
    expect(errorFields(await api().post(IMPORT).set(bearer(owner.token)).send({ file: 'x' }))).toEqual(['file']);
  });

  it('pages newest first with a cursor, filters by location, and rejects a forged cursor', async () => {
    const { owner, location } = await world();
    await expectStatus(upload(owner.token, IMPORT, quotedCsv([SURVEY_HEADER, ...surveys(5, 4)])), 200);
    const page = (q: Record<string, string | number>) => api().get('/api/patient-feedback').query(q).set(bearer(owner.token));
    const first = (await expectStatus(page({ limit: 2 }), 200)).body as CursorPage<PatientFeedbackResponse>;
    expect(first.items.map((r) => r.respondedOn)).toEqual(['2026-09-05', '2026-09-04']);
    const second = (await expectStatus(page({ limit: 2, cursor: first.nextCursor as string }), 200)).body as CursorPage<PatientFeedbackResponse>;
    expect(second.items.map((r) => r.respondedOn)).toEqual(['2026-09-03', '2026-09-02']);
    const last = (await expectStatus(page({ limit: 2, cursor: second.nextCursor as string }), 200)).body as CursorPage<PatientFeedbackResponse>;
    expect(last).toEqual({ items: [expect.objectContaining({ respondedOn: '2026-09-01', locationId: location.id })], nextCursor: null });
    expect(errorFields(await page({ cursor: 'not-a-cursor' }))).toEqual(['cursor']);
    expect(errorFields(await page({ limit: 201 }))).toEqual(['limit']);
  });

  it('maps items to competencies (editable), and shows patient means next to staff scores per location', async () => {
    const { owner, location } = await world();
    const [empathy, responsiveness] = await competencies(owner.token);
    const billing = (await competencies(owner.token)).find((c) => c.key === 'billing_integrity');
    // 6 responses: courteous 5 (→ empathy), fees 2 (→ billing); 2 responses answer same_day_reply only.
    await expectStatus(
      upload(owner.token, IMPORT, quotedCsv([SURVEY_HEADER, ...surveys(6, 5), ['2026-10-01', 'MAIN', '', '', '', '', 3, ''], ['2026-10-02', 'MAIN', '', '', '', '', 1, '']])),
      200,
    );
    const signals = async () =>
      (await expectStatus(api().get('/api/patient-signals').query({ from: '2026-01', to: '2026-11' }).set(bearer(owner.token)), 200)).body as PatientSignals;
    const cell = (s: PatientSignals, competencyId: string) => s.cells.find((c) => c.locationId === location.id && c.competencyId === competencyId);
    const before = await signals();
    expect(cell(before, empathy.id)?.patient).toEqual({ suppressed: false, n: 6, mean: 5, score: 100 });
    expect(cell(before, billing?.id as string)?.patient).toEqual({ suppressed: false, n: 6, mean: 2, score: 25 });
    // Two responses only: withheld, with the count.
    expect(cell(before, responsiveness.id)?.patient).toEqual({ suppressed: true, reason: 'too_few_responses', n: 2, minResponses: 5 });
    expect(cell(before, empathy.id)?.staff).toEqual({ insufficient_data: true, n: null, mean: null, score: null });
    expect(before.trend).toEqual([
      { locationId: location.id, period: '2026-09', responses: 6, mean: 3.5 },
      { locationId: location.id, period: '2026-10', responses: 2, mean: 2 },
    ]);

    // Fees now count toward empathy: empathy's mean mixes 5s and 2s.
    const mapped = (
      await expectStatus(
        api().put('/api/patient-feedback/items').set(bearer(owner.token)).send({ items: [{ item: 'fees_explained', competencyId: empathy.id }] }),
        200,
      )
    ).body as FeedbackItemMappingResponse;
    expect(mapped.items.find((i) => i.item === 'fees_explained')).toEqual({ item: 'fees_explained', label: 'Fees were explained before treatment', competencyId: empathy.id });
    const after = await signals();
    expect(cell(after, empathy.id)?.patient).toEqual({ suppressed: false, n: 6, mean: 3.5, score: 62.5 });
    expect(cell(after, billing?.id as string)?.patient).toMatchObject({ suppressed: true, reason: 'no_data' });

    expect(errorFields(await api().put('/api/patient-feedback/items').set(bearer(owner.token)).send({ items: [{ item: 'courteous', competencyId: location.id }] }))).toEqual([
      'items.0.competencyId',
    ]);
    expect(errorFields(await api().put('/api/patient-feedback/items').set(bearer(owner.token)).send({ items: [{ item: 'mood', competencyId: null }] }))).toEqual(['items.0.item']);
  });

  it('keeps imports to admins and reads to leaders and admins; another organization sees nothing', async () => {
    const { owner } = await world();
    await expectStatus(upload(owner.token, IMPORT, quotedCsv([SURVEY_HEADER, ...surveys(2, 5)])), 200);
    const leader = await userWithRoles(owner, ['leader']);
    const staff = await userWithRoles(owner, ['staff']);
    const manager = await userWithRoles(owner, ['hiring_manager']);
    expectProblem(await upload(leader.token, IMPORT, quotedCsv([SURVEY_HEADER, ...surveys(1, 5)])), 403);
    await expectStatus(api().get('/api/patient-feedback').set(bearer(leader.token)), 200);
    await expectStatus(api().get('/api/patient-signals').set(bearer(leader.token)), 200);
    for (const session of [staff, manager]) {
      expectProblem(await api().get('/api/patient-feedback').set(bearer(session.token)), 403);
      expectProblem(await api().get('/api/patient-signals').set(bearer(session.token)), 403);
      expectProblem(await api().put('/api/patient-feedback/items').set(bearer(session.token)).send({ items: [] }), 403);
    }
    const other = await signup('Other practice');
    expect(((await expectStatus(api().get('/api/patient-feedback').set(bearer(other.token)), 200)).body as CursorPage<unknown>).items).toEqual([]);
    // Another organization's location code is unknown here.
    const res = await upload(other.token, IMPORT, quotedCsv([SURVEY_HEADER, ...surveys(1, 5)]));
    expectProblem(res, 400);
  });
});
