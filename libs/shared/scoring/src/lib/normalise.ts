import { assertFinite } from './stats';

/**
 * Normalisations of raw measures to the 0–100 scale of the culture score (ADR 0004). Each throws a
 * `RangeError` for a value outside its domain: an impossible input is an import bug, not a low score.
 */

/** A 1–5 rating (or mean of ratings) on 0–100: (x − 1) / 4 · 100, so 1 → 0, 3 → 50, 5 → 100. */
export function ratingTo100(x: number): number {
  assertInRange(x, 1, 5, 'rating');
  return ((x - 1) / 4) * 100;
}

/** A rate where higher is better (e.g. calls returned), given as a fraction 0–1, on 0–100: 100 · x. */
export function rateTo100(rate: number): number {
  assertInRange(rate, 0, 1, 'rate');
  return rate * 100;
}

/**
 * Target-based linear scale: 100 at `best` or better, 0 at `worst` or worse, linear in between:
 * 100 · (worst − x) / (worst − best). Works both ways: best < worst for lower-is-better measures
 * (response minutes: best 60, worst 1440), best > worst for higher-is-better ones.
 */
export function targetScale(x: number, best: number, worst: number): number {
  assertFinite([x, best, worst], 'target scale input');
  if (best === worst) throw new RangeError('targetScale needs best ≠ worst');
  const t = ((worst - x) / (worst - best)) * 100;
  return Math.min(100, Math.max(0, t));
}

/**
 * Observations on 0–100: 100 · (recognitions + 1) / (recognitions + coaching + 2), the share of
 * recognitions with one of each added (Laplace smoothing). The smoothing keeps one observation from
 * swinging the score to 0 or 100: 1 recognition and 0 coaching is 67, not 100; 10 and 0 is 92.
 */
export function observationsTo100(recognitions: number, coaching: number): number {
  for (const [label, v] of [
    ['recognitions', recognitions],
    ['coaching', coaching],
  ] as const) {
    if (!Number.isInteger(v) || v < 0)
      throw new RangeError(`${label} must be a non-negative integer, got ${v}`);
  }
  return (100 * (recognitions + 1)) / (recognitions + coaching + 2);
}

function assertInRange(x: number, lo: number, hi: number, label: string): void {
  if (!Number.isFinite(x) || x < lo || x > hi) {
    throw new RangeError(`${label} must be within [${lo}, ${hi}], got ${x}`);
  }
}
