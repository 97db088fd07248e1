#!/usr/bin/env node
// `npm test`: everything CI runs, in order: lint (module boundaries included), type-check, unit
// tests, then every project's `e2e` target (apps/api-e2e, and apps/admin-e2e once it exists).
// Each step runs even when an earlier one failed, so one run shows every problem; the last line
// is `N passed, N failed` and the exit code is non-zero when anything failed.
//
// Select steps by name: `npm test -- lint typecheck unit e2e` or an e2e project (`api-e2e`).
// The e2e suites get DATABASE_URL (the server; each suite creates and drops its own database). When
// it is unset, an embedded PostgreSQL is started on port 54339 with data in .data/pg-test, so
// `npm start`'s database (.data/pg, port 54329) is never touched.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from './embedded-db.mjs';
import { bin, handleSignals, inParallel, run, shutdownRequested } from './lib/supervise.mjs';
import { clearFailures, readFailures } from './lib/test-failures.mjs';
import { e2eProjects, ensureChromium, typecheckConfigs } from './lib/workspace.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const say = (msg) => console.log(`\n[test] ${msg}`);
const env = { ...process.env, NX_DAEMON: process.env.NX_DAEMON ?? 'false', NX_TUI: 'false' };
handleSignals();

const selected = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const wants = (name, group) => selected.length === 0 || selected.includes(name) || selected.includes(group);
const nx = (...args) => run(bin('nx'), args, { env });
const ok = (r) => r.code === 0;

const steps = [];
let e2e = [];
try {
  e2e = await e2eProjects();
} catch (err) {
  // A broken project graph (e.g. an invalid project.json) must show up as a failure, not a crash.
  steps.push(['project graph', () => Promise.reject(new Error(err.stderr || err.message))]);
}
const known = ['lint', 'typecheck', 'unit', 'e2e', ...e2e.map((p) => p.name)];
const unknown = selected.filter((s) => !known.includes(s));
if (unknown.length > 0) {
  console.error(`[test] unknown step(s): ${unknown.join(' ')}; choose from: ${known.join(' ')}`);
  process.exit(2);
}
if (wants('lint')) {
  steps.push([
    'lint',
    async () => {
      const projects = ok(await nx('run-many', '-t', 'lint'));
      const tools = ok(await run(bin('eslint'), ['tools'], { env })); // not an Nx project
      return projects && tools;
    },
  ]);
}
if (wants('typecheck')) steps.push(['typecheck', typecheck]);
if (wants('unit')) {
  // e2e projects are excluded: their suites need a database and a build (their own `e2e` target).
  const exclude = e2e.map((p) => p.name).join(',');
  steps.push(['unit tests', async () => ok(await nx('run-many', '-t', 'test', ...(exclude ? ['--exclude', exclude] : [])))]);
}
for (const project of e2e) {
  if (wants(project.name, 'e2e')) steps.push([`e2e ${project.name}`, () => runE2e(project)]);
}
if (steps.length === 0) {
  console.error(`[test] nothing to run for: ${selected.join(' ')}`);
  process.exit(2);
}

let db = null;
const results = [];
try {
  for (const [name, step] of steps) {
    if (shutdownRequested()) break;
    say(`${name}…`);
    const started = Date.now();
    let passed;
    try {
      passed = Boolean(await step());
    } catch (err) {
      console.error(`[test] ${name}: ${err.message}`);
      passed = false;
    }
    results.push({ name, passed, seconds: (Date.now() - started) / 1000, project: name.startsWith('e2e ') ? name.slice(4) : null });
    say(`${name}: ${passed ? 'passed' : 'FAILED'} in ${results.at(-1).seconds.toFixed(1)} s`);
  }
} finally {
  if (db) await db.stop();
}

const passed = results.filter((r) => r.passed).length;
const failed = results.length - passed + (shutdownRequested() ? steps.length - results.length : 0);
console.log('\nSummary');
for (const r of results) {
  console.log(`  ${r.passed ? 'pass' : 'FAIL'}  ${r.name.padEnd(24)} ${r.seconds.toFixed(1).padStart(6)} s`);
  // e2e steps: name what failed (and what passed only on retry) so a log's last lines say it.
  for (const f of r.project ? readFailures(r.project) : []) console.log(`          ${f.kind === 'failed' ? '✗' : '~ flaky:'} ${f.name}`);
}
if (shutdownRequested()) console.log(`  interrupted: ${steps.length - results.length} step(s) not run`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(shutdownRequested() ? 130 : failed === 0 ? 0 : 1);

async function typecheck() {
  // tsc per tsconfig (app, lib, spec, e2e) of every project: Nx has no inferred typecheck target
  // in this workspace, and Jest type-checks at most the files a test loads (nothing at all where
  // ts-jest runs with isolatedModules). tsc is single-threaded: run a few at once, print each whole.
  const configs = await typecheckConfigs();
  const results = await inParallel(configs, Math.max(1, Math.min(3, availableParallelism())), async ({ file, args }) => {
    // Incremental build info under tmp/ makes a re-run with few changes take seconds.
    const buildInfo = `tmp/typecheck/${file.replace(/[/\\]/g, '__')}.tsbuildinfo`;
    const r = await run(bin('tsc'), ['--noEmit', '--incremental', '--tsBuildInfoFile', buildInfo, '-p', file, ...args], {
      env,
      capture: true,
    });
    const note = args.length ? ` (${args.join(' ')})` : '';
    console.log(`  ${r.code === 0 ? 'ok  ' : 'FAIL'} ${file}${note}${r.code === 0 ? '' : `\n${r.output.trimEnd()}`}`);
    return r.code === 0;
  });
  return !shutdownRequested() && results.every(Boolean);
}

async function runE2e(project) {
  if (project.browser) await ensureChromium(say);
  if (!env.DATABASE_URL) {
    db ??= await startEmbeddedPostgres({
      dataDir: '.data/pg-test',
      port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54339),
      log: (m) => say(m),
    });
    env.DATABASE_URL = db.url;
    say(`embedded PostgreSQL for tests on ${new URL(db.url).host} (data in .data/pg-test)`);
  }
  if (!existsSync(project.root)) return false;
  clearFailures(project.name);
  return ok(await nx('run', `${project.name}:e2e`));
}
