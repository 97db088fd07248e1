#!/usr/bin/env node
// Memory benchmark of the streamed audit-log export (issue 6: "large exports stream from a database
// cursor with flat memory"). It prints figures and judges nothing: compare runs, or rows against RSS.
//
// 1. Creates a scratch database on the server (or uses BENCH_DATABASE_URL as is), starts the built API
//    on it (dist/apps/api/main.js, SEED_DEMO=false; it migrates on start), signs up an organization and
//    an HR user through the API.
// 2. Inserts N audit events for that organization in one INSERT … SELECT generate_series (no hash
//    chain: the export does not verify it).
// 3. Downloads GET /api/exports/audit-log as the HR user, counting bytes and records and discarding
//    them, while sampling the API process's RSS; then prints rows, seconds, throughput and the API's
//    VmHWM (peak RSS over its life, from /proc/<pid>/status) next to its RSS before the export.
//
// Usage: node tools/bench/export-memory.mjs [--rows 1000000]
//   DATABASE_URL        server to create the scratch database on (default postgres://postgres@127.0.0.1:5432/postgres)
//   BENCH_DATABASE_URL  an existing, empty database to use instead (not dropped afterwards)
// Build the API first: NX_DAEMON=false npx nx build api
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
const API_MAIN = 'dist/apps/api/main.js';
const PASSWORD = 'bench-password-export-42';

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const rows = Number(option('--rows', '1000000'));
if (!Number.isInteger(rows) || rows < 1) {
  console.error('--rows must be a positive integer');
  process.exit(2);
}
if (!existsSync(API_MAIN)) {
  console.error(`${API_MAIN} is missing: build the API first (NX_DAEMON=false npx nx build api)`);
  process.exit(2);
}

const withDatabase = (url, name) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();
const mb = (kb) => `${(kb / 1024).toFixed(1)} MB`;

