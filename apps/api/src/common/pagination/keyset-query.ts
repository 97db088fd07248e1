import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ValidationFailedException } from '../filters/validation-exception';

/**
 * Keyset pagination on a query builder: a page is "the next `limit` rows after the last one you
 * saw" in the list's order, so page 1,000 costs what page 1 does (an index range scan), and rows
 * added or removed meanwhile neither repeat nor vanish. The cursor carries the last row's sort keys
 * as PostgreSQL printed them (timestamps to the microsecond, which a JS Date would round) and its id.
 */

/** The PostgreSQL type a key is cast back to, which also says what a valid cursor value looks like. */
export type KeyType = 'text' | 'int' | 'bigint' | 'date' | 'timestamptz' | { enumName: string; values: readonly string[] };

export interface SortKey {
  /** SQL of the sort column, e.g. `s.name`. */
  sql: string;
  type: KeyType;
}

export interface KeysetOrder {
  /** The query's main alias: `<alias>.id` breaks ties, so the order is total. */
  alias: string;
  /** Most significant first; every key and the id run in `direction`. */
  keys: SortKey[];
  direction: 'ASC' | 'DESC';
}

export interface PageRequest {
  cursor?: string;
  limit: number;
  /** Kept for routes that offered it before cursors (audit events, observations). */
  offset?: number;
  /** Count every matching row, however many (a numbered paginator needs it); otherwise up to TOTAL_CAP. */
  exactTotal?: boolean;
}

/**
 * Lists count matching rows up to this many: past it, "10,000+" tells a person as much as the exact
 * figure, which would cost a scan of every matching row on every page (537 ms of a 640 ms request for
 * 8 recognitions at group scale, docs/performance.md).
 */
export const TOTAL_CAP = 10_000;

export interface KeysetResult<T> {
  rows: T[];
  /** Rows of the filtered set, all pages together; at most TOTAL_CAP unless `exactTotal` was asked. */
  total: number;
  /** True when more than `total` rows match (counting stopped at TOTAL_CAP). */
  totalCapped: boolean;
  /** Where the next page starts; `null` on the last page. */
  nextCursor: string | null;
}

