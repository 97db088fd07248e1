// Benchmark 5 (issue 8): scorecard submits per second at 50 concurrent clients, and p99 latency.
// POST /api/interviews/:id/scorecards/me/submit with an Idempotency-Key, each request by the draft's
// own interviewer (access tokens minted with the API's secret), on the seed's draft scorecards of the
// group organization. Baseline in the same run: the same writes by hand with `pg` (pool of 10, 50
// concurrent clients): the caller's user, the idempotency key, the scorecard row locked and updated,
// the audit event appended to the organization's hash chain (and its head) under its advisory lock, the key's response.
// Afterwards the benchmark puts the database back: the drafts it submitted become drafts again, and
// its audit events (the tail of the chain) and idempotency keys are deleted.
import { createHash, randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { accessToken, openSession, startApi } from '../seed/lib/api.mjs';
import { seededOrgs } from './lib/seeded.mjs';
import { Figures, fmtRatio, median, ratio } from './lib/stats.mjs';

const CONNECTIONS = 50;
const POOL_MAX = 10;
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** The API's audit-chain hashing (apps/api/src/app/audit/audit-chain.ts), for valid baseline events. */
function canonicalJson(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
const linkHash = (prev, l) =>
  sha256(
    ['v2', prev, String(l.seq), l.id, l.organizationId, l.createdAt.toISOString(), l.createdAt.toISOString(), l.actorUserId ?? '',
      l.action, l.entityType, l.entityId, '', l.payloadHash].join('|'),
  );

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : null;
}

/** Submits through the API under autocannon for `seconds`, or until the drafts run out. */
function viaApi(api, drafts, organizationId, sessions, seconds) {
  let next = 0;
  const tokens = new Map();
  const tokenOf = (user) => tokens.get(user) ?? tokens.set(user, accessToken(api.jwtSecret, user, organizationId, sessions.get(user))).get(user);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: api.baseUrl,
        connections: CONNECTIONS,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              if (next === drafts.length) setImmediate(() => instance.stop());
              const d = drafts[next++ % drafts.length];
              request.path = `/api/interviews/${d.interview_id}/scorecards/me/submit`;
              request.headers = { authorization: `Bearer ${tokenOf(d.interviewer_id)}`, 'idempotency-key': `bench-${d.id}` };
              return request;
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          ok: result['2xx'], other: result.non2xx + result.errors, seconds: result.duration, p50: result.latency.p50,
          p99: result.latency.p99, used: Math.min(next, drafts.length),
        });
      },
    );
  });
}

