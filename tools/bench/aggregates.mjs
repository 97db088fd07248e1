// Benchmark 2 (issue 8): four aggregates through the API against the same numbers computed by one
// hand-written SQL statement each (lib/aggregate-sql.mjs), median of several runs, in the same run:
// culture heatmap (the last closed quarter, all locations), an application debrief, interviewer
// calibration (the last 365 days), the hiring funnel (CSV export, all openings). Each answer is
// compared with its SQL twin ("same result").
// Then the single-practice figure: the practice organization's API times in the shared database (next
// to the 200-location group) against the same practice alone in a scratch database (seeded here with
// the same seed, so the same data). Indexes scoped by organization keep that ratio near 1.
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import pg from 'pg';
import { accessToken, openSession, startApi } from '../seed/lib/api.mjs';
import { CALIBRATION_SQL, DEBRIEF_SQL, FUNNEL_SQL, HEATMAP_SQL } from './lib/aggregate-sql.mjs';
import { seededOrg, seededOrgs } from './lib/seeded.mjs';
import { Figures, median, ms, ratio } from './lib/stats.mjs';

const DAY_MS = 24 * 3600 * 1000;
const TIMEOUT_MS = 600_000;
const close = (a, b, tolerance) => (a === null || a === undefined ? b === null || b === undefined : Math.abs(a - b) <= tolerance);

async function apiGet(api, path, token) {
  const res = await fetch(`${api.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path.split('?')[0]}: ${res.status} ${text.slice(0, 160)}`);
  return res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
}

/** Minimal CSV (the funnel export quotes only fields with commas or quotes). */
function parseCsv(text) {
  const rows = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (!line) continue;
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted && ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = !quoted;
      } else if (ch === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else {
        cell += ch;
      }
    }
    cells.push(cell);
    rows.push(cells);
  }
  return rows;
}

const num = (x) => (x === '' || x === null || x === undefined ? null : Number(x));

/** The four aggregates: how to ask the API, the SQL twin, and how to compare their answers. */
function aggregates(inputs) {
  return [
    {
      name: 'culture heatmap (quarter, all locations)',
      path: `/api/culture/heatmap?by=location&from=${inputs.quarter.from}&to=${inputs.quarter.to}`,
      sql: [HEATMAP_SQL, [`${inputs.quarter.from}-01`, inputs.quarter.end]],
      same: (api, sql) => {
        const twin = new Map(sql.cells.map((c) => [`${c.competencyId}|${c.groupKey}`, c]));
        return api.cells.length === sql.cells.length && api.cells.every((c) => {
          const t = twin.get(`${c.competencyId}|${c.groupKey}`);
          return t && c.n === t.n && close(c.mean, t.mean, 1e-9) && (c.reason ?? null) === (t.reason ?? null);
        });
      },
    },
    {
      name: 'application debrief',
      path: `/api/applications/${inputs.application}/debrief`,
      sql: [DEBRIEF_SQL, [inputs.application]],
      same: (api, sql) => {
        const twin = new Map(sql.competencies.map((c) => [c.competencyId, c]));
        return api.submittedScorecards === sql.submittedScorecards && api.pendingScorecards === sql.pendingScorecards &&
          close(api.agreement.alpha, sql.alpha, 0.0011) && close(api.overallScore, sql.overallScore, 0.011) &&
          api.computedRecommendation === sql.computedRecommendation &&
          api.competencies.filter((c) => c.n > 0).every((c) => {
            const t = twin.get(c.competencyId);
            return t && t.n === c.n && close(c.mean, t.mean, 0.011) && close(c.sd, t.sd, 0.011) && c.disagreement === t.disagreement;
          });
      },
    },
    {
      name: 'interviewer calibration (365 days)',
      path: `/api/analytics/interviewer-calibration?from=${inputs.year.from}&to=${inputs.year.to}`,
      sql: [CALIBRATION_SQL, [inputs.year.from, inputs.year.to]],
      same: (api, sql) => {
        const twin = new Map(sql.map((r) => [r.interviewerId, r]));
        return api.length === sql.length && api.every((r) => {
          const t = twin.get(r.interviewerId);
          return t && t.scorecards === r.scorecards && t.ratings === r.ratings && close(r.meanDeviation, t.meanDeviation, 0.011) &&
            close(r.extremeShare, t.extremeShare, 0.011) && t.label === r.label;
        });
      },
    },
    {
      name: 'hiring funnel (CSV, all openings)',
      path: '/api/exports/hiring-funnel?format=csv',
      sql: [FUNNEL_SQL, [], 'rows'],
      same: (csv, rows) => {
        const lines = parseCsv(csv).slice(1).filter((r) => r.length >= 12 && ['applied', 'screening', 'interviewing', 'offer', 'hired'].includes(r[3]));
        if (lines.length !== rows.length) return false;
        const count = (r) => [r.entered, r.advanced, r.rejected, r.withdrawn, r.open].map(num).join('/');
        const csvCounts = lines.map((l) => `${l[3]}:${[4, 5, 6, 7, 8].map((i) => num(l[i])).join('/')}:${num(l[10]) ?? num(l[11])}`).sort();
        const sqlCounts = rows.map((r) => `${r.stage}:${count(r)}:${num(r.medianDaysInStage) ?? num(r.medianDaysToHire)}`).sort();
        return csvCounts.every((c, i) => c === sqlCounts[i]);
      },
    },
  ];
}

