import { startApi, type ApiProcess } from './api-process';
import { createDatabase, dropDatabase, testDatabaseName, withDatabase } from './postgres';

declare global {
  // Shared with global-teardown.ts, which runs in the same (parent) process.
  var __API_E2E__: { api: ApiProcess; serverUrl: string; database: string } | undefined;
}

/**
 * Creates a fresh database `rapport_test_<random>` on the server of DATABASE_URL, starts the built
 * API on it (it migrates on start) and hands the URLs to the tests through the environment.
 */
export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    throw new Error(
      'DATABASE_URL must point at a PostgreSQL server (any database on it; the suite creates its own). ' +
        '`npm test` sets it, starting an embedded PostgreSQL when needed.',
    );
  }
  const database = testDatabaseName();
  await createDatabase(serverUrl, database);
  const databaseUrl = withDatabase(serverUrl, database);
  try {
    const api = await startApi(databaseUrl, { name: 'api' });
    globalThis.__API_E2E__ = { api, serverUrl, database };
    process.env['E2E_BASE_URL'] = api.baseUrl;
    process.env['E2E_DATABASE_URL'] = databaseUrl;
    process.env['E2E_SERVER_URL'] = serverUrl;
  } catch (error) {
    await dropDatabase(serverUrl, database);
    throw error;
  }
}
