/**
 * Descriptive statistics used by every other scoring module.
 *
 * Conventions (ADR 0004):
 * - Empty input returns `null`, never `NaN`, so a missing number is visible as missing in the API and UI.
 * - Non-finite input (`NaN`, `±Infinity`) throws a `RangeError`: it can only come from a bug upstream and
 *   would otherwise leak into every aggregate built on top of it.
 */

/** Tolerance for comparing computed scores with thresholds, so 3.9999999999999996 counts as 4. */
export const SCORE_EPSILON = 1e-9;

/** Throws a `RangeError` naming `label` unless every value is a finite number. */
export function assertFinite(values: readonly number[], label = 'value'): void {
  for (const v of values) {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new RangeError(`${label} must be a finite number, got ${String(v)}`);
    }
  }
}

/** Smallest value; `null` for no values. */
export function min(values: readonly number[]): number | null {
  assertFinite(values);
  if (values.length === 0) return null;
  let m = values[0];
  for (const v of values) if (v < m) m = v;
  return m;
}

/** Largest value; `null` for no values. */
export function max(values: readonly number[]): number | null {
  assertFinite(values);
  if (values.length === 0) return null;
  let m = values[0];
  for (const v of values) if (v > m) m = v;
  return m;
}

/** Range = max − min; `null` for no values, 0 for a single value. */
export function range(values: readonly number[]): number | null {
  const lo = min(values);
  const hi = max(values);
  return lo === null || hi === null ? null : hi - lo;
}

/**
 * Arithmetic mean = Σx / n; `null` for no values.
 *
 * The quotient is clamped into [min, max]: floating-point summation can otherwise put the mean of
 * [0.1, 0.1, 0.1] one unit in the last place above 0.1, and a mean outside its own data is a bug users see.
 */
export function mean(values: readonly number[]): number | null {
  const lo = min(values);
  const hi = max(values);
  if (lo === null || hi === null) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return Math.min(hi, Math.max(lo, sum / values.length));
}

/**
 * Sample standard deviation s = √(Σ(x − x̄)² / (n − 1)).
 *
 * We use n − 1 (not n) because a panel or a group of raters is a sample of the people who could have
 * rated, and n − 1 is what spreadsheets (STDEV.S) and PostgreSQL (`stddev_samp`) report, so HR can
 * reproduce the number. A single value has no observed spread and returns 0; no values return `null`.
 */
export function sampleStdDev(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null) return null;
  if (values.length < 2) return 0;
  let ss = 0;
  for (const v of values) ss += (v - m) * (v - m);
  return Math.sqrt(ss / (values.length - 1));
}

/**
 * Percentile by linear interpolation between closest ranks: with the values sorted ascending and
 * h = (n − 1) · fraction, the result is x[⌊h⌋] + (h − ⌊h⌋) · (x[⌊h⌋+1] − x[⌊h⌋]).
 *
 * This is the definition of PostgreSQL `percentile_cont(fraction)` and Excel `PERCENTILE.INC`, so a
 * number computed in SQL for a report matches the one computed here. `fraction` is in [0, 1].
 */
export function percentile(values: readonly number[], fraction: number): number | null {
  if (!Number.isFinite(fraction) || fraction < 0 || fraction > 1) {
    throw new RangeError(`percentile fraction must be within [0, 1], got ${fraction}`);
  }
  assertFinite(values);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * fraction;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Median = 50th percentile (mean of the two middle values when n is even); `null` for no values. */
export function median(values: readonly number[]): number | null {
  return percentile(values, 0.5);
}