/** Warm-up, then 5 runs (2 when the warm-up took over 5 s); median milliseconds, or the error. */
async function measure(fn) {
  let last;
  const timed = async () => {
    const started = process.hrtime.bigint();
    last = await fn();
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  try {
    const first = await timed();
    const runs = first > 5000 ? 2 : 5;
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await timed());
    return { median: median(samples), runs, result: last };
  } catch (error) {
    return { median: null, error: error.message.split('\n')[0], result: null };
  }
}

export async function inputsFor(client, org) {
  const { rows: cycle } = await client.query(
    `SELECT to_char(period_start, 'YYYY-MM') AS "from", to_char(period_end, 'YYYY-MM') AS "to", to_char(period_end, 'YYYY-MM-DD') AS "end"
       FROM review_cycles WHERE organization_id = $1 AND status = 'closed' ORDER BY period_end DESC LIMIT 1`,
    [org.organizationId],
  );
  const { rows: app } = await client.query(
    `SELECT a.id FROM applications a JOIN interviews i ON i.organization_id = a.organization_id AND i.application_id = a.id
      WHERE a.organization_id = $1 AND a.stage = 'hired' GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 1`,
    [org.organizationId],
  );
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  return { quarter: cycle[0], application: app[0].id, year: { from: iso(today - 365 * DAY_MS), to: iso(today + DAY_MS) } };
}

/** API and SQL medians of the four aggregates for one organization. */
export async function measureOrg(api, client, org, inputs, { sql = true } = {}) {
  const session = await openSession(client, org.users.hr, org.organizationId);
  const token = accessToken(api.jwtSecret, org.users.hr, org.organizationId, session, 4 * 3600);
  const out = [];
  for (const a of aggregates(inputs)) {
    const viaApi = await measure(() => apiGet(api, a.path, token));
    let viaSql = null;
    let same = null;
    if (sql) {
      const [text, params, shape] = a.sql;
      viaSql = await measure(async () => {
        const res = await client.query(text, [org.organizationId, ...params]);
        return shape === 'rows' ? res.rows : res.rows[0].result;
      });
      same = viaApi.result !== null && viaSql.result !== null ? a.same(viaApi.result, viaSql.result) : null;
    }
    out.push({ name: a.name, api: viaApi, sql: viaSql, same });
    const apiText = viaApi.error ? `error: ${viaApi.error}` : ms(viaApi.median);
    console.log(`  ${org.scale} ${a.name}: API ${apiText}${viaSql ? `, SQL ${ms(viaSql.median)}, same result: ${same === null ? 'n/a' : same ? 'yes' : 'NO'}` : ''}`);
  }
  return out;
}

function seedPractice(databaseUrl) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['tools/seed/seed.mjs', '--scale', 'practice', '--database-url', databaseUrl], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seeding the practice failed (exit ${code})`))));
  });
}

/** The practice org alone in a scratch database: its API medians (no SQL). */
async function practiceAlone(serverUrl) {
  const name = `rapport_bench_practice_${randomBytes(4).toString('hex')}`;
  const url = (db) => Object.assign(new URL(serverUrl), { pathname: `/${db}` }).toString();
  const admin = new pg.Client({ connectionString: url('postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  let api;
  const client = new pg.Client({ connectionString: url(name) });
  try {
    await seedPractice(url(name));
    await client.connect();
    const practice = await seededOrg(client, 'practice');
    api = await startApi(url(name));
    return await measureOrg(api, client, practice, await inputsFor(client, practice), { sql: false });
  } finally {
    await api?.stop();
    await client.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

export async function run({ databaseUrl, serverUrl }) {
  const figures = new Figures('aggregates');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let api;
  let shared;
  let group;
  try {
    const orgs = await seededOrgs(client);
    api = await startApi(databaseUrl);
    group = await measureOrg(api, client, orgs.group, await inputsFor(client, orgs.group));
    shared = await measureOrg(api, client, orgs.practice, await inputsFor(client, orgs.practice), { sql: false });
  } finally {
    await api?.stop();
    await client.end();
  }
  const alone = await practiceAlone(serverUrl);
  for (const [i, g] of group.entries()) {
    const r = ratio(g.api.median, g.sql.median);
    const apiText = g.api.error ? `API error (${g.api.error})` : `API ${ms(g.api.median)}`;
    figures.add(`${g.name}, group`, `${apiText}, SQL ${ms(g.sql.median)}; same result: ${g.same === null ? 'n/a' : g.same ? 'yes' : 'no'}`, {
      ratio: r,
      target: '<= 1.5x SQL',
      note: `median of ${g.api.runs ?? 0} API / ${g.sql.runs} SQL runs`,
    });
    const p = ratio(shared[i].api.median, alone[i].api.median);
    figures.add(`${g.name}, practice org: shared database / alone`, `${ms(shared[i].api.median)} / ${ms(alone[i].api.median)}`, {
      ratio: p,
      target: '<= 2x',
    });
  }
  return figures.rows;
}
