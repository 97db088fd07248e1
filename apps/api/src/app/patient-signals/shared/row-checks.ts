import { createHash } from 'node:crypto';
import { isCalendarDate } from '../../culture/shared/dates';

/** A `YYYY-MM-DD` day, not in the future; pushes the reason and returns `null` otherwise. */
export function checkDay(raw: string, todayIso: string, reasons: string[]): string | null {
  if (!isCalendarDate(raw)) {
    reasons.push(`date must be a day written YYYY-MM-DD, got "${raw}"`);
    return null;
  }
  if (raw > todayIso) {
    reasons.push(`date ${raw} is in the future`);
    return null;
  }
  return raw;
}

/** A location id from its code (case-insensitive), or `null` with the reason. */
export function checkLocation(raw: string, byCode: ReadonlyMap<string, string>, reasons: string[]): string | null {
  if (!raw) {
    reasons.push('location_code is required');
    return null;
  }
  const id = byCode.get(raw.toUpperCase());
  if (!id) reasons.push(`no location has the code "${raw}"`);
  return id ?? null;
}

/** A whole number from 1 to 5, `undefined` for a blank cell, `null` (with the reason) otherwise. */
export function checkScore(raw: string, column: string, reasons: string[]): number | null | undefined {
  if (raw === '') return undefined;
  if (!/^[1-5]$/.test(raw)) {
    reasons.push(`${column} must be a whole number from 1 to 5 (or blank), got "${raw}"`);
    return null;
  }
  return Number(raw);
}

/** A stable content hash: the same row imported twice is recognised and skipped. */
export const fingerprint = (parts: readonly unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex');
