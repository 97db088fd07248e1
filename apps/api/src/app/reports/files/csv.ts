import { type Cell, neutraliseCell } from './cells';

/** Excel reads a UTF-8 CSV as the local code page unless it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';
/** RFC 4180 ends records with CRLF. */
export const CSV_EOL = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One RFC 4180 field: neutralised (see `neutraliseCell`), then quoted when it holds a comma, a quote
 * or a line break, with quotes doubled. Empty for null/undefined; numbers as JavaScript prints them.
 */
export function csvField(value: Cell): string {
  const safe = neutraliseCell(value);
  if (safe === null || safe === undefined) return '';
  const text = typeof safe === 'number' ? (Number.isFinite(safe) ? String(safe) : '') : safe;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with its CRLF terminator. */
export function csvRecord(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + CSV_EOL;
}

/** A whole CSV document (BOM, header, rows) for small exports built in memory. */
export function csvDocument(header: readonly string[], rows: Iterable<readonly Cell[]>): Buffer {
  const parts = [UTF8_BOM, csvRecord(header)];
  for (const row of rows) parts.push(csvRecord(row));
  return Buffer.from(parts.join(''), 'utf8');
}
