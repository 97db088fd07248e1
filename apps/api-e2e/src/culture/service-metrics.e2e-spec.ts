import type {
  Page,
  ServiceMetric,
  ServiceMetricImportError,
  ServiceMetricImportResult,
} from '@rapport/shared/contracts';
import type { Response } from 'supertest';
import { signup, userWithRoles } from '../factories';
import { count, query } from '../support/db';
import { api, bearer, errorFields, expectProblem, expectStatus } from '../support/http';
import { createLocation, createStaff, csv, importCsv } from './culture.factory';

const HEADER = ['staff_email', 'location_code', 'period', 'metric', 'value'];

async function world() {
  const owner = await signup('Lumen');
  const location = await createLocation(owner.token, 'Main clinic', 'MAIN');
  const ana = await createStaff(owner.token, {
    locationId: location.id,
    name: 'Ana',
    email: 'ana@lumen.test',
  });
  return { owner, location, ana };
}

/** Stored metrics as `subject|period|metric=value`, to compare whole tables at once. */
async function stored(): Promise<string[]> {
  const rows = await query<{ subject: string; period: string; metric: string; value: number }>(
    'SELECT coalesce(staff_member_id, location_id)::text AS subject, period, metric::text, value FROM service_metrics',
  );
  return rows.map((r) => `${r.subject}|${r.period}|${r.metric}=${Number(r.value)}`).sort();
}

function importErrors(res: Response): ServiceMetricImportError[] {
  expectProblem(res, 400);
  return res.body.errors as ServiceMetricImportError[];
}

