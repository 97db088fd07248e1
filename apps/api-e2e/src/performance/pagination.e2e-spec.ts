import type { Page } from '@rapport/shared/contracts';
import { query } from '../support/db';
import { errorFields, expectStatus } from '../support/http';
import { getList, idsOf, LIST_ROUTES, type ListRoute } from './list-routes';
import { listWorld, ROWS, type ListWorld } from './list-world';

/**
 * Keyset pagination on every list route: walking the pages with a small `limit` returns each row
 * once, none missing, in the list's order (ties on the sort keys broken by id, timestamps to the
 * microsecond), with the filtered set's `total` on every page and `nextCursor: null` on the last.
 */

const forged = [
  'not a cursor at all',
  Buffer.from('["just one part"]').toString('base64url'),
  Buffer.from('["2026-01-01", "x", "not-a-uuid"]').toString('base64url'),
  Buffer.from(JSON.stringify(['x'.repeat(3000), '0b6f4a52-6c1e-4c8e-9a57-1f0f8f0c2d11'])).toString('base64url'),
];

async function walk(w: ListWorld, r: ListRoute, limit: number, expectedTotal: number) {
  const seen: string[] = [];
  const pages: number[] = [];
  let cursor: string | undefined;
  do {
    const res = await expectStatus(getList(w, r, { limit: String(limit), ...(cursor ? { cursor } : {}) }), 200);
    const page = res.body as Page<{ id: string }>;
    expect({ page: pages.length, total: page.total }).toEqual({ page: pages.length, total: expectedTotal });
    pages.push(page.items.length);
    seen.push(...idsOf(res));
    cursor = page.nextCursor ?? undefined;
    if (pages.length > expectedTotal + 1) throw new Error(`${r.path}: pagination does not end`);
  } while (cursor);
  return { seen, pages };
}

describe('keyset pagination on every list route', () => {
  it.each(LIST_ROUTES.map((r) => [r.path, r] as const))('%s: small pages cover the list once, in order', async (_path, r) => {
    const w = await listWorld();
    const expected = await r.expected(w);
    expect(expected.length).toBeGreaterThanOrEqual(ROWS);

    // Without `limit`: the route's default page, as existing clients get it.
    const first = (await expectStatus(getList(w, r), 200)).body as Page<{ id: string }>;
    expect({ ids: first.items.map((i) => i.id), total: first.total, more: first.nextCursor !== null }).toEqual({
      ids: expected.slice(0, r.defaultLimit),
      total: expected.length,
      more: expected.length > r.defaultLimit,
    });

    // About six pages, whatever the list's size; the last one is short.
    const limit = Math.max(4, Math.ceil(expected.length / 6));
    const { seen, pages } = await walk(w, r, limit, expected.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expected);
    expect(pages.every((n) => n <= limit)).toBe(true);
    expect(pages.slice(0, -1).every((n) => n === limit)).toBe(true);
  });

  it.each(LIST_ROUTES.map((r) => [r.path, r] as const))('%s: a limit above the maximum and a forged cursor are 400s naming them', async (_path, r) => {
    const w = await listWorld();
    expect(errorFields(await getList(w, r, { limit: String(r.maxLimit + 1) }))).toEqual(['limit']);
    expect(errorFields(await getList(w, r, { limit: '0' }))).toEqual(['limit']);
    await expectStatus(getList(w, r, { limit: String(r.maxLimit) }), 200);
    for (const cursor of forged) {
      expect({ cursor, fields: errorFields(await getList(w, r, { cursor })) }).toEqual({ cursor, fields: ['cursor'] });
    }
  });

  it('a filter narrows the pages and the total alike (candidates by search)', async () => {
    const w = await listWorld();
    const r: ListRoute = { ...(LIST_ROUTES.find((x) => x.path === '/api/candidates') as ListRoute), query: () => ({ search: 'Candidate 0' }) };
    const expected = (
      await query<{ id: string }>("SELECT id FROM candidates WHERE organization_id = $1 AND name LIKE 'Candidate 0%' ORDER BY name, id", [w.orgId])
    ).map((x) => x.id);
    expect(expected.length).toBeGreaterThan(4);
    const { seen } = await walk(w, r, 4, expected.length);
    expect(seen).toEqual(expected);
  });

  it.each(['/api/audit-events', '/api/observations'])('%s keeps offset for existing clients; offset with a cursor is a 400 naming offset', async (path) => {
    const w = await listWorld();
    const r = LIST_ROUTES.find((x) => x.path === path) as ListRoute;
    const expected = await r.expected(w);
    const byOffset = await expectStatus(getList(w, r, { limit: '5', offset: '5' }), 200);
    expect(idsOf(byOffset)).toEqual(expected.slice(5, 10));
    // Its nextCursor continues where the offset page ended.
    const next = await expectStatus(getList(w, r, { limit: '5', cursor: (byOffset.body as Page<unknown>).nextCursor as string }), 200);
    expect(idsOf(next)).toEqual(expected.slice(10, 15));
    const cursor = (byOffset.body as Page<unknown>).nextCursor as string;
    expect(errorFields(await getList(w, r, { limit: '5', offset: '5', cursor }))).toEqual(['offset']);
  });

  it('lists stop counting at 10,000 and say so; the audit log, which numbers its pages, counts every event', async () => {
    const w = await listWorld();
    await query(
      `INSERT INTO locations (organization_id, name, code, version) SELECT $1, 'Bulk ' || g, 'B' || g, 1 FROM generate_series(1, 10005) g`,
      [w.orgId],
    );
    await query(
      `INSERT INTO audit_events (organization_id, action, entity_type, entity_id, seq, payload_hash, prev_hash, hash)
       SELECT $1, 'bulk.test', 'location', g::text, 1000000 + g, 'p', 'p', 'h' FROM generate_series(1, 10005) g`,
      [w.orgId],
    );
    const locations = LIST_ROUTES.find((x) => x.path === '/api/locations') as ListRoute;
    const capped = (await expectStatus(getList(w, locations, { limit: '3' }), 200)).body as Page<{ id: string }>;
    expect({ n: capped.items.length, total: capped.total, totalCapped: capped.totalCapped, more: capped.nextCursor !== null }).toEqual({
      n: 3,
      total: 10_000,
      totalCapped: true,
      more: true,
    });
    // A short list carries no flag at all.
    const small = (await expectStatus(getList(w, LIST_ROUTES.find((x) => x.path === '/api/competencies') as ListRoute), 200)).body as Page<unknown>;
    expect(small).not.toHaveProperty('totalCapped');

    const audit = LIST_ROUTES.find((x) => x.path === '/api/audit-events') as ListRoute;
    const [{ n }] = await query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events WHERE organization_id = $1', [w.orgId]);
    const exact = (await expectStatus(getList(w, audit, { limit: '3' }), 200)).body as Page<unknown>;
    expect({ total: exact.total, capped: exact.totalCapped ?? false }).toEqual({ total: n, capped: false });
    expect(n).toBeGreaterThan(10_000);
  });
});
