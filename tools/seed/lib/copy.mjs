// Bulk loading with COPY … FROM STDIN (text format), one transaction per table.
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import copyStreams from 'pg-copy-streams';

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value in COPY's text format: \N for null, escaped text, ISO timestamps, JSON for objects. */
export function field(value) {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return NEEDS_ESCAPE.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  return field(JSON.stringify(value));
}

/** A row of fields, tab-separated. */
export const row = (...values) => values.map(field).join('\t');

/** A PostgreSQL array literal of simple words (enum values). */
export const pgArray = (items) => `{${items.join(',')}}`;

/** Streams rows (strings from `row`) into `COPY table (columns) FROM STDIN`; resolves to the count. */
export async function copyRows(client, table, columns, rows) {
  const stream = client.query(copyStreams.from(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  const done = finished(stream);
  done.catch(() => undefined); // awaited below; an early error must not go unhandled meanwhile
  let batch = [];
  let size = 0;
  let count = 0;
  for (const line of rows) {
    batch.push(line);
    size += line.length;
    count++;
    if (size >= 1 << 20) {
      if (!stream.write(`${batch.join('\n')}\n`)) await once(stream, 'drain');
      batch = [];
      size = 0;
    }
  }
  if (batch.length) stream.write(`${batch.join('\n')}\n`);
  stream.end();
  await done;
  return count;
}

/**
 * Loads one table in one transaction. With `deferIndexes`, the table's secondary indexes and its
 * foreign keys are dropped first and recreated after the COPY, exactly as the migrations defined them
 * (same names, definitions from pg_get_indexdef / pg_get_constraintdef): one sorted index build and
 * one validating join instead of a B-tree insert and an FK lookup per row; row triggers are off during
 * such a load (the caller rebuilds what they maintain). A failure rolls it all back.
 */
export async function loadTable(client, { table, columns, rows, deferIndexes = false }) {
  const started = process.hrtime.bigint();
  await client.query('BEGIN');
  try {
    let indexes = [];
    let foreignKeys = [];
    if (deferIndexes) {
      // No row triggers either (the observation monthly counts): seed.mjs rebuilds what they keep
      // in one statement after the load.
      await client.query('SET LOCAL session_replication_role = replica');
      ({ rows: indexes } = await client.query(
        `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
           FROM pg_index i
          WHERE i.indrelid = $1::regclass AND NOT i.indisprimary
            AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
        [table],
      ));
      ({ rows: foreignKeys } = await client.query(
        `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f'`,
        [table],
      ));
      for (const fk of foreignKeys) await client.query(`ALTER TABLE ${table} DROP CONSTRAINT ${client.escapeIdentifier(fk.name)}`);
      for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
    }
    const count = await copyRows(client, table, columns, rows);
    const copied = process.hrtime.bigint();
    for (const index of indexes) await client.query(index.def);
    const indexed = process.hrtime.bigint();
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${table} ADD CONSTRAINT ${client.escapeIdentifier(fk.name)} ${fk.def}`);
    await client.query('COMMIT');
    const end = process.hrtime.bigint();
    const s = (a, b) => Number(b - a) / 1e9;
    return { table, count, seconds: s(started, end), copySeconds: s(started, copied), indexSeconds: s(copied, indexed), fkSeconds: s(indexed, end) };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw new Error(`loading ${table}: ${error.message}`, { cause: error });
  }
}
