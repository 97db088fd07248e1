// Benchmark 1 (issue 8): an authenticated read under autocannon, the API against a bare Fastify +
// pg server answering the same JSON with one SQL statement per request (lib/bare-server.mjs), in the
// same run, same pool size (the API's DB_POOL_MAX default, 10), same connections and duration.
// Two reads: GET /api/interviews/:id (the API makes 9 round trips: the auth guard's user, the interview,
// its panel twice, kit version, application, opening, candidate, names) and GET /api/locations/:id (2:
// user, location), the closest the API has to one round trip.
import { fork } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { accessToken, freePort, openSession, startApi } from '../seed/lib/api.mjs';
import { seededOrgs } from './lib/seeded.mjs';
import { Figures, fmtRatio, ratio } from './lib/stats.mjs';

const POOL_MAX = 10;

async function startBare(databaseUrl, jwtSecret) {
  const port = await freePort();
  const child = fork(new URL('./lib/bare-server.mjs', import.meta.url), [], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), JWT_SECRET: jwtSecret, POOL_MAX: String(POOL_MAX) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`the bare server exited with ${code}`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: () => new Promise((r) => (child.exitCode !== null ? r() : (child.once('exit', r), child.kill('SIGTERM')))),
  };
}

function load(url, token, seconds) {
  return autocannon({ url, connections: 50, duration: seconds, headers: { authorization: `Bearer ${token}` } });
}

/** The two answers must be the same JSON (panel order aside: seeded panels share one created_at). */
async function sameJson(apiUrl, bareUrl, token) {
  const get = async (url) => {
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
    const body = await res.json();
    if (Array.isArray(body.panel)) body.panel.sort((a, b) => a.interviewerId.localeCompare(b.interviewerId));
    return body;
  };
  const [a, b] = await Promise.all([get(apiUrl), get(bareUrl)]);
  return isDeepStrictEqual(a, b);
}

export async function run({ databaseUrl, seconds = 10 }) {
  const figures = new Figures('http');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let api;
  let bare;
  try {
    const { group } = await seededOrgs(client);
    const interview = (await client.query('SELECT id FROM interviews WHERE organization_id = $1 ORDER BY id LIMIT 1', [group.organizationId])).rows[0].id;
    const location = (await client.query('SELECT id FROM locations WHERE organization_id = $1 ORDER BY id LIMIT 1', [group.organizationId])).rows[0].id;
    api = await startApi(databaseUrl, { DB_POOL_MAX: String(POOL_MAX) });
    bare = await startBare(databaseUrl, api.jwtSecret);
    const token = accessToken(api.jwtSecret, group.users.hr, group.organizationId, await openSession(client, group.users.hr, group.organizationId));
    for (const [name, path] of [
      ['GET /api/interviews/:id', `/api/interviews/${interview}`],
      ['GET /api/locations/:id', `/api/locations/${location}`],
    ]) {
      const equal = await sameJson(`${api.baseUrl}${path}`, `${bare.baseUrl}${path}`, token);
      const results = {};
      for (const [label, server] of [['api', api], ['bare', bare]]) {
        await load(`${server.baseUrl}${path}`, token, 2); // warm-up: JIT, pools, caches
        results[label] = await load(`${server.baseUrl}${path}`, token, seconds);
      }
      const line = (r) =>
        `${Math.round(r.requests.average).toLocaleString('en')} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms` +
        (r.non2xx || r.errors ? `, ${r.non2xx} non-2xx, ${r.errors} errors` : '');
      console.log(`${name} (group org, hr, 50 connections, ${seconds} s; same JSON: ${equal ? 'yes' : 'NO'})`);
      const r = ratio(results.api.requests.average, results.bare.requests.average);
      figures.add(`${name} Rapport`, line(results.api));
      figures.add(`${name} bare Fastify + pg`, line(results.bare));
      figures.add(`${name} req/s Rapport / bare`, fmtRatio(r), { ratio: r, target: '>= 0.5x' });
    }
  } finally {
    await bare?.stop();
    await api?.stop();
    await client.end();
  }
  return figures.rows;
}
