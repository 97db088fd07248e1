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
  /** First and last day (`YYYY-MM-DD`), to find the review cycles that end in the span. */
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

/**
 * Whether a review cycle's period ends in the span: its ratings then count for the span, and for no
 * other. Each period holds whole cycles, the same whatever range was asked for (docs/adr/0006).
 */
export const endsIn = (span: { start: string; end: string }, cycle: { periodEnd: string }) =>
  cycle.periodEnd >= span.start && cycle.periodEnd <= span.end;
