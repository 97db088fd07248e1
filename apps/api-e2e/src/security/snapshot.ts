import { query } from '../support/db';

let tables: { all: string[]; tenant: string[] } | undefined;

/** Every table but `migrations`, and those that carry `organization_id` (read once per file). */
async function tableNames(): Promise<{ all: string[]; tenant: string[] }> {
  if (!tables) {
    const all = (
      await query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1",
      )
    ).map((r) => r.tablename);
    const tenant = (
      await query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.columns
         WHERE table_schema = 'public' AND column_name = 'organization_id' ORDER BY 1`,
      )
    ).map((r) => r.table_name);
    tables = { all, tenant };
  }
  return tables;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Row count of every table, in one round trip. */
export async function rowCounts(): Promise<Record<string, number>> {
  const { all } = await tableNames();
  const select = all.map((t) => `'${t}', (SELECT count(*) FROM ${ident(t)})`).join(', ');
  const [row] = await query<{ counts: Record<string, number> }>(
    `SELECT json_build_object(${select}) AS counts`,
  );
  return row.counts;
}

/** Tables whose count differs between two snapshots, as `table: before → after`. */
export function countChanges(
  before: Record<string, number>,
  after: Record<string, number>,
  ignore: string[] = [],
): string[] {
  return Object.keys({ ...before, ...after })
    .filter((t) => !ignore.includes(t) && before[t] !== after[t])
    .map((t) => `${t}: ${before[t]} → ${after[t]}`);
}

/**
 * A fingerprint per table of every row organization `orgId` owns (its `organizations` row
 * included): any insert, update or delete of one of them changes the table's fingerprint.
 */
export async function orgFingerprint(orgId: string): Promise<Record<string, string>> {
  const { tenant } = await tableNames();
  const parts = tenant.map(
    (t) =>
      `'${t}', (SELECT coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '')
                FROM ${ident(t)} x WHERE x.organization_id = $1)`,
  );
  parts.push(`'organizations', (SELECT md5(x::text) FROM organizations x WHERE x.id = $1)`);
  const [row] = await query<{ f: Record<string, string> }>(
    `SELECT json_build_object(${parts.join(', ')}) AS f`,
    [orgId],
  );
  return row.f;
}

export function fingerprintChanges(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(before).filter((t) => before[t] !== after[t]);
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * Values that identify organization `orgId`'s data: every uuid and e-mail address in its rows, and
 * the `textMarker` its fixtures put in names, titles and notes. None may reach another organization.
 */
export async function orgMarkers(orgId: string, textMarker: string): Promise<Set<string>> {
  const { tenant } = await tableNames();
  const markers = new Set<string>([orgId, textMarker.toLowerCase()]);
  for (const t of tenant) {
    const rows = await query<{ r: string }>(
      `SELECT row_to_json(x)::text AS r FROM ${ident(t)} x WHERE x.organization_id = $1`,
      [orgId],
    );
    for (const { r } of rows) {
      for (const m of r.toLowerCase().match(UUID) ?? []) markers.add(m);
      for (const m of r.toLowerCase().match(EMAIL) ?? []) markers.add(m);
    }
  }
  return markers;
}

/** The markers found in `text` (lower-cased), except those the caller itself sent. */
export function leakedMarkers(text: string, markers: Set<string>, sent: string): string[] {
  const haystack = text.toLowerCase();
  const own = sent.toLowerCase();
  return [...markers].filter((m) => haystack.includes(m) && !own.includes(m));
}
