import { signup, userWithRoles } from '../factories';
import { query } from '../support/db';
import { api, bearer, errorFields, expectProblem, expectStatus } from '../support/http';
import { download, readCsv } from './readers';

const HEADER = ['seq', 'occurred_at', 'actor_user_id', 'actor_name', 'action', 'entity_type', 'entity_id', 'request_id', 'redacted', 'before', 'after', 'hash'];

describe('audit log export (CSV, streamed)', () => {
  it("streams the organization's events only, chunked, with a BOM, neutralised cells and JSON payloads", async () => {
    const owner = await signup('Lumen');
    const hr = await userWithRoles(owner, ['hr']);
    // The request id is echoed into the audit trail and may start with "-": a spreadsheet would read a formula.
    await expectStatus(
      api().post('/api/locations').set(bearer(owner.token)).set('x-request-id', '-cmd-calc').send({ name: 'Main, "north" wing', code: 'MAIN' }),
      201,
    );
    const orgB = await signup('Elsewhere');
    await expectStatus(api().post('/api/locations').set(bearer(orgB.token)).send({ name: 'Secret branch', code: 'SEC' }), 201);

    const res = await download(api().get('/api/exports/audit-log').set(bearer(hr.token)));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.headers['content-disposition']).toBe(`attachment; filename="rapport-audit-log-${new Date().toISOString().slice(0, 10)}.csv"`);

    const [header, ...rows] = readCsv(res.body);
    expect(header).toEqual(HEADER);
    const expected = await query<{ seq: string; action: string }>(
      'SELECT seq::text, action FROM audit_events WHERE organization_id = $1 ORDER BY seq',
      [owner.org.id],
    );
    // Every event of the org up to the export (the export's own event comes last), in chain order.
    expect(rows.map((r) => [r[0], r[4]])).toEqual(expected.map((e) => [e.seq, e.action]));
    expect(rows[rows.length - 1][4]).toBe('export.downloaded');
    expect(res.body.toString()).not.toContain('Secret branch');

    const location = rows.find((r) => r[4] === 'location.created');
    expect(location?.[3]).toBe(`Owner of Lumen`);
    expect(location?.[7]).toBe("'-cmd-calc");
    expect(JSON.parse(location?.[10] ?? '{}')).toMatchObject({ name: 'Main, "north" wing', code: 'MAIN' });
    expect(location?.[1]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+Z$/);
    expect(location?.[11]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('filters by day and is for HR, owner and admin only', async () => {
    const owner = await signup('Lumen');
    const staff = await userWithRoles(owner, ['staff']);
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
    const events = await query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events WHERE organization_id = $1', [owner.org.id]);

    const todays = await download(api().get('/api/exports/audit-log').query({ from: today, to: today }).set(bearer(owner.token)));
    expect(todays.headers['content-disposition']).toBe(`attachment; filename="rapport-audit-log-${today}.csv"`);
    // The export records itself before it streams: one more than before.
    expect(readCsv(todays.body).length - 1).toBe(events[0].n + 1);
    const earlier = await download(api().get('/api/exports/audit-log').query({ to: yesterday }).set(bearer(owner.token)));
    expect(earlier.headers['content-disposition']).toBe(`attachment; filename="rapport-audit-log-to-${yesterday}.csv"`);
    expect(readCsv(earlier.body)).toEqual([HEADER]);

    // The audit viewer's filters: entity type, record and actor narrow the file like the view.
    const staffEvents = await download(
      api().get('/api/exports/audit-log').query({ entity: 'user', entityId: staff.user.id, actor: owner.user.id }).set(bearer(owner.token)),
    );
    const rows = readCsv(staffEvents.body).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[HEADER.indexOf('entity_type')] === 'user' && r[HEADER.indexOf('entity_id')] === staff.user.id)).toBe(true);
    const injected = await download(api().get('/api/exports/audit-log').query({ entity: "user' OR '1'='1" }).set(bearer(owner.token)));
    expect(readCsv(injected.body)).toEqual([HEADER]);
    expect(errorFields(await api().get('/api/exports/audit-log').query({ actor: 'me' }).set(bearer(owner.token)))).toEqual(['actor']);

    expectProblem(await api().get('/api/exports/audit-log').set(bearer(staff.token)), 403);
    expect(errorFields(await api().get('/api/exports/audit-log').query({ from: '2025-02-30' }).set(bearer(owner.token)))).toEqual(['from']);
    expect(errorFields(await api().get('/api/exports/audit-log').query({ format: 'xlsx' }).set(bearer(owner.token)))).toEqual(['format']);
  });
});