/** VmRSS and VmHWM (kB) of a process, from /proc (Linux). */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startApi(databaseUrl) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [API_MAIN], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
      AUDIT_SIGNING_KEY: randomBytes(32).toString('hex'),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited during start-up:\n${stderr}`);
    try {
      if ((await fetch(`${baseUrl}/api/health/ready`)).status === 200) return { child, baseUrl };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGTERM');
  throw new Error(`the API was not ready within 60 s:\n${stderr}`);
}

async function call(baseUrl, path, body, token) {
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** An organization (its owner signs up) and an HR user who accepted the invitation. */
async function hrSession(baseUrl) {
  const tag = randomBytes(4).toString('hex');
  const owner = await call(baseUrl, '/api/auth/signup', {
    organizationName: 'Bench practice',
    name: 'Bench Owner',
    email: `owner.${tag}@bench.rapport.test`,
    password: PASSWORD,
  });
  const invited = await call(
    baseUrl,
    '/api/users',
    { email: `hr.${tag}@bench.rapport.test`, name: 'Bench HR', roles: ['hr'] },
    owner.accessToken,
  );
  const hr = await call(baseUrl, '/api/auth/accept-invite', { token: invited.invitationToken, password: PASSWORD });
  return { organizationId: owner.organization.id, actorId: owner.user.id, token: hr.accessToken };
}

/** N events after the organization's existing ones, shaped like real ones (a candidate update). */
async function insertEvents(client, organizationId, actorId, count) {
  const { rows: head } = await client.query('SELECT coalesce(max(seq), 0)::bigint AS seq FROM audit_events WHERE organization_id = $1', [
    organizationId,
  ]);
  await client.query(
    `INSERT INTO audit_events (organization_id, seq, actor_user_id, action, entity_type, entity_id, before, after, request_id,
                               payload_hash, prev_hash, hash, created_at, updated_at)
     SELECT $1, $2::bigint + g, $3, 'candidate.updated', 'candidate', md5(g::text),
            jsonb_build_object('name', 'Candidate ' || g, 'source', 'Referral', 'version', 1),
            jsonb_build_object('name', 'Candidate ' || g, 'source', 'Job board, "premium"', 'version', 2),
            'bench-' || g, md5(g::text) || md5((g + 1)::text), md5((g - 1)::text) || md5(g::text), md5(g::text) || md5((g - 1)::text),
            now() - make_interval(secs => $4 - g), now()
       FROM generate_series(1, $4::int) AS g`,
    [organizationId, head[0].seq, actorId, count],
  );
  // The chain's head moves with them, so the API's next append follows them (audit_heads, ADR 0010).
  await client.query(
    `UPDATE audit_heads SET seq = $2::bigint + $3, hash = md5($3::text) || md5(($3 - 1)::text) WHERE organization_id = $1`,
    [organizationId, head[0].seq, count],
  );
  await client.query('ANALYZE audit_events');
}

/** Streams the export to nowhere, counting bytes and CSV records, sampling the API's RSS. */
async function download(baseUrl, token, pid) {
  let peakSampled = 0;
  const sampler = setInterval(() => (peakSampled = Math.max(peakSampled, memoryOf(pid).rss)), 50);
  const started = process.hrtime.bigint();
  const res = await fetch(`${baseUrl}/api/exports/audit-log`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`export: ${res.status} ${await res.text()}`);
  let bytes = 0;
  let records = 0;
  let firstByteMs = null;
  for await (const chunk of res.body) {
    firstByteMs ??= Number(process.hrtime.bigint() - started) / 1e6;
    bytes += chunk.length;
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 0x0a) records++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  return { bytes, records, seconds, firstByteMs, peakSampled, headers: res.headers };
}

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch = process.env.BENCH_DATABASE_URL ? null : `rapport_bench_${randomBytes(4).toString('hex')}`;
const databaseUrl = process.env.BENCH_DATABASE_URL ?? withDatabase(serverUrl, scratch);
const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
const adminConnected = scratch ? admin.connect().then(() => true) : Promise.resolve(false);
let api;
let client;
try {
  if (await adminConnected) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(scratch)}`);
  api = await startApi(databaseUrl);
  const session = await hrSession(api.baseUrl);
  client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let t = Date.now();
  await insertEvents(client, session.organizationId, session.actorId, rows);
  console.log(`inserted ${rows.toLocaleString('en')} audit events in ${((Date.now() - t) / 1000).toFixed(1)} s`);

  // Let start-up garbage settle before the baseline.
  await new Promise((r) => setTimeout(r, 1000));
  const before = memoryOf(api.child.pid);
  t = Date.now();
  const result = await download(api.baseUrl, session.token, api.child.pid);
  const after = memoryOf(api.child.pid);
  const exported = result.records - 1; // the header
  console.log(
    [
      `rows exported:        ${exported.toLocaleString('en')} (${rows.toLocaleString('en')} inserted + ${exported - rows} written by the API; ` +
        `${(result.bytes / 1024 / 1024).toFixed(1)} MB of CSV, ` +
        `transfer-encoding: ${result.headers.get('transfer-encoding') ?? 'none'})`,
      `seconds:              ${result.seconds.toFixed(2)} (first byte after ${result.firstByteMs?.toFixed(0)} ms; ` +
        `${Math.round(exported / result.seconds).toLocaleString('en')} rows/s)`,
      `API RSS before:       ${mb(before.rss)}`,
      `API RSS peak (sampled during the export): ${mb(result.peakSampled)}`,
      `API VmHWM (peak RSS over its life): ${mb(after.hwm)}`,
    ].join('\n'),
  );
  if (exported < rows) throw new Error(`the export has ${exported} rows, fewer than the ${rows} inserted`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await client?.end().catch(() => undefined);
  if (api) {
    api.child.kill('SIGTERM');
    await new Promise((r) => (api.child.exitCode === null ? api.child.once('exit', r) : r()));
  }
  if (await adminConnected.catch(() => false)) {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(scratch)} WITH (FORCE)`).catch(() => undefined);
    await admin.end().catch(() => undefined);
  }
}
