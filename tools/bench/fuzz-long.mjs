#!/usr/bin/env node
// The long fuzz run: the same fuzz suite `npm test` runs (apps/api-e2e/src/security/fuzz.e2e-spec.ts,
// 100 cases per write route there), with many more cases per route, then a table of counts.
//
// Usage: node tools/bench/fuzz-long.mjs [--runs 2000] [--seed 1234] [--route "POST /api/locations"]
// Needs a built API (npx nx build api) and a PostgreSQL server in DATABASE_URL; without one, an
// embedded PostgreSQL is started (as `npm test` does, data in .data/pg-test).
// Exit code: 0 when no route had a violation (a 5xx, a 4xx that is not a problem document, or a
// refused request that wrote rows); the violations themselves are in Jest's output above the table.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '../embedded-db.mjs';
import { bin, handleSignals, run } from '../lib/supervise.mjs';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
handleSignals();

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index > 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const runs = Number(option('--runs', process.env.FUZZ_RUNS ?? '2000'));
const seed = option('--seed', process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31)));
const routeFilter = option('--route', '');
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs must be a positive integer');
  process.exit(2);
}
if (!existsSync('dist/apps/api/main.js')) {
  console.error('No dist/apps/api/main.js: build the API first (NX_DAEMON=false npx nx build api).');
  process.exit(2);
}

mkdirSync('tmp', { recursive: true });
const report = join('tmp', `fuzz-long-${Date.now()}.jsonl`);
const env = { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: seed, FUZZ_REPORT: report };
let db = null;
if (!env.DATABASE_URL) {
  db = await startEmbeddedPostgres({
    dataDir: '.data/pg-test',
    port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54339),
  });
  env.DATABASE_URL = db.url;
}

const started = Date.now();
let result;
try {
  const args = ['--config', 'apps/api-e2e/jest.config.cts', 'apps/api-e2e/src/security/fuzz'];
  if (routeFilter) args.push('-t', routeFilter);
  console.log(`[fuzz-long] ${runs} cases per write route, seed ${seed}`);
  result = await run(bin('jest'), args, { env, killAfterMs: 60_000 });
} finally {
  if (db) await db.stop();
}

const lines = existsSync(report) ? readFileSync(report, 'utf8').trim().split('\n').filter(Boolean) : [];
rmSync(report, { force: true });
const rows = lines.map((l) => JSON.parse(l));
const statuses = [...new Set(rows.flatMap((r) => Object.keys(r.statuses)))].sort();
const total = { cases: 0, violations: 0 };
console.log(`\nroute${' '.repeat(46)}cases  violations  ${statuses.map((s) => s.padStart(5)).join(' ')}`);
for (const r of rows) {
  total.cases += r.cases;
  total.violations += r.violations;
  const counts = statuses.map((s) => String(r.statuses[s] ?? 0).padStart(5)).join(' ');
  console.log(
    `${r.route.padEnd(50)} ${String(r.cases).padStart(6)}  ${String(r.violations).padStart(10)}  ${counts}`,
  );
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  `\n${rows.length} routes, ${total.cases} requests, ${total.violations} violations, seed ${seed}, ${seconds} s`,
);
process.exit(result.code === 0 && total.violations === 0 && rows.length > 0 ? 0 : 1);
