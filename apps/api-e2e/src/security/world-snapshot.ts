import { db, query } from '../support/db';
import type { World } from './world';

/**
 * The fuzzer needs the same fresh world for each of its ~40 routes, and each test starts from an
 * empty database. Building it through the API costs a sign-up (argon2) and ~25 requests, which on
 * a loaded two-core machine is a minute for the whole file; copying its rows back is ~50 ms. The
 * rows are saved once in a side schema (the truncation only touches `public`) and restored
 * verbatim, so ids, tokens and the audit chain are exactly those the API created.
 */
const SCHEMA = 'security_world_snapshot';
/** Access tokens live 15 minutes; past 10 the world is rebuilt so that its session stays valid. */
const MAX_AGE_MS = 10 * 60_000;

let saved: { world: World; at: number; tables: string[] } | undefined;

async function publicTables(): Promise<string[]> {
  const rows = await query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1",
  );
  return rows.map((r) => r.tablename);
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function save(): Promise<string[]> {
  const tables = await publicTables();
  await query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await query(`CREATE SCHEMA ${SCHEMA}`);
  for (const t of tables) await query(`CREATE TABLE ${SCHEMA}.${q(t)} AS TABLE public.${q(t)}`);
  return tables;
}

/** Copies the saved rows into the (just truncated) tables; false when that is not possible here. */
async function restore(tables: string[]): Promise<boolean> {
  const client = await db().connect();
  try {
    await client.query('BEGIN');
    // Foreign keys are checked by triggers that replica mode skips, so the copy order does not matter.
    await client.query('SET LOCAL session_replication_role = replica');
    for (const t of tables) await client.query(`INSERT INTO public.${q(t)} SELECT * FROM ${SCHEMA}.${q(t)}`);
    await client.query('COMMIT');
    return true;
  } catch {
    // e.g. a role that may not set session_replication_role: build through the API instead.
    await client.query('ROLLBACK');
    return false;
  } finally {
    client.release();
  }
}

/** The world `build` makes, built once and restored from its rows for every later test. */
export async function snapshotWorld(build: () => Promise<World>): Promise<World> {
  if (saved && Date.now() - saved.at < MAX_AGE_MS && (await restore(saved.tables))) return saved.world;
  const world = await build();
  saved = { world, at: Date.now(), tables: await save() };
  return world;
}

export async function dropSnapshot(): Promise<void> {
  await query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  saved = undefined;
}
