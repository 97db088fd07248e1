#!/usr/bin/env node
// Playwright's `webServer` command: the built API (which serves the built admin at `/`) on a
// database of its own. Playwright starts web servers *before* globalSetup runs, so the database
// lifecycle lives here, around the API process: create → start API → (tests) → SIGTERM → API exits
// → drop. The API migrates on start and seeds the demo practice (SEED_DEMO=true).
//
// Reads: RP_BROWSER_SERVER_URL (postgres server), RP_BROWSER_DB (database to create), PORT.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const apiMain = join(root, 'dist/apps/api/main.js');
const serverUrl = process.env.RP_BROWSER_SERVER_URL;
const database = process.env.RP_BROWSER_DB;
const port = process.env.PORT;
if (!serverUrl || !database || !/^rapport_browser_[a-z0-9]+$/.test(database) || !port) {
  console.error('serve-api: RP_BROWSER_SERVER_URL, RP_BROWSER_DB (rapport_browser_<id>) and PORT are required');
  process.exit(2);
}
if (!existsSync(apiMain)) {
  console.error(`serve-api: ${apiMain} is missing; build first (npx nx run-many -t build -p api admin)`);
  process.exit(2);
}

function urlFor(name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(sql) {
  const client = new pg.Client({ connectionString: urlFor('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const quoted = `"${database}"`;
await onServer(`CREATE DATABASE ${quoted}`);

const logDir = join(root, 'tmp/admin-e2e');
mkdirSync(logDir, { recursive: true });
const logFile = join(logDir, `api-${port}.log`);
const log = createWriteStream(logFile);
const baseUrl = `http://127.0.0.1:${port}`;
const api = spawn(process.execPath, [apiMain], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: urlFor(database),
    HOST: '127.0.0.1',
    PORT: port,
    PUBLIC_URL: baseUrl,
    SEED_DEMO: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  },
});
api.stdout.pipe(log);
api.stderr.pipe(log);
console.log(`serve-api: API on ${baseUrl}, database ${database}, log ${logFile}`);

let dropping = null;
function dropDatabase() {
  // FORCE: a hard-killed API may still hold connections.
  dropping ??= onServer(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`).catch((err) =>
    console.error(`serve-api: could not drop ${database}: ${err.message}`),
  );
  return dropping;
}

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(signal, () => {
    if (api.exitCode === null) api.kill('SIGTERM');
    else void dropDatabase().then(() => process.exit(0));
  });
}

api.on('exit', async (code, signal) => {
  if (code !== 0 && signal !== 'SIGTERM') console.error(`serve-api: API exited with ${signal ?? code}; see ${logFile}`);
  await dropDatabase();
  process.exit(signal === 'SIGTERM' ? 0 : (code ?? 1));
});
