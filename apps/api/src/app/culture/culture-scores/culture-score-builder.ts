import { raterMeans, type RaterSum } from '../shared/anonymity';
import type { CultureBreakdown, CulturePeriod, CultureScoreSeries, ServiceMetricName } from '@rapport/shared/contracts';
import { cultureScore, trend, type ServiceMetricKind } from '@rapport/shared/scoring';
import { endsIn, periodSpans, type PeriodSpan } from './periods';

/**
 * What culture scores are made of, already aggregated to the subjects being scored (people, or
 * locations pooling their people): see `CultureDataService.load`.
 */
export interface CultureData {
  subjects: { id: string; name: string; locationId: string | null; roleTitle: string | null }[];
  cycles: { id: string; periodStart: string; periodEnd: string }[];
  /** Observation counts per subject and month (`YYYY-MM`). */
  observations: { subjectId: string; month: string; recognitions: number; coaching: number }[];
  /** Metric values summed per subject, month and metric; `own`: a location's own figure, not its people's. */
  metrics: { subjectId: string; own: boolean; period: string; metric: string; sum: number; count: number }[];
  /**
   * Submitted 360 ratings by others (manager, peer, upward) in closed cycles, summed per rater and
   * relation, from rater groups at or above the anonymity minimum only.
   */
  reviews: (RaterSum & { cycleId: string; subjectId: string })[];
}

/**
 * The import's metric names that the scoring library blends, under its names. The two fee metrics are
 * imported and listed but not (yet) part of the score: ADR 0004 defines no normalisation for them.
 */
const SCORED_METRICS: Partial<Record<ServiceMetricName, ServiceMetricKind>> = {
  inquiry_response_minutes: 'inquiry_response_minutes',
  calls_returned_rate: 'calls_returned_rate',
  billing_error_rate: 'billing_error_rate',
  on_time_rate: 'on_time_rate',
  review_rating: 'patient_review_rating',
};
const API_NAME = new Map(Object.entries(SCORED_METRICS).map(([api, kind]) => [kind, api]));

/** One subject's inputs, indexed so that scoring a period reads only that period's rows. */
interface SubjectInputs {
  reviewsByCycle: Map<string, CultureData['reviews']>;
  observationsByMonth: Map<string, { recognitions: number; coaching: number }>;
  metrics: CultureData['metrics'];
}

/**
 * Culture score series per staff member or per location, one point per period (ADR 0004 through
 * `cultureScore` and `trend`). A location's score pools its people's inputs: 360 ratings of everyone
 * there (the anonymity minimum then counts distinct raters across the location), observation counts
 * summed, and per metric the location's own figure when imported, else the mean of its people's.
 * A review cycle's ratings count for the period its review period ends in. The rows come without the
 * rater groups below the anonymity minimum (the SQL leaves them out, docs/adr/0006).
 */
export function buildCultureSeries(
  data: CultureData,
  options: { unit: CulturePeriod; from: string; to: string; minRaters: number },
): { periods: string[]; items: CultureScoreSeries[] } {
  const spans = periodSpans(options.from, options.to, options.unit);
  const inputs = indexBySubject(data);
  const cyclesOf = new Map(spans.map((span) => [span.key, data.cycles.filter((c) => endsIn(span, c)).map((c) => c.id)]));
  const items = data.subjects.map((subject) => {
    const own = inputs.get(subject.id) ?? { reviewsByCycle: new Map(), observationsByMonth: new Map(), metrics: [] };
    const scored = spans.map((span) => scorePoint(own, span, cyclesOf.get(span.key) ?? [], options.minRaters));
    const t = trend(scored.map((p) => ({ period: p.period, score: p.score })));
    return {
      subjectId: subject.id,
      name: subject.name,
      locationId: subject.locationId,
      roleTitle: subject.roleTitle,
      points: scored.map((p, i) => ({ ...p, delta: t.points[i].delta })),
      slope: t.slope,
    };
  });
  return { periods: spans.map((s) => s.key), items };
}

function indexBySubject(data: CultureData): Map<string, SubjectInputs> {
  const index = new Map<string, SubjectInputs>();
  const of = (subjectId: string) => {
    let entry = index.get(subjectId);
    if (!entry) index.set(subjectId, (entry = { reviewsByCycle: new Map(), observationsByMonth: new Map(), metrics: [] }));
    return entry;
  };
  for (const r of data.reviews) {
    const byCycle = of(r.subjectId).reviewsByCycle;
    const list = byCycle.get(r.cycleId);
    if (list) list.push(r);
    else byCycle.set(r.cycleId, [r]);
  }
  for (const o of data.observations) {
    const byMonth = of(o.subjectId).observationsByMonth;
    const acc = byMonth.get(o.month) ?? { recognitions: 0, coaching: 0 };
    acc.recognitions += o.recognitions;
    acc.coaching += o.coaching;
    byMonth.set(o.month, acc);
  }
  for (const m of data.metrics) of(m.subjectId).metrics.push(m);
  return index;
}

function scorePoint(inputs: SubjectInputs, span: PeriodSpan, cycleIds: readonly string[], minRaters: number) {
  const received = cycleIds.flatMap((id) => inputs.reviewsByCycle.get(id) ?? []);
  const ratings360 = raterMeans(received, minRaters);
  const observations = { recognitions: 0, coaching: 0 };
  for (const month of span.months) {
    const counts = inputs.observationsByMonth.get(month);
    observations.recognitions += counts?.recognitions ?? 0;
    observations.coaching += counts?.coaching ?? 0;
  }
  const months = new Set(span.months);
  const inSpan = inputs.metrics.filter((m) => months.has(m.period));
  const serviceMetrics: Partial<Record<ServiceMetricKind, number>> = {};
  for (const [name, kind] of Object.entries(SCORED_METRICS) as [ServiceMetricName, ServiceMetricKind][]) {
    const rows = inSpan.filter((m) => m.metric === name);
    const own = rows.filter((m) => m.own);
    const value = meanOfSums(own.length ? own : rows.filter((m) => !m.own));
    if (value !== null) serviceMetrics[kind] = value;
  }
  const result = cultureScore({ ratings360, observations, serviceMetrics }, { minRaters });
  // Ratings that may count existed but came from too few raters (say, only managers): "below the minimum".
  // Groups below the minimum never reach this point (the SQL leaves them out), so they read as no data.
  const dropped = result.dropped.map((d) =>
    d.component === 'ratings360' && d.reason === 'no_data' && received.length > 0 ? { ...d, reason: 'below_min_raters' as const } : d,
  );
  const breakdown: CultureBreakdown = {
    components: result.components,
    dropped,
    serviceMetrics: result.serviceMetrics.map((m) => ({ ...m, metric: API_NAME.get(m.metric) ?? m.metric })),
    observations,
  };
  return {
    period: span.key,
    score: result.score,
    insufficient_data: result.score === null || dropped.some((d) => d.reason !== 'zero_weight'),
    breakdown,
  };
}

/** The mean of the values behind per-month sums (null when there are none). */
function meanOfSums(rows: readonly { sum: number; count: number }[]): number | null {
  let sum = 0;
  let count = 0;
  for (const r of rows) {
    sum += r.sum;
    count += r.count;
  }
  return count ? sum / count : null;
}
