import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** `url` with its database name replaced. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** A database name no other run uses: the suite never touches developer data. */
export function testDatabaseName(): string {
  return `rapport_test_${randomBytes(6).toString('hex')}`;
}

async function onMaintenanceDb<T>(serverUrl: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function createDatabase(serverUrl: string, name: string): Promise<void> {
  return onMaintenanceDb(serverUrl, async (c) => {
    await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
  });
}

/** Drops even while an API process that was killed hard still holds connections. */
export function dropDatabase(serverUrl: string, name: string): Promise<void> {
  return onMaintenanceDb(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
  });
}
