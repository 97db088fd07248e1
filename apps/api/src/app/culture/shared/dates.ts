import { ValidateBy, type ValidationOptions } from 'class-validator';

const DAY_MS = 24 * 3600 * 1000;

/** A real calendar day written `YYYY-MM-DD` (2026-02-30 is refused, not rolled over). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A month written `YYYY-MM`. */
export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

export const IsCalendarDate = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isCalendarDate',
      validator: { validate: isCalendarDate, defaultMessage: (args) => `${args?.property} must be a date written YYYY-MM-DD` },
    },
    options,
  );

export const IsMonth = (options?: ValidationOptions) =>
  ValidateBy(
    { name: 'isMonth', validator: { validate: isMonth, defaultMessage: (args) => `${args?.property} must be a month written YYYY-MM` } },
    options,
  );

/** Today as `YYYY-MM-DD` (UTC). */
export const today = (now = new Date()) => now.toISOString().slice(0, 10);

/** Adds days to a `YYYY-MM-DD` date. */
export const addDays = (date: string, days: number) =>
  new Date(new Date(`${date}T00:00:00Z`).getTime() + days * DAY_MS).toISOString().slice(0, 10);

/** `YYYY-MM` of a `YYYY-MM-DD` date (or of a month). */
export const monthOf = (date: string) => date.slice(0, 7);

/** Adds months to a `YYYY-MM` month. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Last day of a `YYYY-MM` month as `YYYY-MM-DD`. */
export const endOfMonth = (month: string) => addDays(`${addMonths(month, 1)}-01`, -1);
