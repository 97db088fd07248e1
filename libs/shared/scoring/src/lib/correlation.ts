import { assertFinite } from './stats';

/**
 * Pearson correlation r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²).
 * `null` with fewer than 2 pairs or when either variable is constant (r is 0/0). Clamped into [−1, 1].
 */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  assertSameLength(x, y);
  assertFinite(x, 'x');
  assertFinite(y, 'y');
  const n = x.length;
  if (n < 2) return null;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/**
 * Ranks 1..n in input order; tied values get the average of the ranks they span (two values tied for
 * 2nd and 3rd place both get 2.5).
 */
export function averageRanks(values: readonly number[]): number[] {
  assertFinite(values);
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1][0] === order[start][0]) end++;
    const rank = (start + end) / 2 + 1; // average of positions start+1 … end+1
    for (let j = start; j <= end; j++) ranks[order[j][1]] = rank;
    start = end + 1;
  }
  return ranks;
}

/** Default smallest number of complete pairs for which a correlation is reported. */
export const DEFAULT_CORRELATION_MIN_N = 10;
/** z for a two-sided 95 % interval, Φ⁻¹(0.975). */
const Z_95 = 1.959963984540054;

export interface CorrelationComputed {
  rho: number;
  n: number;
  /** 95 % confidence interval (Fisher z, Fieller–Hartley–Pearson variance). */
  ci95: { lower: number; upper: number };
}

export interface CorrelationUnavailable {
  rho: null;
  n: number;
  reason: 'too_few_pairs' | 'no_variation';
}

export type SpearmanResult = CorrelationComputed | CorrelationUnavailable;

/**
 * Spearman rank correlation ρ = Pearson correlation of the average ranks (ties handled exactly).
 *
 * Pairs where either value is `null` are dropped (complete pairs only). With fewer than `minN` pairs
 * (default 10, at least 4) the result is `{rho: null, reason: 'too_few_pairs'}`: a correlation over a
 * handful of hires is noise that would look like evidence. When either variable is constant:
 * `no_variation`. 95 % CI: z = atanh ρ, SE = √(1.06 / (n − 3)) (Fieller, Hartley & Pearson 1957,
 * Biometrika 44), bounds tanh(z ± 1.96 · SE).
 */
export function spearman(
  x: readonly (number | null)[],
  y: readonly (number | null)[],
  options: { minN?: number } = {},
): SpearmanResult {
  assertSameLength(x, y);
  const minN = options.minN ?? DEFAULT_CORRELATION_MIN_N;
  // n − 3 must be positive for the standard error.
  if (!Number.isInteger(minN) || minN < 4) throw new RangeError(`minN must be an integer ≥ 4, got ${minN}`);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    const yi = y[i];
    if (xi === null || yi === null) continue;
    xs.push(xi);
    ys.push(yi);
  }
  const n = xs.length;
  if (n < minN) return { rho: null, n, reason: 'too_few_pairs' };
  const rho = pearson(averageRanks(xs), averageRanks(ys));
  if (rho === null) return { rho: null, n, reason: 'no_variation' };
  const z = Math.atanh(rho);
  const se = Math.sqrt(1.06 / (n - 3));
  return { rho, n, ci95: { lower: Math.tanh(z - Z_95 * se), upper: Math.tanh(z + Z_95 * se) } };
}

function assertSameLength(x: readonly unknown[], y: readonly unknown[]): void {
  if (x.length !== y.length) {
    throw new RangeError(`x and y must pair up, got lengths ${x.length} and ${y.length}`);
  }
}

/** What a correlation says, in four words a hiring manager can act on. */
export type CorrelationReading = 'tracks' | 'inverse' | 'no_evidence' | 'not_enough_data';

/**
 * `tracks` when the whole 95 % interval is above 0, `inverse` when it is below 0, `no_evidence` when it
 * spans 0 (or a variable never varied), `not_enough_data` below the minimum number of pairs.
 */
export function readCorrelation(result: SpearmanResult): CorrelationReading {
  if (result.rho === null) return result.reason === 'too_few_pairs' ? 'not_enough_data' : 'no_evidence';
  if (result.ci95.lower > 0) return 'tracks';
  if (result.ci95.upper < 0) return 'inverse';
  return 'no_evidence';
}
