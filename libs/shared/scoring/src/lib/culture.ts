import { aggregateWithThreshold, MIN_RATERS, RaterValue } from './anonymity';
import { observationsTo100, rateTo100, ratingTo100, targetScale } from './normalise';
import { mean } from './stats';

/** The three parts of the culture score (DESIGN §4). */
export type CultureComponent = 'ratings360' | 'observations' | 'serviceMetrics';

/** Service metrics imported per staff member and period; rates are fractions 0–1. */
export type ServiceMetricKind =
  | 'calls_returned_rate'
  | 'on_time_rate'
  | 'patient_review_rating'
  | 'inquiry_response_minutes'
  | 'billing_error_rate';

export const SERVICE_METRIC_KINDS: readonly ServiceMetricKind[] = [
  'calls_returned_rate',
  'on_time_rate',
  'patient_review_rating',
  'inquiry_response_minutes',
  'billing_error_rate',
];

/** Default blend: 360 ratings 0.5, observations 0.2, service metrics 0.3. */
export const DEFAULT_CULTURE_WEIGHTS: Readonly<Record<CultureComponent, number>> = {
  ratings360: 0.5,
  observations: 0.2,
  serviceMetrics: 0.3,
};

/** Inquiry response: 100 at ≤ 60 minutes (answered within the hour), 0 at ≥ 1440 (a day or more). */
export const DEFAULT_INQUIRY_TARGET = { best: 60, worst: 1440 } as const;
/** Billing errors: 100 at 0 %, 0 at ≥ 10 % of bills (1 − rate would call one bill in ten wrong "90/100"). */
export const DEFAULT_BILLING_ERROR_TARGET = { best: 0, worst: 0.1 } as const;

/** Everything known about one staff member in one period; omit (or `null`) what is missing. */
export interface CultureInput {
  /** 360 ratings 1–5 (all competencies, all raters of the period); anonymity counts distinct raters. */
  ratings360?: readonly RaterValue[] | null;
  observations?: { recognitions: number; coaching: number } | null;
  serviceMetrics?: Partial<Record<ServiceMetricKind, number | null>> | null;
}

export interface CultureOptions {
  weights?: Partial<Record<CultureComponent, number>>;
  /** Distinct 360 raters needed for the 360 component to count (≥ 3). Default 3. */
  minRaters?: number;
  inquiryTarget?: { best: number; worst: number };
  billingErrorTarget?: { best: number; worst: number };
}

export interface CultureComponentValue {
  component: CultureComponent;
  /** The component on 0–100. */
  value: number;
  /** Weight as configured. */
  weight: number;
  /** Weight after re-normalising over the components used (sums to 1). */
  effectiveWeight: number;
}

export type CultureDropReason = 'no_data' | 'below_min_raters' | 'zero_weight';

export interface CultureScore {
  /** 0–100; `null` when no component has data. */
  score: number | null;
  components: CultureComponentValue[];
  dropped: { component: CultureComponent; reason: CultureDropReason }[];
  /** Each service metric present, raw and on 0–100 (their mean is the service component). */
  serviceMetrics: { metric: ServiceMetricKind; raw: number; normalised: number }[];
}

/**
 * One service metric on 0–100 with its direction: calls_returned_rate and on_time_rate 100 · rate;
 * patient_review_rating (1–5) (x − 1)/4 · 100; inquiry_response_minutes and billing_error_rate
 * (lower is better) target-based, linear between the best and worst targets.
 */
export function normaliseServiceMetric(
  metric: ServiceMetricKind,
  raw: number,
  options: Pick<CultureOptions, 'inquiryTarget' | 'billingErrorTarget'> = {},
): number {
  switch (metric) {
    case 'calls_returned_rate':
    case 'on_time_rate':
      return rateTo100(raw);
    case 'patient_review_rating':
      return ratingTo100(raw);
    case 'inquiry_response_minutes': {
      if (!(raw >= 0)) throw new RangeError(`inquiry_response_minutes must be ≥ 0, got ${raw}`);
      const t = options.inquiryTarget ?? DEFAULT_INQUIRY_TARGET;
      return targetScale(raw, t.best, t.worst);
    }
    case 'billing_error_rate': {
      if (!(raw >= 0 && raw <= 1)) {
        throw new RangeError(`billing_error_rate must be within [0, 1], got ${raw}`);
      }
      const t = options.billingErrorTarget ?? DEFAULT_BILLING_ERROR_TARGET;
      return targetScale(raw, t.best, t.worst);
    }
  }
}

