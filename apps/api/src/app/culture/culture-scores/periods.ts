import type { CulturePeriod } from '@rapport/shared/contracts';
import { addMonths, endOfMonth } from '../shared/dates';

/** The period a `YYYY-MM` month belongs to: the month itself, or `YYYY-Qn`. */
export function periodKeyOf(month: string, unit: CulturePeriod): string {
  if (unit === 'month') return month;
  const [y, m] = month.split('-').map(Number);
  return `${y}-Q${Math.ceil(m / 3)}`;
}

/** First month of the period that contains `month`. */
export function periodStartMonth(month: string, unit: CulturePeriod): string {
  if (unit === 'month') return month;
  const m = Number(month.slice(5, 7));
  return addMonths(month, -((m - 1) % 3));
}

/** Last month of the period that contains `month`. */
export const periodEndMonth = (month: string, unit: CulturePeriod) =>
  unit === 'month' ? month : addMonths(periodStartMonth(month, unit), 2);

/** Months from `from` to `to`, inclusive (`YYYY-MM`). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

export interface PeriodSpan {
  key: string;
  months: string[];
  /** First and last day (`YYYY-MM-DD`), to test overlap with a review cycle's period. */
  start: string;
  end: string;
}

/** The periods covering `from`..`to` (months), in order, each with its months and days. */
export function periodSpans(from: string, to: string, unit: CulturePeriod): PeriodSpan[] {
  const spans = new Map<string, string[]>();
  for (const month of monthsBetween(from, to)) {
    const key = periodKeyOf(month, unit);
    spans.set(key, [...(spans.get(key) ?? []), month]);
  }
  return [...spans].map(([key, months]) => ({
    key,
    months,
    start: `${months[0]}-01`,
    end: endOfMonth(months[months.length - 1]),
  }));
}

/** Whether a review cycle's period [start, end] overlaps the span (its ratings then count for the span). */
export const overlaps = (span: { start: string; end: string }, cycle: { periodStart: string; periodEnd: string }) =>
  cycle.periodStart <= span.end && cycle.periodEnd >= span.start;
