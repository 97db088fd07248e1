#!/usr/bin/env node
// `npm run seed -- --scale practice|group [--seed 1] [--as-of YYYY-MM-DD] [--database-url URL]`
//
// Loads a deterministic dataset of issue 8 into a PostgreSQL database as one more organization:
// 1. through the built API (which migrates the database on start): sign-up of the organization and
//    its owner, one invited user per role, interview kits, retention setting (tools/seed/lib/bootstrap.mjs);
// 2. everything else with COPY … FROM STDIN, one transaction per table, in dependency order; big
//    tables get their secondary indexes and foreign keys rebuilt after the load (lib/copy.mjs);
// 3. ANALYZE, then a table of rows, seconds and rows/s, and the logins.
// The same scale, seed and as-of day give the same data. Audit events are not seeded: the API writes
// its own (sign-up, invitations, kits). Build the API first: NX_DAEMON=false npx nx build api
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { bootstrapThroughApi, NAMED_USERS, SEED_PASSWORD } from './lib/bootstrap.mjs';
import { loadTable } from './lib/copy.mjs';
import * as culture from './lib/culture.mjs';
import { planHiring } from './lib/hiring-plan.mjs';
import * as hiring from './lib/hiring-rows.mjs';
import * as people from './lib/people.mjs';
import { hash32, Random, uuidFactory } from './lib/random.mjs';
import { SCALES } from './lib/scales.mjs';
import { historyWindow, isoDay } from './lib/time.mjs';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const USAGE = 'usage: npm run seed -- --scale practice|group [--seed N] [--as-of YYYY-MM-DD] [--database-url URL]';
const EMBEDDED_HINT =
  'With `npm start` running on its embedded PostgreSQL (tools/embedded-db.mjs), use\n' +
  '  --database-url postgres://postgres:rapport-dev@127.0.0.1:54329/rapport\n' +
  'or any server: --database-url postgres://postgres@127.0.0.1:5432/rapport_seed_group';

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  if (index < 0) return fallback;
  const value = process.argv[index + 1];
  if (!value || value.startsWith('--')) throw new Error(`${name} needs a value\n${USAGE}`);
  return value;
}

function parseArgs() {
  const scaleName = option('--scale');
  if (!scaleName || !SCALES[scaleName]) throw new Error(`--scale must be one of: ${Object.keys(SCALES).join(', ')}\n${USAGE}`);
  const seed = Number(option('--seed', '1'));
  if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed must be a non-negative integer');
  const asOf = option('--as-of', isoDay(Date.now()));
  const databaseUrl = option('--database-url', process.env.DATABASE_URL);
  if (!databaseUrl) throw new Error(`No database: set DATABASE_URL or pass --database-url.\n${EMBEDDED_HINT}`);
  return { scaleName, scale: SCALES[scaleName], seed, asOf, databaseUrl };
}

const log = (message) => console.log(`[seed] ${message}`);

async function connect(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`cannot connect to ${new URL(databaseUrl).host}: ${error.message}\n${EMBEDDED_HINT}`, { cause: error });
  }
  return client;
}

/** Creates the database when the server has no database of that name (error 3D000). */
async function ensureDatabase(databaseUrl) {
  try {
    await (await connect(databaseUrl)).end();
  } catch (error) {
    if (error.cause?.code !== '3D000') throw error;
    const name = new URL(databaseUrl).pathname.slice(1);
    const admin = await connect(Object.assign(new URL(databaseUrl), { pathname: '/postgres' }).toString());
    try {
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
      log(`created database "${name}"`);
    } finally {
      await admin.end();
    }
  }
}

/** Refuses to seed the same scale and seed twice into one database (ids and emails would collide). */
async function assertNotSeeded(client, domain) {
  const { rows } = await client.query(`SELECT to_regclass('public.users') IS NOT NULL AS migrated`);
  if (!rows[0].migrated) return;
  const { rowCount } = await client.query('SELECT 1 FROM users WHERE email = $1', [`owner@${domain}`]);
  if (rowCount) throw new Error(`this database already holds the dataset of owner@${domain}; use another --seed or database`);
}

