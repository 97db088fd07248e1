import { assertFinite, mean } from './stats';

/**
 * Smallest number of distinct raters whose peer or upward ratings may be shown, in any view or export
 * (DESIGN §3 "Anonymity"). It is a floor: callers may ask for more, never for less.
 */
export const MIN_RATERS = 3;

/** One rater's rating (or their mean over several items); anonymity counts distinct `raterId`s. */
export interface RaterValue {
  raterId: string;
  value: number;
}

export interface SuppressedAggregate {
  suppressed: true;
  reason: 'below_min_raters';
  /** The threshold that was not met (the count itself is withheld: "2 raters" already tells too much). */
  minRaters: number;
}

export interface ShownAggregate {
  suppressed: false;
  /** Distinct raters. */
  n: number;
  /** Mean over raters of each rater's own mean, so a rater who answered twice counts once. */
  mean: number;
}

export type ThresholdAggregate = SuppressedAggregate | ShownAggregate;

/**
 * Throws a `RangeError` unless `minRaters` is an integer ≥ 3. A caller asking for a lower threshold is a
 * bug, and failing loudly surfaces it in a test; silently clamping would hide the mistake from its author.
 */
export function assertMinRaters(minRaters: number): void {
  if (!Number.isInteger(minRaters) || minRaters < MIN_RATERS) {
    throw new RangeError(`minRaters must be an integer ≥ ${MIN_RATERS}, got ${minRaters}`);
  }
}

/**
 * Aggregate that holds the anonymity threshold: each rater's values are first averaged (one number per
 * person), then, with at least `minRaters` (≥ 3) distinct raters, returns n and the mean; otherwise
 * `{suppressed: true}` and no number derived from the ratings at all, not even the count.
 *
 * Spread statistics are deliberately not returned: with three raters on a 1–5 scale, the mean together
 * with the min and max (or the standard deviation) reconstructs every single answer, and a subject who
 * knows their team can then guess who gave the lowest one.
 */
export function aggregateWithThreshold(
  values: readonly RaterValue[],
  minRaters: number = MIN_RATERS,
): ThresholdAggregate {
  assertMinRaters(minRaters);
  const byRater = new Map<string, number[]>();
  for (const { raterId, value } of values) {
    assertFinite([value], 'rating');
    const list = byRater.get(raterId);
    if (list) list.push(value);
    else byRater.set(raterId, [value]);
  }
  if (byRater.size < minRaters) return { suppressed: true, reason: 'below_min_raters', minRaters };
  const perRater = [...byRater.values()].map((list) => mean(list) as number);
  return { suppressed: false, n: perRater.length, mean: mean(perRater) as number };
}

/** The ratings one review cycle produced for one subject. */
export interface CycleRatings {
  cycleId: string;
  ratings: readonly RaterValue[];
}

export interface PoolingOptions {
  /** Distinct raters needed (≥ 3). Default 3. */
  minRaters?: number;
  /**
   * Most cycles that may be pooled, so old feedback does not pass for current. Default 4 (a year of
   * quarterly cycles).
   */
  maxCycles?: number;
}

export type PooledAggregate =
  (ShownAggregate & { cyclesPooled: string[] }) | (SuppressedAggregate & { cyclesPooled: [] });

/**
 * Pooling, so small teams still get signal instead of silence (DESIGN §7): given cycles ordered newest
 * first, take the newest cycle, then add the next older one, and so on, until the pooled ratings come from
 * at least `minRaters` distinct raters (a rater in several cycles counts once, and their values are
 * averaged), or until `maxCycles` cycles are pooled. Reports which cycles were pooled; suppressed when
 * even the allowed pool is below the threshold.
 */
export function poolCycles(
  cyclesNewestFirst: readonly CycleRatings[],
  options: PoolingOptions = {},
): PooledAggregate {
  const minRaters = options.minRaters ?? MIN_RATERS;
  const maxCycles = options.maxCycles ?? 4;
  assertMinRaters(minRaters);
  if (!Number.isInteger(maxCycles) || maxCycles < 1) throw new RangeError('maxCycles must be an integer ≥ 1');
  const pooled: RaterValue[] = [];
  const ids: string[] = [];
  for (const cycle of cyclesNewestFirst.slice(0, maxCycles)) {
    pooled.push(...cycle.ratings);
    ids.push(cycle.cycleId);
    const aggregate = aggregateWithThreshold(pooled, minRaters);
    if (!aggregate.suppressed) return { ...aggregate, cyclesPooled: ids };
  }
  return { suppressed: true, reason: 'below_min_raters', minRaters, cyclesPooled: [] };
}
