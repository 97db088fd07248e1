import type { DataSource } from 'typeorm';

/** Arbitrary, fixed key: only one API instance changes the schema at a time when several start together. */
const SCHEMA_LOCK_KEY = 72_270_001;

/**
 * Runs `work` while holding the session-level schema lock, so that instances starting together
 * take turns at schema changes: TypeORM migrations, and pg-boss installing its own schema (two
 * concurrent pg-boss installs on a fresh database were seen to deadlock).
 */
export async function withSchemaLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK_KEY]);
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  return withSchemaLock(dataSource, async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  });
}
