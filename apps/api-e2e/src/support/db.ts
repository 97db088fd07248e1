import { Pool, type QueryResultRow } from 'pg';

let pool: Pool | undefined;
let tables: string[] | undefined;

/** A pool on the run's database, to arrange state and to assert what was (not) written. */
export function db(): Pool {
  pool ??= new Pool({ connectionString: requireEnv('E2E_DATABASE_URL'), max: 2 });
  return pool;
}

export async function query<T extends QueryResultRow = QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await db().query<T>(sql, params)).rows;
}

/** Empties every table but `migrations`, so each test starts from a migrated, empty database. */
export async function truncateAll(): Promise<void> {
  tables ??= (
    await query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'",
    )
  ).map((r) => `"${r.tablename}"`);
  if (tables.length > 0) await db().query(`TRUNCATE ${tables.join(', ')} RESTART IDENTITY CASCADE`);
}

/**
 * Row count of `table`, optionally filtered by column equality, e.g.
 * `count('users', { organization_id: org.id })`.
 */
export async function count(table: string, where: Record<string, unknown> = {}): Promise<number> {
  const ident = (name: string) => {
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
    return `"${name}"`;
  };
  const keys = Object.keys(where);
  const clause = keys.length ? ` WHERE ${keys.map((k, i) => `${ident(k)} = $${i + 1}`).join(' AND ')}` : '';
  const rows = await query<{ n: number }>(`SELECT count(*)::int AS n FROM ${ident(table)}${clause}`, Object.values(where));
  return rows[0].n;
}

export async function closeDb(): Promise<void> {
  await pool?.end();
  pool = undefined;
}

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the suite through its global setup (npx nx e2e api-e2e)`);
  return value;
}
