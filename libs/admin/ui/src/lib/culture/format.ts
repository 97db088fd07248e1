const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-03` → `Mar 2026`; `2026-Q1` → `Q1 2026`; anything else unchanged. */
export function formatPeriod(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${MONTHS[+month[2] - 1]} ${month[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
  return period;
}

/** `2026-03-04` (or a timestamp) → `Mar 4, 2026`: months as words, so no reader confuses day and month. */
export function formatDay(day: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day ?? '');
  return match ? `${MONTHS[+match[2] - 1]} ${+match[3]}, ${match[1]}` : '';
}

/** A short form of a competency name for chart axes (`Billing integrity & fee transparency` → `Billing integrity`). */
export function shortName(name: string): string {
  return name.split(/ & | and /)[0].trim();
}
