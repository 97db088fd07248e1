#!/usr/bin/env node
// `npm run bench -- [http] [aggregates] [export] [admin] [write] [explain] [--database-url URL] [--keep]`
//
// Runs the benchmarks of issue 8 in sequence (all, or those named) and prints every figure with its
// ratio to the baseline measured in the same run, then one Markdown table (also written to
// tmp/bench-<timestamp>.md) for docs/performance.md. Nothing asserts: these are measurements.
// `explain` (last) prints EXPLAIN (ANALYZE, BUFFERS) of the slow queries and of their recommended rewrites.
//
// Database: --database-url (or BENCH_DATABASE_URL) names one that already holds both seeded scales
// (npm run seed -- --scale group, then --scale practice, seed 1). Without it, a scratch database
// rapport_bench_<random> is created on the DATABASE_URL server (default postgres://postgres@127.0.0.1:5432/postgres),
// seeded with both scales (about 3 minutes), and dropped at the end unless --keep.
// Build first: NX_DAEMON=false npx nx run-many -t build -p api admin
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { assertBuilt } from '../seed/lib/api.mjs';
import { markdownTable } from './lib/stats.mjs';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const BENCHES = {
  http: () => import('./http.mjs'),
  aggregates: () => import('./aggregates.mjs'),
  export: () => import('./export.mjs'),
  admin: () => import('./admin.mjs'),
  write: () => import('./write.mjs'),
  explain: () => import('./explain.mjs'),
};

function option(name) {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

const withDatabase = (url, name) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();

function seed(databaseUrl, scale) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['tools/seed/seed.mjs', '--scale', scale, '--database-url', databaseUrl], { stdio: 'inherit' });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seeding ${scale} failed (exit ${code})`))));
  });
}

async function machine(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query("SELECT version() AS v, current_setting('shared_buffers') AS sb, current_setting('work_mem') AS wm");
  await client.end();
  const cpu = cpus();
  return [
    `date: ${new Date().toISOString()}`,
    `machine: ${cpu.length} cores (${cpu[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, load average ${execFileSync('cat', ['/proc/loadavg']).toString().split(' ').slice(0, 3).join(' ')}`,
    `node ${process.version}; ${rows[0].v.split(' on ')[0]} (shared_buffers ${rows[0].sb}, work_mem ${rows[0].wm})`,
    `build measured: dist/ of git ${gitHead()}, copied to ${process.env.RAPPORT_API_MAIN.replace('/apps/api/main.js', '')}`,
  ];
}

/**
 * Copies dist/apps/{api,admin} to tmp/bench-dist-<stamp>/ and points every API start of this run at the
 * copy (RAPPORT_API_MAIN, ADMIN_DIST): others may rebuild dist/ while a run is under way, and one run
 * must measure one build. Node still resolves packages from the repository's node_modules.
 */
function snapshotDist() {
  const dir = `tmp/bench-dist-${Date.now()}`;
  cpSync('dist/apps/api', `${dir}/apps/api`, { recursive: true });
  if (existsSync('dist/apps/admin/browser')) cpSync('dist/apps/admin/browser', `${dir}/apps/admin/browser`, { recursive: true });
  process.env.RAPPORT_API_MAIN = `${dir}/apps/api/main.js`;
  process.env.ADMIN_DIST = `${process.cwd()}/${dir}/apps/admin/browser`;
  return dir;
}

function gitHead() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', 'apps', 'libs'], { encoding: 'utf8' }).trim();
    return `${head}${dirty ? ` + ${dirty.split('\n').length} uncommitted files under apps/ and libs/` : ''}`;
  } catch {
    return 'unknown';
  }
}

async function main() {
  assertBuilt();
  const dist = snapshotDist();
  const names = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--database'));
  const unknown = names.filter((n) => !BENCHES[n]);
  if (unknown.length) throw new Error(`unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHES).join(', ')}`);
  const selected = names.length ? names : Object.keys(BENCHES);
  let databaseUrl = option('--database-url') ?? process.env.BENCH_DATABASE_URL;
  const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  let scratch = null;
  if (!databaseUrl) {
    scratch = `rapport_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: withDatabase(server, 'postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${scratch}`);
    await admin.end();
    databaseUrl = withDatabase(server, scratch);
    console.log(`[bench] scratch database ${scratch}: seeding both scales…`);
    await seed(databaseUrl, 'group');
    await seed(databaseUrl, 'practice');
  }
  const header = await machine(databaseUrl);
  console.log(header.map((l) => `[bench] ${l}`).join('\n'));
  const rows = [];
  try {
    for (const name of selected) {
      console.log(`\n[bench] ${name}`);
      const started = Date.now();
      try {
        const bench = await BENCHES[name]();
        rows.push(...(await bench.run({ databaseUrl, serverUrl: server })));
      } catch (error) {
        console.error(`[bench] ${name} failed: ${error.stack ?? error}`);
        rows.push({ bench: name, figure: 'failed', value: String(error.message).split('\n')[0], target: '', ratio: null, note: '' });
      }
      console.log(`[bench] ${name} took ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    rmSync(dist, { recursive: true, force: true });
    if (scratch && !process.argv.includes('--keep')) {
      const admin = new pg.Client({ connectionString: withDatabase(server, 'postgres') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
      await admin.end();
    }
  }
  const table = [...header.map((l) => `- ${l}`), '', markdownTable(rows)].join('\n');
  mkdirSync('tmp', { recursive: true });
  const file = `tmp/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.md`;
  writeFileSync(file, `${table}\n`);
  console.log(`\n${table}\n\n[bench] table written to ${file}`);
}

main().catch((error) => {
  console.error(`[bench] ${error.message}`);
  process.exitCode = 1;
});
