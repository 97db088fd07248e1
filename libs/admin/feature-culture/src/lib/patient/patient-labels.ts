import type { PatientAggregate } from '@rapport/shared/contracts';

/** A patient-side cell in a few words: the mean with its responses, or why there is none. */
export function patientCellLabel(aggregate: PatientAggregate): string {
  if (!aggregate.suppressed) return `${aggregate.mean.toFixed(1)} (${aggregate.n} ${aggregate.n === 1 ? 'response' : 'responses'})`;
  if (aggregate.reason === 'no_data' || aggregate.n === 0) return 'No responses';
  return `Too few responses (${aggregate.n} of ${aggregate.minResponses})`;
}

/** A staff-side cell (360 ratings by others at the location): the mean, or why there is none. */
export function staffCellLabel(staff: { insufficient_data: boolean; n: number | null; mean: number | null }): string {
  if (staff.insufficient_data || staff.mean === null) return staff.n ? 'Too few raters' : 'No ratings';
  return `${staff.mean.toFixed(1)}${staff.n ? ` (${staff.n} ${staff.n === 1 ? 'rater' : 'raters'})` : ''}`;
}

/** `YYYY-MM` of a date, in local time. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The last `months` calendar months up to and including the current one, as `YYYY-MM` bounds. */
export function lastMonths(months: number, today = new Date()): { from: string; to: string } {
  const start = new Date(today.getFullYear(), today.getMonth() - (months - 1), 1);
  return { from: monthOf(start), to: monthOf(today) };
}

/** `4` → `4 / 5`; a rating is always shown against its scale. */
export function ratingLabel(rating: number | null): string {
  return rating === null ? '—' : `${Number.isInteger(rating) ? rating : rating.toFixed(1)} / 5`;
}
