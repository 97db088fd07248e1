// Dates of the seeded history, all in UTC milliseconds and relative to the `--as-of` day.

export const DAY_MS = 24 * 3600 * 1000;

/** `YYYY-MM-DD` of a UTC timestamp. */
export const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/** `YYYY-MM` of a UTC timestamp. */
export const monthKey = (ms) => new Date(ms).toISOString().slice(0, 7);

/** Midnight UTC of the first day of the month `offset` months after the month of `ms`. */
export function monthStart(ms, offset = 0) {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1);
}

/**
 * The history window: `months` whole months ending with the as-of day's month (the current month up
 * to the as-of day included). `end` is the end of the as-of day.
 */
export function historyWindow(asOfDay, months) {
  const asOf = Date.parse(`${asOfDay}T00:00:00Z`);
  if (Number.isNaN(asOf)) throw new Error(`--as-of must be a date (YYYY-MM-DD), got "${asOfDay}"`);
  return { asOf, start: monthStart(asOf, -(months - 1)), end: asOf + DAY_MS - 1, months };
}

/** The `count` whole calendar quarters before the quarter of `ms`, oldest first: {start, end, label}. */
export function quartersBefore(ms, count) {
  const d = new Date(ms);
  const thisQuarter = Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3, 1);
  const out = [];
  for (let back = count; back >= 1; back--) {
    const start = monthStart(thisQuarter, -3 * back);
    const end = monthStart(start, 3) - DAY_MS;
    const s = new Date(start);
    out.push({ start, end, label: `Q${Math.floor(s.getUTCMonth() / 3) + 1} ${s.getUTCFullYear()}` });
  }
  return out;
}
