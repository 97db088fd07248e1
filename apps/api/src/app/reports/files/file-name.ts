import type { ExportFormat, ExportReport } from '@rapport/shared/contracts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/**
 * A file-name-safe, lower-case ASCII slug: accents dropped (Zoë → zoe), anything else → `-`, at most
 * 60 characters. Empty when nothing is left (e.g. a name in a non-Latin script).
 */
export function slugify(text: string, maxLength = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `YYYY-MM-DD` first/last day of a `YYYY-MM` month or a date. */
function asDay(value: string, end: boolean): string {
  if (DATE.test(value)) return value;
  if (!MONTH.test(value)) throw new RangeError(`not a date or month: ${value}`);
  const [y, m] = value.split('-').map(Number);
  return `${value}-${end ? String(lastDayOfMonth(y, m)).padStart(2, '0') : '01'}`;
}

/**
 * The period part of a file name, from a report's `from`/`to` filters (dates or months, inclusive):
 * a whole year → `2026`, quarter → `2026-q3`, month → `2026-07`, one day → `2026-07-04`, other ranges
 * → `2026-07-01-to-2026-08-15`; one side only → `from-…` / `to-…`; none → the export's date.
 */
export function periodLabel(from: string | undefined, to: string | undefined, today: string): string {
  if (!from && !to) return today;
  if (!to) return `from-${asDay(from as string, false)}`;
  if (!from) return `to-${asDay(to, true)}`;
  const start = asDay(from, false);
  const end = asDay(to, true);
  if (start === end) return start;
  const [y1, m1, d1] = start.split('-').map(Number);
  const [y2, m2, d2] = end.split('-').map(Number);
  const wholeMonths = d1 === 1 && d2 === lastDayOfMonth(y2, m2);
  if (wholeMonths && y1 === y2) {
    if (m1 === 1 && m2 === 12) return String(y1);
    if (m1 === m2) return start.slice(0, 7);
    if ((m1 - 1) % 3 === 0 && m2 === m1 + 2) return `${y1}-q${(m1 + 2) / 3}`;
  }
  if (wholeMonths) return `${start.slice(0, 7)}-to-${end.slice(0, 7)}`;
  return `${start}-to-${end}`;
}

/** `rapport-<report>[-<subject>][-<period>].<format>`; empty parts are left out. */
export function exportFileName(report: ExportReport, format: ExportFormat, ...parts: (string | undefined)[]): string {
  const tail = parts.map((p) => (p ? slugify(p, 80) : '')).filter(Boolean);
  return `${['rapport', report, ...tail].join('-')}.${format}`;
}

/** The Content-Disposition header: an ASCII name (slugs are ASCII) that every browser accepts. */
export const attachment = (fileName: string) => `attachment; filename="${fileName.replace(/["\\\r\n]/g, '')}"`;