/** One submit written by hand: the same statements the API's transaction needs, nothing else. */
async function submitByHand(pool, organizationId, d) {
  const db = await pool.connect();
  try {
    await db.query('SELECT id, roles FROM users WHERE id = $1 AND organization_id = $2 AND active', [d.interviewer_id, organizationId]);
    const key = `bench-${d.id}`;
    await db.query(
      `INSERT INTO idempotency_keys (organization_id, key, user_id, fingerprint, request_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + interval '24 hours') ON CONFLICT DO NOTHING`,
      [organizationId, key, d.interviewer_id, `POST /api/interviews/${d.interview_id}/scorecards/me/submit`, sha256(canonicalJson({ body: null }))],
    );
    await db.query('BEGIN');
    const { rows } = await db.query(
      `SELECT s.id, s.status, s.recommendation, v.evidence_required FROM scorecards s
         JOIN interviews i ON i.organization_id = s.organization_id AND i.id = s.interview_id
         JOIN interview_kit_versions v ON v.organization_id = i.organization_id AND v.id = i.kit_version_id
        WHERE s.organization_id = $1 AND s.interview_id = $2 AND s.interviewer_id = $3 FOR UPDATE OF s`,
      [organizationId, d.interview_id, d.interviewer_id],
    );
    if (rows[0]?.status !== 'draft' || !rows[0].recommendation) throw new Error(`scorecard ${d.id} is not a submittable draft`);
    const { rows: saved } = await db.query(
      `UPDATE scorecards SET status = 'submitted', submitted_at = now(), updated_at = now(), version = version + 1
        WHERE id = $1 RETURNING id, interview_id, interviewer_id, status, ratings, recommendation, submitted_at, version`,
      [d.id],
    );
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('rapport.audit:' || $1))`, [organizationId]);
    const { rows: head } = await db.query('SELECT seq, hash FROM audit_heads WHERE organization_id = $1', [organizationId]);
    const after = JSON.parse(JSON.stringify(saved[0]));
    const link = {
      id: randomUUID(), organizationId,
      seq: Number(head[0].seq) + 1, createdAt: new Date(), actorUserId: d.interviewer_id, action: 'scorecard.submitted',
      entityType: 'scorecard', entityId: d.id, payloadHash: sha256(canonicalJson({ before: null, after })),
    };
    await db.query(
      `WITH event AS (
         INSERT INTO audit_events (id, organization_id, seq, actor_user_id, action, entity_type, entity_id, before, after, request_id,
                                   payload_hash, prev_hash, hash, created_at, updated_at)
         VALUES ($12, $1, $2, $3, $4, $5, $6, NULL, $7, NULL, $8, $9, $10, $11, $11) RETURNING organization_id, seq, hash)
       UPDATE audit_heads h SET seq = event.seq, hash = event.hash FROM event WHERE h.organization_id = event.organization_id`,
      [organizationId, link.seq, link.actorUserId, link.action, link.entityType, link.entityId, after, link.payloadHash, head[0].hash,
        linkHash(head[0].hash, link), link.createdAt, link.id],
    );
    await db.query('COMMIT');
    await db.query('UPDATE idempotency_keys SET status_code = 200, response = $3 WHERE organization_id = $1 AND key = $2', [organizationId, key, after]);
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    db.release();
  }
}

async function byHand(databaseUrl, drafts, organizationId, seconds) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_MAX });
  const latencies = [];
  let next = 0;
  let failed = 0;
  const started = Date.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (Date.now() < deadline && next < drafts.length) {
      const d = drafts[next++];
      const t = process.hrtime.bigint();
      try {
        await submitByHand(pool, organizationId, d);
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const elapsed = (Date.now() - started) / 1000;
  await pool.end();
  return { ok: latencies.length, other: failed, seconds: elapsed, p50: median(latencies), p99: percentile(latencies, 0.99), used: Math.min(next, drafts.length) };
}

/** Puts back what the benchmark wrote (drafts, audit tail, idempotency keys). */
async function restore(client, organizationId, drafts, headSeq) {
  await client.query(
    `UPDATE scorecards s SET status = 'draft', submitted_at = NULL, version = d.version, updated_at = d.updated_at
       FROM jsonb_to_recordset($2::jsonb) AS d(id uuid, version int, updated_at timestamptz)
      WHERE s.organization_id = $1 AND s.id = d.id`,
    [organizationId, JSON.stringify(drafts.map((d) => ({ id: d.id, version: d.version, updated_at: d.updated_at })))],
  );
  await client.query('DELETE FROM audit_events WHERE organization_id = $1 AND seq > $2', [organizationId, headSeq]);
  // The head goes back with the tail, or the API's next event would point past a gap (ADR 0010).
  await client.query(
    `UPDATE audit_heads h SET seq = e.seq, hash = e.hash FROM audit_events e
      WHERE h.organization_id = $1 AND e.organization_id = $1 AND e.seq = $2`,
    [organizationId, headSeq],
  );
  await client.query(`DELETE FROM idempotency_keys WHERE organization_id = $1 AND key LIKE 'bench-%'`, [organizationId]);
}

export async function run({ databaseUrl, seconds = 10 }) {
  const figures = new Figures('write');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let api;
  try {
    const { group } = await seededOrgs(client);
    const org = group.organizationId;
    const { rows: drafts } = await client.query(
      `SELECT id, interview_id, interviewer_id, version, updated_at FROM scorecards
        WHERE organization_id = $1 AND status = 'draft' AND recommendation IS NOT NULL ORDER BY id`,
      [org],
    );
    const { rows: head } = await client.query('SELECT coalesce(max(seq), 0) AS seq FROM audit_events WHERE organization_id = $1', [org]);
    const half = Math.floor(drafts.length / 2);
    console.log(`  ${drafts.length} draft scorecards in the group org: half for the API, half for the baseline`);
    try {
      api = await startApi(databaseUrl, { DB_POOL_MAX: String(POOL_MAX) });
      const sessions = new Map();
      for (const d of drafts.slice(0, half)) {
        if (!sessions.has(d.interviewer_id)) sessions.set(d.interviewer_id, await openSession(client, d.interviewer_id, org));
      }
      const a = await viaApi(api, drafts.slice(0, half), org, sessions, seconds);
      await api.stop();
      const b = await byHand(databaseUrl, drafts.slice(half), org, seconds);
      const line = (x) => `${(x.ok / x.seconds).toFixed(0)} submits/s (${x.ok} in ${x.seconds.toFixed(1)} s), p50 ${x.p50?.toFixed(0)} ms, p99 ${x.p99?.toFixed(0)} ms${x.other ? `, ${x.other} failed` : ''}`;
      figures.add('scorecard submit through the API, 50 clients', line(a), { note: a.used >= half ? 'ran out of drafts' : '' });
      figures.add('the same writes by hand with pg, 50 clients', line(b), { note: b.used >= drafts.length - half ? 'ran out of drafts' : '' });
      const r = ratio(a.ok / a.seconds, b.ok / b.seconds);
      figures.add('submits/s API / by hand', fmtRatio(r), { ratio: r });
    } finally {
      await api?.stop();
      await restore(client, org, drafts, head[0].seq);
    }
  } finally {
    await client.end();
  }
  return figures.rows;
}