/** What the API made, read back: kit versions, the owner's password hash (shared by all seeded users). */
async function readBack(client, boot) {
  const { rows: versions } = await client.query(
    'SELECT id, kit_id FROM interview_kit_versions WHERE organization_id = $1 AND version = 1',
    [boot.organizationId],
  );
  for (const kit of boot.kits) kit.versionId = versions.find((v) => v.kit_id === kit.id).id;
  const { rows } = await client.query('SELECT password_hash FROM users WHERE id = $1', [boot.users.owner]);
  return rows[0].password_hash;
}

function idFactories(rng) {
  const names = ['location', 'user', 'staff', 'opening', 'candidate', 'application', 'stageChange', 'interview', 'scorecard', 'selfId',
    'observation', 'metric', 'cycle', 'assignment', 'goal', 'checkIn'];
  return Object.fromEntries(names.map((n) => [n, uuidFactory(rng.next)]));
}

async function main() {
  const args = parseArgs();
  const started = Date.now();
  const domain = `${args.scaleName}-s${args.seed}.seed.rapport.test`;
  const window = historyWindow(args.asOf, args.scale.months);
  const stream = (name) => new Random(hash32(`${args.scaleName}:${args.seed}:${name}`));
  log(`scale ${args.scaleName}, seed ${args.seed}, as of ${args.asOf}, into ${new URL(args.databaseUrl).pathname.slice(1)} on ${new URL(args.databaseUrl).host}`);

  await ensureDatabase(args.databaseUrl);
  let client = await connect(args.databaseUrl);
  try {
    await assertNotSeeded(client, domain);
  } finally {
    await client.end();
  }

  let t = Date.now();
  const boot = await bootstrapThroughApi(args.databaseUrl, { organizationName: args.scale.organizationName, domain, log });
  const apiSeconds = (Date.now() - t) / 1000;
  client = await connect(args.databaseUrl);
  try {
    await client.query("SET maintenance_work_mem = '512MB'");
    await client.query('SET synchronous_commit = off');
    const passwordHash = await readBack(client, boot);

    t = Date.now();
    const named = { domain };
    for (const u of NAMED_USERS) named[u.local] = { id: boot.users[u.local], name: u.name, email: `${u.local}@${domain}` };
    const ids = idFactories(stream('ids'));
    const ctx = { organizationId: boot.organizationId, competencies: boot.competencies, window, scale: args.scale, ids };
    ctx.people = people.planPeople({ rng: stream('people'), ids, scale: args.scale, named, window });
    ctx.teams = people.hiringTeams(ctx.people);
    const plan = planHiring({ rng: stream('hiring'), scale: args.scale, people: ctx.people, teams: ctx.teams, kits: boot.kits, window });
    hiring.assignHiringIds(plan, ids, ctx.people, stream('reasons'));
    const culturePlan = culture.planCulture({ rng: stream('culture'), people: ctx.people, window });
    const goals = culture.planGoals(culturePlan, { ...ctx, rng: stream('goals') });
    const planSeconds = (Date.now() - t) / 1000;
    log(`planned in ${planSeconds.toFixed(1)} s; loading…`);

    const withRng = (name) => ({ ...ctx, rng: stream(name) });
    const tables = [
      ['locations', people.LOCATION_COLUMNS, people.locationRows(ctx.people, ctx.organizationId, window)],
      ['users', people.USER_COLUMNS, people.userRows(ctx.people, ctx.organizationId, passwordHash), true],
      ['openings', hiring.OPENING_COLUMNS, hiring.openingRows(plan, ctx)],
      ['candidates', hiring.CANDIDATE_COLUMNS, hiring.candidateRows(plan, withRng('candidates')), true],
      ['applications', hiring.APPLICATION_COLUMNS, hiring.applicationRows(plan, ctx), true],
      ['application_stage_changes', hiring.STAGE_CHANGE_COLUMNS, hiring.stageChangeRows(plan, ctx), true],
      ['interviews', hiring.INTERVIEW_COLUMNS, hiring.interviewRows(plan, ctx), true],
      ['scorecards', hiring.SCORECARD_COLUMNS, hiring.scorecardRows(plan, withRng('evidence')), true],
      ['candidate_self_identifications', hiring.SELF_ID_COLUMNS, hiring.selfIdentificationRows(plan, withRng('self-id')), true],
      ['staff_members', people.STAFF_COLUMNS, people.staffRows(ctx.people, ctx.organizationId), true],
      ['observations', culture.OBSERVATION_COLUMNS, culture.observationRows(culturePlan, withRng('observations')), true],
      ['service_metrics', culture.SERVICE_METRIC_COLUMNS, culture.serviceMetricRows(culturePlan, withRng('metrics')), true],
      ['review_cycles', culture.REVIEW_CYCLE_COLUMNS, culture.reviewCycleRows(culturePlan, ctx)],
      ['review_assignments', culture.REVIEW_ASSIGNMENT_COLUMNS, culture.reviewAssignmentRows(culturePlan, withRng('reviews')), true],
      ['leadership_goals', culture.GOAL_COLUMNS, culture.goalRows(goals, ctx)],
      ['leadership_check_ins', culture.CHECK_IN_COLUMNS, culture.checkInRows(goals, ctx)],
    ];
    const results = [];
    const big = args.scale.locations > 1;
    for (const [table, columns, rows, heavy = false] of tables) {
      const result = await loadTable(client, { table, columns, rows, deferIndexes: big && heavy });
      results.push(result);
      const rate = Math.round(result.count / result.seconds).toLocaleString('en');
      const split = deferred(result);
      log(`${table.padEnd(31)} ${String(result.count).padStart(9)} rows ${result.seconds.toFixed(1).padStart(6)} s ${rate.padStart(9)} rows/s${split}`);
    }
    t = Date.now();
    // What the observations trigger keeps, for the rows loaded with triggers off (lib/copy.mjs).
    await client.query('DELETE FROM observation_monthly_counts WHERE organization_id = $1', [boot.organizationId]);
    await client.query(
      `INSERT INTO observation_monthly_counts (organization_id, staff_member_id, month, recognitions, coaching)
       SELECT organization_id, staff_member_id, date_trunc('month', observed_at)::date,
              count(*) FILTER (WHERE kind = 'recognition'), count(*) FILTER (WHERE kind = 'coaching')
         FROM observations WHERE organization_id = $1 GROUP BY 1, 2, 3`,
      [boot.organizationId],
    );
    await client.query(
      `UPDATE interview_kit_versions v SET used_at = u.first
         FROM (SELECT kit_version_id, min(created_at) AS first FROM interviews WHERE organization_id = $1 GROUP BY kit_version_id) u
        WHERE v.id = u.kit_version_id AND v.organization_id = $1 AND v.used_at IS NULL`,
      [boot.organizationId],
    );
    await client.query('ANALYZE');
    const analyzeSeconds = (Date.now() - t) / 1000;
    printSummary({ args, boot, domain, results, apiSeconds, planSeconds, analyzeSeconds, total: (Date.now() - started) / 1000 });
  } finally {
    await client.end();
  }
}