describe('service-metrics CSV import', () => {
  it('checks with a dry run, imports, and replaces on re-import without duplicates', async () => {
    const { owner, location, ana } = await world();
    const good = csv([
      HEADER,
      ['ANA@lumen.test', '', '2026-07', 'calls_returned_rate', '0.5'], // e-mails match case-insensitively
      ['ana@lumen.test', '', '2026-08', 'inquiry_response_minutes', '95'],
      ['', 'main', '2026-08', 'review_rating', '4.6'],
    ]);

    const dry = (await expectStatus(importCsv(owner.token, good, true), 200))
      .body as ServiceMetricImportResult;
    expect(dry).toEqual({ dryRun: true, rows: 3, imported: 0, replaced: 0, periods: ['2026-07', '2026-08'] });
    expect(await count('service_metrics')).toBe(0);

    const first = (await expectStatus(importCsv(owner.token, good), 200)).body as ServiceMetricImportResult;
    expect(first).toEqual({
      dryRun: false,
      rows: 3,
      imported: 3,
      replaced: 0,
      periods: ['2026-07', '2026-08'],
    });
    const expected = [
      `${ana.id}|2026-07|calls_returned_rate=0.5`,
      `${ana.id}|2026-08|inquiry_response_minutes=95`,
      `${location.id}|2026-08|review_rating=4.6`,
    ].sort();
    expect(await stored()).toEqual(expected);

    const again = (await expectStatus(importCsv(owner.token, good), 200)).body as ServiceMetricImportResult;
    expect(again).toMatchObject({ imported: 3, replaced: 3 });
    expect(await stored()).toEqual(expected);

    // A corrected figure for one month replaces the stored one; a dry run only says it would.
    const corrected = csv([HEADER, ['ana@lumen.test', '', '2026-07', 'calls_returned_rate', '0.75']]);
    expect((await expectStatus(importCsv(owner.token, corrected, true), 200)).body).toMatchObject({
      imported: 0,
      replaced: 1,
    });
    expect(await stored()).toEqual(expected);
    await expectStatus(importCsv(owner.token, corrected), 200);
    expect(await stored()).toEqual(
      expected.map((e) => e.replace('calls_returned_rate=0.5', 'calls_returned_rate=0.75')).sort(),
    );
    expect(await count('audit_events', { action: 'service_metrics.imported' })).toBe(3);

    const listed = (
      await expectStatus(
        api().get('/api/service-metrics').query({ staffMemberId: ana.id }).set(bearer(owner.token)),
        200,
      )
    ).body as Page<ServiceMetric>;
    expect(listed.items.map((m) => [m.period, m.metric, m.value])).toEqual([
      ['2026-07', 'calls_returned_rate', 0.75],
      ['2026-08', 'inquiry_response_minutes', 95],
    ]);
  });

  it('reports every bad row with its line number and writes nothing', async () => {
    const { owner, ana } = await world();
    await expectStatus(
      importCsv(owner.token, csv([HEADER, ['ana@lumen.test', '', '2026-08', 'on_time_rate', '0.5']])),
      200,
    );
    const before = await stored();

    const bad = csv([
      HEADER, // line 1
      ['ana@lumen.test', '', '2026-08', 'on_time_rate', '0.9'], // line 2: good, must not replace the stored 0.5
      ['nobody@lumen.test', '', '2026-08', 'on_time_rate', '0.8'], // 3: unknown email
      ['ana@lumen.test', '', '2026-13', 'on_time_rate', '0.8'], // 4: bad period
      ['ana@lumen.test', '', '2026-08', 'smiles_per_hour', '3'], // 5: unknown metric
      ['ana@lumen.test', '', '2026-08', 'calls_returned_rate', '1.5'], // 6: rate out of range
      ['', 'MAIN', '2026-08', 'review_rating', '4'], // 7: good
      ['ana@lumen.test', '', '2026-08', 'on_time_rate', '0.8'], // 8: repeats line 2
      ['ana@lumen.test', '', '2099-01', 'on_time_rate', '0.8'], // 9: a month in the future
    ]);
    for (const dryRun of [true, false]) {
      const errors = importErrors(await importCsv(owner.token, bad, dryRun));
      expect(errors).toEqual([
        {
          field: 'file',
          line: 3,
          reason: expect.stringContaining('nobody@lumen.test'),
          message: expect.stringContaining('line 3'),
        },
        {
          field: 'file',
          line: 4,
          reason: expect.stringMatching(/period.*YYYY-MM/),
          message: expect.stringContaining('line 4'),
        },
        {
          field: 'file',
          line: 5,
          reason: expect.stringContaining('smiles_per_hour'),
          message: expect.stringContaining('line 5'),
        },
        {
          field: 'file',
          line: 6,
          reason: expect.stringMatching(/calls_returned_rate must be .*0 to 1/),
          message: expect.stringContaining('line 6'),
        },
        {
          field: 'file',
          line: 8,
          reason: expect.stringContaining('repeats line 2'),
          message: expect.stringContaining('line 8'),
        },
        {
          field: 'file',
          line: 9,
          reason: expect.stringContaining('future'),
          message: expect.stringContaining('line 9'),
        },
      ]);
    }
    expect(await stored()).toEqual(before);
    expect(await query('SELECT value FROM service_metrics WHERE staff_member_id = $1', [ana.id])).toEqual([
      { value: 0.5 },
    ]);
    expect(await count('audit_events', { action: 'service_metrics.imported' })).toBe(1);

    // Line numbers are the file's own: a quoted value spanning two lines moves the rows after it.
    const multiline =
      'staff_email,location_code,period,metric,value\n"ana@lumen.test\n",,2026-08,on_time_rate,0.9\nx@y.z,,2026-08,on_time_rate,0.9\n';
    expect(importErrors(await importCsv(owner.token, multiline)).map((e) => e.line)).toEqual([3, 4]);
    expect(await stored()).toEqual(before);
  });

  it('never writes on a dryRun value it accepts', async () => {
    const { owner } = await world();
    const file = csv([HEADER, ['ana@lumen.test', '', '2026-08', 'on_time_rate', '0.5']]);
    // `1` passes the query validation (a boolean string), so it must mean a dry run, or be refused; never an import.
    for (const flag of ['1', 'true']) {
      const res = await api()
        .post(`/api/service-metrics/import?dryRun=${flag}`)
        .set(bearer(owner.token))
        .attach('file', Buffer.from(file), 'm.csv');
      expect({ flag, imported: res.body.imported ?? 0, stored: await count('service_metrics') }).toEqual({
        flag,
        imported: 0,
        stored: 0,
      });
    }
  });

  it('refuses a request without the file, and a file without the required columns', async () => {
    const { owner } = await world();
    const noFile = await api()
      .post('/api/service-metrics/import')
      .set(bearer(owner.token))
      .send({ csv: 'x' });
    expect(errorFields(noFile)).toEqual(['file']);
    const headerOnly = importErrors(await importCsv(owner.token, 'staff_email,period,metric\n'));
    expect(headerOnly).toEqual([
      expect.objectContaining({ field: 'file', line: 1, reason: expect.stringContaining('value') }),
    ]);
    expect(await count('service_metrics')).toBe(0);
  });

  it('lets only owner, admin and HR import; others read location figures but not a colleague’s', async () => {
    const { owner, ana } = await world();
    const staff = await userWithRoles(owner, ['staff']);
    const file = csv([
      HEADER,
      ['ana@lumen.test', '', '2026-08', 'on_time_rate', '0.5'],
      ['', 'MAIN', '2026-08', 'on_time_rate', '0.8'],
    ]);
    expectProblem(await importCsv(staff.token, file), 403);
    expectProblem(await importCsv(staff.token, file, true), 403);
    expect(await count('service_metrics')).toBe(0);

    await expectStatus(importCsv(owner.token, file), 200);
    const seen = (await expectStatus(api().get('/api/service-metrics').set(bearer(staff.token)), 200))
      .body as Page<ServiceMetric>;
    expect(seen.items.map((m) => [m.staffMemberId, m.value])).toEqual([[null, 0.8]]);
    expect(seen.total).toBe(1);
    expectProblem(
      await api().get('/api/service-metrics').query({ staffMemberId: ana.id }).set(bearer(staff.token)),
      404,
    );
  });
});
