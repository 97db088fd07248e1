// Running TypeORM against the API's TypeScript data source (apps/api/src/database/data-source.ts)
// outside the webpack bundle: ts-node compiles on the fly (transpile-only, like the API build's
// ts-loader), tsconfig-paths resolves the `@rapport/*` aliases, and scratch databases keep
// developer data out of schema checks and migration generation.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { startEmbeddedPostgres, withDatabase } from '../embedded-db.mjs';

const exec = promisify(execFile);
export const DATA_SOURCE = 'apps/api/src/database/data-source.ts';

/** Environment for a `node` that can require the API's TypeScript sources. */
export function tsNodeEnv(databaseUrl) {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TS_NODE_PROJECT: 'apps/api/tsconfig.app.json',
    TS_NODE_TRANSPILE_ONLY: 'true',
    // tsconfig.base.json's `paths` are relative to the workspace root, not to apps/api.
    TS_NODE_BASEURL: process.cwd(),
    NODE_OPTIONS: [process.env.NODE_OPTIONS, '-r ts-node/register -r tsconfig-paths/register'].filter(Boolean).join(' '),
  };
}

/** Migrates `databaseUrl` from whatever state it is in and returns the pending schema diff. */
export async function schemaDiff(databaseUrl) {
  const { stdout } = await exec(process.execPath, ['tools/lib/schema-diff.cjs'], {
    env: tsNodeEnv(databaseUrl),
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

/**
 * Runs `fn(url)` against a new, empty database `rapport_test_<tag>_<random>` on the server of
 * DATABASE_URL (or of an embedded PostgreSQL when it is unset) and drops it afterwards.
 */
export async function withScratchDatabase(tag, fn) {
  const { default: pg } = await import('pg');
  let embedded = null;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: '.data/pg-test', port: Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54339) });
    serverUrl = embedded.url;
  }
  const name = `rapport_test_${tag}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
    try {
      return await fn(withDatabase(serverUrl, name));
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
    await embedded?.stop();
  }
}
