#!/usr/bin/env node
// The "physical limit" of the HTTP benchmark: a bare Fastify server with a `pg` pool of the API's size
// that answers the same reads as the API with the same JSON, each in ONE SQL statement: the bearer
// token is checked (HS256, expiry), the caller's user row (active, allowed role) is joined into the
// query, and PostgreSQL builds the JSON. Run by tools/bench/http.mjs as a child process.
//
// Environment: DATABASE_URL, PORT, JWT_SECRET, POOL_MAX.
import { createHmac, timingSafeEqual } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';

const secret = process.env.JWT_SECRET;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_MAX ?? 10) });

/** `{sub, org}` of a valid token, or null. */
function verify(header) {
  if (!header?.startsWith('Bearer ')) return null;
  const [head, body, signature] = header.slice(7).split('.');
  if (!signature) return null;
  const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const payload = JSON.parse(Buffer.from(body, 'base64url').toString());
  return payload.exp * 1000 > Date.now() ? payload : null;
}

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const iso = (column) => `to_char(${column} AT TIME ZONE 'UTC', ${ISO})`;

const LOCATION_SQL = `
  SELECT json_build_object('id', l.id, 'name', l.name, 'code', l.code, 'version', l.version,
                           'createdAt', ${iso('l.created_at')}, 'updatedAt', ${iso('l.updated_at')})::text AS body
    FROM users u JOIN locations l ON l.organization_id = u.organization_id
   WHERE u.id = $1 AND u.organization_id = $2 AND u.active AND l.id = $3`;

// Managers see every interview; panel members their own (PANEL_ROLES / HIRING_MANAGERS of the API).
const INTERVIEW_SQL = `
  SELECT json_build_object(
           'id', i.id, 'applicationId', a.id, 'candidateName', c.name, 'openingTitle', o.title, 'kitId', i.kit_id,
           'kitVersion', v.version, 'evidenceRequired', v.evidence_required, 'scheduledAt', ${iso('i.scheduled_at')},
           'questions', v.questions,
           'panel', (SELECT coalesce(json_agg(json_build_object('interviewerId', s.interviewer_id, 'name', pu.name,
                                                                'scorecardStatus', s.status) ORDER BY s.created_at), '[]')
                       FROM scorecards s JOIN users pu ON pu.id = s.interviewer_id
                      WHERE s.organization_id = i.organization_id AND s.interview_id = i.id),
           'createdAt', ${iso('i.created_at')})::text AS body
    FROM users u
    JOIN interviews i ON i.organization_id = u.organization_id AND i.id = $3
    JOIN applications a ON a.organization_id = i.organization_id AND a.id = i.application_id
    JOIN openings o ON o.organization_id = a.organization_id AND o.id = a.opening_id
    JOIN candidates c ON c.organization_id = a.organization_id AND c.id = a.candidate_id
    JOIN interview_kit_versions v ON v.organization_id = i.organization_id AND v.id = i.kit_version_id
   WHERE u.id = $1 AND u.organization_id = $2 AND u.active
     AND u.roles && '{owner,admin,hr,hiring_manager,interviewer,leader}'
     AND (u.roles && '{owner,admin,hr,hiring_manager}'
          OR EXISTS (SELECT 1 FROM scorecards m WHERE m.organization_id = i.organization_id AND m.interview_id = i.id AND m.interviewer_id = u.id))`;

const app = Fastify({ logger: false });

function route(path, sql) {
  app.get(path, async (request, reply) => {
    const caller = verify(request.headers.authorization);
    if (!caller) return reply.code(401).send({ title: 'Unauthorized' });
    const { rows } = await pool.query(sql, [caller.sub, caller.org, request.params.id]);
    if (!rows.length) return reply.code(404).send({ title: 'Not Found' });
    return reply.type('application/json; charset=utf-8').send(rows[0].body);
  });
}

route('/api/locations/:id', LOCATION_SQL);
route('/api/interviews/:id', INTERVIEW_SQL);

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.send?.('ready');
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    void app.close().then(() => pool.end()).then(() => process.exit(0));
  });
}
