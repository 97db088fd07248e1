// Benchmark 3 (issue 8): 1,000,000 rows as CSV through the API against `COPY (…) TO STDOUT WITH CSV`
// of the same rows, in the same run, and the API's peak RSS growth.
//
// No API export emits rating rows (scorecard ratings leave only inside the candidate-packet PDF and the
// calibration workbook, both per application or aggregated), so this uses the one streamed CSV export,
// the audit log, as tools/bench/export-memory.mjs does: a scratch database, an organization signed up
// through the API, 1,000,000 audit events inserted with one INSERT … SELECT generate_series.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { call, startApi } from '../seed/lib/api.mjs';
import { Figures, fmtRatio, ratio } from './lib/stats.mjs';

const PASSWORD = 'bench-password-export-42';
const mb = (kb) => `${(kb / 1024).toFixed(1)} MB`;

function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

async function hrSession(baseUrl) {
  const tag = randomBytes(4).toString('hex');
  const owner = await call(baseUrl, 'POST', '/api/auth/signup', {
    body: { organizationName: 'Bench export', name: 'Bench Owner', email: `owner.${tag}@bench.rapport.test`, password: PASSWORD },
  });
  const invited = await call(baseUrl, 'POST', '/api/users', {
    token: owner.accessToken,
    body: { email: `hr.${tag}@bench.rapport.test`, name: 'Bench HR', roles: ['hr'] },
  });
  const hr = await call(baseUrl, 'POST', '/api/auth/accept-invite', { body: { token: invited.invitationToken, password: PASSWORD } });
  return { organizationId: owner.organization.id, actorId: owner.user.id, token: hr.accessToken };
}

async function insertEvents(client, organizationId, actorId, count) {
  const { rows } = await client.query('SELECT coalesce(max(seq), 0)::bigint AS seq FROM audit_events WHERE organization_id = $1', [organizationId]);
  await client.query(
    `INSERT INTO audit_events (organization_id, seq, actor_user_id, action, entity_type, entity_id, before, after, request_id,
                               payload_hash, prev_hash, hash, created_at, updated_at)
     SELECT $1, $2::bigint + g, $3, 'scorecard.submitted', 'scorecard', md5(g::text),
            jsonb_build_object('status', 'draft'),
            jsonb_build_object('status', 'submitted', 'recommendation', 'yes', 'ratings', 8),
            'bench-' || g, md5(g::text) || md5((g + 1)::text), md5((g - 1)::text) || md5(g::text), md5(g::text) || md5((g - 1)::text),
            now() - make_interval(secs => $4 - g), now()
       FROM generate_series(1, $4::int) AS g`,
    [organizationId, rows[0].seq, actorId, count],
  );
  // The chain's head moves with them, so the API's next append follows them (audit_heads, ADR 0010).
  await client.query(
    `UPDATE audit_heads SET seq = $2::bigint + $3, hash = md5($3::text) || md5(($3 - 1)::text) WHERE organization_id = $1`,
    [organizationId, rows[0].seq, count],
  );
  await client.query('ANALYZE audit_events');
}

/** Counts bytes and newlines of a byte stream, timing it. */
async function drain(stream, onChunk = () => undefined) {
  const started = process.hrtime.bigint();
  let bytes = 0;
  let lines = 0;
  for await (const chunk of stream) {
    bytes += chunk.length;
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 0x0a) lines++;
    onChunk();
  }
  return { bytes, rows: lines - 1, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/** The export's query written by hand (the same columns and order as AuditLogExportService). */
const copySql = (organizationId) => `COPY (
  SELECT e.seq, (to_json(e.created_at AT TIME ZONE 'UTC') #>> '{}') || 'Z' AS occurred_at, e.actor_user_id, u.name AS actor_name,
         e.action, e.entity_type, e.entity_id, e.request_id, CASE WHEN e.redacted_at IS NULL THEN 'no' ELSE 'yes' END AS redacted,
         e.before, e.after, e.hash
    FROM audit_events e LEFT JOIN users u ON u.id = e.actor_user_id AND u.organization_id = e.organization_id
   WHERE e.organization_id = '${organizationId}' ORDER BY e.seq) TO STDOUT WITH (FORMAT csv, HEADER true)`;

async function viaCopy(client, organizationId) {
  return drain(client.query(copyStreams.to(copySql(organizationId))));
}

export async function run({ serverUrl, rows = 1_000_000 }) {
  const figures = new Figures('export');
  const name = `rapport_bench_export_${randomBytes(4).toString('hex')}`;
  const url = (db) => Object.assign(new URL(serverUrl), { pathname: `/${db}` }).toString();
  const admin = new pg.Client({ connectionString: url('postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  let api;
  const client = new pg.Client({ connectionString: url(name) });
  try {
    api = await startApi(url(name));
    const session = await hrSession(api.baseUrl);
    await client.connect();
    let t = Date.now();
    await insertEvents(client, session.organizationId, session.actorId, rows);
    console.log(`  inserted ${rows.toLocaleString('en')} audit events in ${((Date.now() - t) / 1000).toFixed(1)} s (the audit log: no export emits rating rows)`);
    await viaCopy(client, session.organizationId); // warm-up: the rows in the OS cache for both
    await new Promise((r) => setTimeout(r, 1000));
    const before = memoryOf(api.child.pid);
    let peak = before.rss;
    const res = await fetch(`${api.baseUrl}/api/exports/audit-log`, { headers: { authorization: `Bearer ${session.token}` } });
    if (res.status !== 200) throw new Error(`export: ${res.status} ${await res.text()}`);
    t = Date.now();
    let sampled = 0;
    const viaApi = await drain(res.body, () => {
      if (Date.now() - sampled < 50) return;
      sampled = Date.now();
      peak = Math.max(peak, memoryOf(api.child.pid).rss);
    });
    const after = memoryOf(api.child.pid);
    const copy = await viaCopy(client, session.organizationId);
    const rate = (x) => Math.round(x.rows / x.seconds);
    const r = ratio(rate(viaApi), rate(copy));
    figures.add('audit-log CSV through the API', `${viaApi.rows.toLocaleString('en')} rows, ${(viaApi.bytes / 2 ** 20).toFixed(0)} MB in ${viaApi.seconds.toFixed(2)} s = ${rate(viaApi).toLocaleString('en')} rows/s`);
    figures.add('COPY (same query) TO STDOUT CSV', `${copy.rows.toLocaleString('en')} rows, ${(copy.bytes / 2 ** 20).toFixed(0)} MB in ${copy.seconds.toFixed(2)} s = ${rate(copy).toLocaleString('en')} rows/s`);
    figures.add('rows/s API / COPY', fmtRatio(r), { ratio: r, target: '>= 0.5x' });
    figures.add(
      'API RSS growth during the export',
      `${mb(peak - before.rss)} sampled peak over ${mb(before.rss)} before; VmHWM ${mb(after.hwm)} (growth bound ${mb(Math.max(0, after.hwm - before.rss))})`,
      { target: '<= 64 MB' },
    );
  } finally {
    await api?.stop();
    await client.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
  return figures.rows;
}
