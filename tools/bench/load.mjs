#!/usr/bin/env node
// Load and fault benchmark (issue 7): LOAD_CLIENTS clients (default 100) submit scorecards and
// record observations for LOAD_SECONDS (default 60) against a fresh API on a fresh database, and a
// third of the way in every database connection of that API is terminated. It runs the same
// black-box scenario as `npm test`'s short version (apps/api-e2e/src/reliability/load.e2e-spec.ts)
// at full size and prints its figures: requests, p50/p99, acknowledged writes, 503s during the
// outage, errors, lost writes, recovery time. The scenario's invariants (no error but the outage's
// 503s, no lost acknowledged write, recovery within 5 s) fail the run when broken.
//
// Usage: node tools/bench/load.mjs            (DATABASE_URL: the server; default local PostgreSQL)
//        LOAD_CLIENTS=50 LOAD_SECONDS=30 node tools/bench/load.mjs
// Build the API first: NX_DAEMON=false npx nx build api
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  LOAD_CLIENTS: process.env.LOAD_CLIENTS ?? '100',
  LOAD_SECONDS: process.env.LOAD_SECONDS ?? '60',
};
console.log(`load: ${env.LOAD_CLIENTS} clients for ${env.LOAD_SECONDS} s, one termination of the API's database connections`);
const result = spawnSync(
  process.execPath,
  ['node_modules/jest/bin/jest.js', '--config', 'apps/api-e2e/jest.config.cts', 'apps/api-e2e/src/reliability/load.e2e-spec.ts'],
  { env, encoding: 'utf8' },
);
const output = `${result.stdout}${result.stderr}`;
const figures = output.match(/load figures: (\{.*\})/);
if (figures) {
  for (const [name, value] of Object.entries(JSON.parse(figures[1]))) console.log(`  ${name.padEnd(22)} ${value}`);
} else {
  console.log(output);
}
process.exit(result.status ?? 1);