/** The paging fields of a `Page` answer: `total`, `totalCapped` (only when true) and `nextCursor`. */
export function pageInfo(page: KeysetResult<unknown>): { total: number; totalCapped?: true; nextCursor: string | null } {
  return { total: page.total, ...(page.totalCapped ? { totalCapped: true as const } : {}), nextCursor: page.nextCursor };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_TEXT_KEY = 1000;
const MAX_INT = 2 ** 31 - 1;

const badCursor = () =>
  new ValidationFailedException([{ field: 'cursor', message: 'cursor is not one this list returned; start again without it' }]);

function isCalendarDay(value: string): boolean {
  if (!/^[1-9]\d{3}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

function isInstant(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(value) || !isCalendarDay(value.slice(0, 10))) return false;
  const seconds = new Date(`${value.slice(0, 19)}Z`);
  return !Number.isNaN(seconds.getTime()) && seconds.toISOString().slice(0, 19) === value.slice(0, 19);
}

/** Whether `value` casts to `type` without a database error (a forged cursor must be a 400, not a 500). */
export function isKeyValue(type: KeyType, value: string): boolean {
  switch (type) {
    case 'text':
      return value.length <= MAX_TEXT_KEY && !value.includes('\u0000');
    case 'int':
      return /^-?\d{1,10}$/.test(value) && Math.abs(Number(value)) <= MAX_INT;
    case 'bigint':
      return /^-?\d{1,18}$/.test(value);
    case 'date':
      return isCalendarDay(value);
    case 'timestamptz':
      return isInstant(value);
    default:
      return type.values.includes(value);
  }
}

/** The opaque cursor for a row whose sort keys (as `keyText` printed them) and id are given. */
export function encodeKeysetCursor(keys: string[], id: string): string {
  return Buffer.from(JSON.stringify([...keys, id])).toString('base64url');
}

/** The sort keys and id a cursor holds; anything `encodeKeysetCursor` did not make for this order is a 400 naming `cursor`. */
export function decodeKeysetCursor(cursor: string, order: Pick<KeysetOrder, 'keys'>): { keys: string[]; id: string } {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(value) || value.length !== order.keys.length + 1 || !value.every((v) => typeof v === 'string')) throw badCursor();
  const parts = value as string[];
  const id = parts[parts.length - 1];
  const keys = parts.slice(0, -1);
  if (!UUID.test(id) || !keys.every((k, i) => isKeyValue(order.keys[i].type, k))) throw badCursor();
  return { keys, id };
}

/** SQL printing a key exactly as the cursor stores it (and as its cast reads it back). */
function keyText(key: SortKey): string {
  if (key.type === 'timestamptz') return `to_char(${key.sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  if (key.type === 'date') return `to_char(${key.sql}, 'YYYY-MM-DD')`;
  return `(${key.sql})::text`;
}

function castOf(type: KeyType): string {
  return typeof type === 'string' ? type : `"${type.enumName}"`;
}

/**
 * One page of `qb` (already filtered) in `order`, and the size of the whole filtered set (up to
 * TOTAL_CAP unless `exactTotal`): two statements, whatever the page size. The caller maps the rows and loads what they refer to in
 * batches (one query per relation per page, never one per row).
 */
export async function pageByKeyset<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  order: KeysetOrder,
  page: PageRequest,
): Promise<KeysetResult<T>> {
  if (page.cursor && page.offset) {
    throw new ValidationFailedException([{ field: 'offset', message: 'offset cannot be combined with cursor; follow nextCursor instead' }]);
  }
  const { alias, keys, direction } = order;
  const counting = page.exactTotal
    ? qb.clone().orderBy().select('count(*)::int', 'n').getRawOne<{ n: number }>()
    : countUpTo(qb, TOTAL_CAP + 1);

  const rows = qb.clone();
  keys.forEach((key, i) => rows.addSelect(keyText(key), `keyset_k${i}`));
  if (page.cursor) {
    const after = decodeKeysetCursor(page.cursor, order);
    const params: Record<string, string> = { keyset_id: after.id };
    after.keys.forEach((k, i) => (params[`keyset_v${i}`] = k));
    const left = [...keys.map((k) => k.sql), `${alias}.id`].join(', ');
    const right = [...keys.map((k, i) => `CAST(:keyset_v${i} AS ${castOf(k.type)})`), 'CAST(:keyset_id AS uuid)'].join(', ');
    rows.andWhere(`(${left}) ${direction === 'ASC' ? '>' : '<'} (${right})`, params);
  }
  rows.orderBy();
  for (const key of keys) rows.addOrderBy(key.sql, direction);
  rows.addOrderBy(`${alias}.id`, direction);
  if (page.offset) rows.offset(page.offset);
  // One row more than asked: it only says whether there is a next page.
  rows.limit(page.limit + 1);

  const [counted, fetched] = await Promise.all([counting, rows.getRawAndEntities()]);
  const items = fetched.entities.slice(0, page.limit);
  const last = items.at(-1);
  let nextCursor: string | null = null;
  if (last && fetched.entities.length > page.limit) {
    const raw = fetched.raw.find((r: Record<string, unknown>) => r[`${alias}_id`] === last.id) as Record<string, string> | undefined;
    if (!raw) throw new Error(`keyset: no raw row for ${alias}.id ${last.id}`);
    nextCursor = encodeKeysetCursor(
      keys.map((_, i) => raw[`keyset_k${i}`]),
      last.id,
    );
  }
  const n = counted?.n ?? 0;
  return { rows: items, total: Math.min(n, page.exactTotal ? n : TOTAL_CAP), totalCapped: !page.exactTotal && n > TOTAL_CAP, nextCursor };
}

/** `count(*)` of at most `limit` rows of `qb`: stops reading once it has that many. */
function countUpTo<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, limit: number): Promise<{ n: number } | undefined> {
  const rows = qb.clone().orderBy().select('1', 'one').limit(limit);
  return qb.connection
    .createQueryBuilder()
    .select('count(*)::int', 'n')
    .from(`(${rows.getQuery()})`, 'counted')
    .setParameters(rows.getParameters())
    .getRawOne<{ n: number }>();
}