/**
 * Culture score of one staff member for one period (ADR 0004):
 * score = Σ wᵢ·cᵢ / Σ wᵢ over the components i that have data, each cᵢ on 0–100:
 * - 360 ratings: mean over raters of their mean rating, (x − 1)/4 · 100; dropped below 3 distinct raters
 *   (the anonymity threshold — otherwise the blend would leak one colleague's rating);
 * - observations: 100 · (recognitions + 1)/(recognitions + coaching + 2); dropped when there are none
 *   (the smoothing would otherwise invent a 50);
 * - service metrics: mean of the metrics present, each normalised by {@link normaliseServiceMetric}.
 * Default weights 0.5 / 0.2 / 0.3; a missing component is dropped and the others' weights re-normalised.
 * The result lists the components used with their weights, and the dropped ones with the reason.
 */
export function cultureScore(input: CultureInput, options: CultureOptions = {}): CultureScore {
  const weights = { ...DEFAULT_CULTURE_WEIGHTS, ...options.weights };
  for (const [k, w] of Object.entries(weights)) {
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`weight of ${k} must be ≥ 0, got ${w}`);
  }
  const values: Partial<Record<CultureComponent, number>> = {};
  const dropped: CultureScore['dropped'] = [];

  const ratings = input.ratings360 ?? [];
  if (ratings.length === 0) dropped.push({ component: 'ratings360', reason: 'no_data' });
  else {
    for (const r of ratings) ratingTo100(r.value); // validates 1–5
    const agg = aggregateWithThreshold(ratings, options.minRaters ?? MIN_RATERS);
    if (agg.suppressed) dropped.push({ component: 'ratings360', reason: 'below_min_raters' });
    else values.ratings360 = ratingTo100(agg.mean);
  }

  const obs = input.observations;
  if (obs) {
    // computed before the zero check so that invalid counts (e.g. −1 and 1) throw instead of vanishing
    const observed = observationsTo100(obs.recognitions, obs.coaching);
    if (obs.recognitions + obs.coaching > 0) values.observations = observed;
  }
  if (values.observations === undefined) dropped.push({ component: 'observations', reason: 'no_data' });

  const serviceMetrics: CultureScore['serviceMetrics'] = [];
  for (const metric of SERVICE_METRIC_KINDS) {
    const raw = input.serviceMetrics?.[metric];
    if (raw === null || raw === undefined) continue;
    serviceMetrics.push({ metric, raw, normalised: normaliseServiceMetric(metric, raw, options) });
  }
  const service = mean(serviceMetrics.map((m) => m.normalised));
  if (service === null) dropped.push({ component: 'serviceMetrics', reason: 'no_data' });
  else values.serviceMetrics = service;

  const used = (Object.keys(DEFAULT_CULTURE_WEIGHTS) as CultureComponent[]).filter((c) => {
    if (values[c] === undefined) return false;
    if (weights[c] > 0) return true;
    dropped.push({ component: c, reason: 'zero_weight' });
    return false;
  });
  const total = used.reduce((a, c) => a + weights[c], 0);
  const components = used.map((c) => ({
    component: c,
    value: values[c] as number,
    weight: weights[c],
    effectiveWeight: weights[c] / total,
  }));
  const score =
    components.length === 0
      ? null
      : Math.min(
          100,
          Math.max(
            0,
            components.reduce((a, c) => a + c.effectiveWeight * c.value, 0),
          ),
        );
  return { score, components, dropped, serviceMetrics };
}

/** A score in one period; periods are given in chronological order, `null` = no score that period. */
export interface TrendPoint {
  period: string;
  score: number | null;
}

export interface Trend {
  /** delta = score − the previous period's score; `null` when either is missing (and for the first). */
  points: (TrendPoint & { delta: number | null })[];
  /** Least-squares slope in score points per period; `null` with fewer than 2 scored periods. */
  slope: number | null;
  /** Periods with a score. */
  n: number;
}

/**
 * Trend over periods given in chronological order. Per period: delta to the previous period. Overall:
 * least-squares slope b = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² with x = the period's position (0, 1, 2, …),
 * so a period without a score leaves a gap in x instead of pulling its neighbours together.
 */
export function trend(points: readonly TrendPoint[]): Trend {
  const withDelta = points.map((p, i) => {
    if (p.score !== null) assertFiniteScore(p.score);
    const prev = i > 0 ? points[i - 1].score : null;
    return { ...p, delta: p.score !== null && prev !== null ? p.score - prev : null };
  });
  const xy = points.flatMap((p, i) => (p.score === null ? [] : [[i, p.score] as const]));
  if (xy.length < 2) return { points: withDelta, slope: null, n: xy.length };
  const mx = xy.reduce((a, [x]) => a + x, 0) / xy.length;
  const my = xy.reduce((a, [, y]) => a + y, 0) / xy.length;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of xy) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
  }
  return { points: withDelta, slope: sxy / sxx, n: xy.length };
}

function assertFiniteScore(score: number): void {
  if (!Number.isFinite(score)) throw new RangeError(`trend score must be finite, got ${score}`);
}
