#!/usr/bin/env node
// `npm start`: build what is stale, start the embedded database unless DATABASE_URL is set, run
// the built API (which migrates, seeds the demo practice and serves the admin) and stop it all
// cleanly on Ctrl+C / SIGTERM. Flags: --no-build (run the last build as is).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres, ensureDatabase, withDatabase, DEFAULT_PORT } from './embedded-db.mjs';
import { bin, exitCodeOf, handleSignals, run, shutdownRequested } from './lib/supervise.mjs';
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_PRACTICE, waitForReady } from './lib/app.mjs';

/** Thrown when a signal arrives before the API runs: stop quietly. */
class Interrupted extends Error {}

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const say = (msg) => console.log(`[rapport] ${msg}`);

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const env = { ...process.env, NX_DAEMON: process.env.NX_DAEMON ?? 'false', NX_TUI: 'false' };
handleSignals();

let db = null;
let exitCode = 0;
try {
  if (!process.argv.includes('--no-build')) {
    say('building what changed (nx caches the rest)…');
    const build = await run(bin('nx'), ['run-many', '-t', 'build', '-p', 'api', 'admin'], { env });
    if (shutdownRequested()) throw new Interrupted();
    if (build.code !== 0) throw new Error('the build failed (see above)');
  }
  if (!existsSync('dist/apps/api/main.js')) throw new Error('dist/apps/api/main.js is missing: run without --no-build');

  if (!env.DATABASE_URL) {
    const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_PORT);
    db = await startEmbeddedPostgres({ dataDir: '.data/pg', port: pgPort, log: say });
    if (await ensureDatabase(db.url, 'rapport')) say('created database "rapport"');
    env.DATABASE_URL = withDatabase(db.url, 'rapport');
    say(`embedded PostgreSQL 15 on 127.0.0.1:${pgPort}, data in .data/pg (log: .data/pg.log)`);
  } else {
    say('using DATABASE_URL');
  }
  if (shutdownRequested()) throw new Interrupted();

  const api = run(process.execPath, ['dist/apps/api/main.js'], { env });
  const probeHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  void waitForReady(`http://${probeHost.includes(':') ? `[${probeHost}]` : probeHost}:${port}`, api).then(
    (ready) => ready && printBanner(),
  );
  const ended = await api;
  // After a requested shutdown, NestJS re-raises the signal once it has closed: that is success.
  exitCode = shutdownRequested() && (ended.code === 0 || ended.signal) ? 0 : exitCodeOf(ended);
  if (exitCode !== 0) say(`the API exited with ${ended.signal ?? `code ${ended.code}`}`);
} catch (err) {
  if (err instanceof Interrupted) {
    exitCode = 130;
  } else {
    console.error(`[rapport] ${err.message}`);
    exitCode = 1;
  }
} finally {
  if (db) {
    say('stopping the embedded database…');
    await db.stop();
  }
}
process.exit(exitCode);

function printBanner() {
  const url = `http://localhost:${port}`;
  const lines = ['', `  Rapport is running at ${url}   (API: ${url}/api, OpenAPI: ${url}/api/docs)`];
  if (process.env.SEED_DEMO !== 'false') {
    lines.push('', `  Demo practice "${DEMO_PRACTICE}", password ${DEMO_PASSWORD} for every login:`);
    for (const [role, email] of DEMO_LOGINS) lines.push(`    ${role.padEnd(16)} ${email}`);
  }
  if (process.env.SMTP_URL) {
    lines.push('', '  Email is sent through SMTP_URL.');
  } else {
    lines.push('', '  Email is not sent (no SMTP_URL): invitations and password resets are kept,', '  to read in Settings → Messages. Set SMTP_URL and MAIL_FROM to send them.');
  }
  lines.push('', '  Stop with Ctrl+C.', '');
  console.log(lines.join('\n'));
}