/** "(COPY a s, indexes b s, foreign keys c s)" when the table's indexes were rebuilt after the load. */
const deferred = (r) =>
  r.indexSeconds + r.fkSeconds > 0.05
    ? `  (COPY ${r.copySeconds.toFixed(1)} s, indexes ${r.indexSeconds.toFixed(1)} s, foreign keys ${r.fkSeconds.toFixed(1)} s)`
    : '';

function printSummary({ args, boot, domain, results, apiSeconds, planSeconds, analyzeSeconds, total }) {
  const rows = results.reduce((n, r) => n + r.count, 0);
  const copySeconds = results.reduce((n, r) => n + r.seconds, 0);
  console.log(
    [
      '',
      `rows loaded by COPY: ${rows.toLocaleString('en')} in ${copySeconds.toFixed(1)} s (${Math.round(rows / copySeconds).toLocaleString('en')} rows/s)`,
      `API bootstrap ${apiSeconds.toFixed(1)} s, planning ${planSeconds.toFixed(1)} s, kit usage, observation counts + ANALYZE ${analyzeSeconds.toFixed(1)} s`,
      `total: ${total.toFixed(1)} s for scale ${args.scaleName} (seed ${args.seed}, as of ${args.asOf})`,
      '',
      `organization "${args.scale.organizationName}": ${boot.organizationId}`,
      `password for every seeded login: ${SEED_PASSWORD}`,
      ...NAMED_USERS.map((u) => `  ${u.roles.join('+').padEnd(24)} ${u.local}@${domain}`),
      '  (every staff member also has a login: their email in staff_members, the same password)',
    ].join('\n'),
  );
}

main().catch((error) => {
  console.error(`[seed] ${error.message}`);
  process.exitCode = 1;
});
