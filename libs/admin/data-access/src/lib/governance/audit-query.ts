/**
 * The audit viewer's filters as kept in the URL (so a filtered view can be shared and survives a
 * reload), and their translation into the API's query. Days are whole local calendar days.
 */
export interface AuditFilters {
  entity?: string;
  entityId?: string;
  /** User id of the actor. */
  actor?: string;
  /** First day, inclusive (`YYYY-MM-DD`). */
  from?: string;
  /** Last day, inclusive (`YYYY-MM-DD`). */
  to?: string;
  /** 1-based. */
  page?: number;
  size?: number;
}

/** `GET /api/audit-events` parameters. */
export interface AuditQuery {
  entity?: string;
  entityId?: string;
  actor?: string;
  /** ISO 8601 instant, inclusive. */
  from?: string;
  /** ISO 8601 instant, exclusive. */
  to?: string;
  limit: number;
  offset: number;
}

export const AUDIT_PAGE_SIZES = [25, 50, 100] as const;
export const AUDIT_DEFAULT_PAGE_SIZE = 50;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A day as `YYYY-MM-DD` of the local calendar (not shifted through UTC). */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `YYYY-MM-DD` as local midnight; `null` for anything else, including impossible dates (2026-02-30). */
export function parseDay(value: string | null | undefined): Date | null {
  const match = value ? DAY.exec(value) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

function positiveInt(value: unknown): number | null {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * Filters from raw query parameters: what a user can type into the address bar. Values the API would
 * refuse (a malformed day or actor id, a page size it does not offer) are dropped, so a bad link shows
 * the unfiltered list rather than an error.
 */
export function auditFiltersFromParams(params: Record<string, unknown>): AuditFilters {
  const text = (key: string, max: number) => {
    const value = params[key];
    return typeof value === 'string' && value.trim() && value.trim().length <= max ? value.trim() : undefined;
  };
  const day = (key: string) => {
    const value = text(key, 10);
    return parseDay(value) ? value : undefined;
  };
  const actor = text('actor', 36);
  const size = positiveInt(params['size']);
  return {
    entity: text('entity', 60),
    entityId: text('entityId', 64),
    actor: actor && UUID.test(actor) ? actor : undefined,
    from: day('from'),
    to: day('to'),
    page: positiveInt(params['page']) ?? undefined,
    size: size !== null && (AUDIT_PAGE_SIZES as readonly number[]).includes(size) ? size : undefined,
  };
}

/** The API query for the filters: local days become instants (`to` is the next midnight, exclusive). */
export function toAuditQuery(filters: AuditFilters): AuditQuery {
  const size = filters.size ?? AUDIT_DEFAULT_PAGE_SIZE;
  const page = filters.page ?? 1;
  const from = parseDay(filters.from);
  const to = parseDay(filters.to);
  const dayAfter = to ? new Date(to.getFullYear(), to.getMonth(), to.getDate() + 1) : null;
  return {
    entity: filters.entity || undefined,
    entityId: filters.entityId || undefined,
    actor: filters.actor || undefined,
    from: from ? from.toISOString() : undefined,
    to: dayAfter ? dayAfter.toISOString() : undefined,
    limit: size,
    offset: (page - 1) * size,
  };
}
