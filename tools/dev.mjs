#!/usr/bin/env node
// `npm run dev`: the API in watch mode (`nx serve api`) and the Angular dev server (`nx serve
// admin`, which proxies /api to the API through apps/admin/proxy.conf.json), on the embedded
// database unless DATABASE_URL is set.
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres, ensureDatabase, withDatabase, DEFAULT_PORT } from './embedded-db.mjs';
import { bin, exitCodeOf, handleSignals, run, shutdownRequested } from './lib/supervise.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const say = (msg) => console.log(`[rapport] ${msg}`);
const env = { ...process.env, NX_DAEMON: process.env.NX_DAEMON ?? 'false' };
handleSignals();

let db = null;
let exitCode = 0;
try {
  if (!env.DATABASE_URL) {
    const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_PORT);
    db = await startEmbeddedPostgres({ dataDir: '.data/pg', port: pgPort, log: say });
    await ensureDatabase(db.url, 'rapport');
    env.DATABASE_URL = withDatabase(db.url, 'rapport');
    say(`embedded PostgreSQL 15 on 127.0.0.1:${pgPort}, data in .data/pg`);
  }
  say('API: http://localhost:3000/api (watch mode) · admin: http://localhost:4200 (live reload)');
  const ended = await run(bin('nx'), ['run-many', '-t', 'serve', '-p', 'api', 'admin', ...process.argv.slice(2)], {
    env,
  });
  exitCode = shutdownRequested() ? 0 : exitCodeOf(ended);
} catch (err) {
  console.error(`[rapport] ${err.message}`);
  exitCode = 1;
} finally {
  if (db) await db.stop();
}
process.exit(exitCode);
