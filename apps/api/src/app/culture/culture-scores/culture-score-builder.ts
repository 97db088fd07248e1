import { withoutWithheldAnonymous } from '../shared/anonymity';
import type {
  CultureBreakdown,
  CultureLevel,
  CulturePeriod,
  CultureScoreSeries,
  ServiceMetricName,
} from '@rapport/shared/contracts';
import { cultureScore, mean, trend, type RaterValue, type ServiceMetricKind } from '@rapport/shared/scoring';
import type { StoredReviewRating } from '../review-cycles/review-assignment.entity';
import { overlaps, periodSpans, type PeriodSpan } from './periods';

export interface CultureData {
  staff: { id: string; name: string; locationId: string; roleTitle: string }[];
  locations: { id: string; name: string }[];
  competencies: { id: string; name: string }[];
  observations: { staffMemberId: string; month: string; recognitions: number; coaching: number }[];
  metrics: { staffMemberId: string | null; locationId: string | null; period: string; metric: ServiceMetricName; value: number }[];
  cycles: { id: string; periodStart: string; periodEnd: string }[];
  /** Submitted reviews by others (manager, peer, upward) in closed cycles. */
  reviews: { cycleId: string; subjectStaffId: string; raterUserId: string; relation: string; ratings: readonly StoredReviewRating[] }[];
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

interface Subject {
  id: string;
  name: string;
  locationId: string | null;
  roleTitle: string | null;
  staffIds: Set<string>;
}

/**
 * Culture score series per staff member or per location, one point per period (ADR 0004 through
 * `cultureScore` and `trend`). A location's score pools its people's inputs: 360 ratings of everyone
 * there (the anonymity minimum then counts distinct raters across the location), observation counts
 * summed, and per metric the location's own figure when imported, else the mean of its people's.
 * A review cycle's ratings count for every period its review period overlaps.
 */
export function buildCultureSeries(
  data: CultureData,
  options: { level: CultureLevel; unit: CulturePeriod; from: string; to: string; minRaters: number; staffIds?: ReadonlySet<string> | null },
): { periods: string[]; items: CultureScoreSeries[] } {
  const spans = periodSpans(options.from, options.to, options.unit);
  const subjects: Subject[] =
    options.level === 'staff'
      ? data.staff
          .filter((s) => !options.staffIds || options.staffIds.has(s.id))
          .map((s) => ({ id: s.id, name: s.name, locationId: s.locationId, roleTitle: s.roleTitle, staffIds: new Set([s.id]) }))
      : data.locations.map((l) => ({
          id: l.id,
          name: l.name,
          locationId: l.id,
          roleTitle: null,
          staffIds: new Set(data.staff.filter((s) => s.locationId === l.id).map((s) => s.id)),
        }));
  const items = subjects.map((subject) => {
    const scored = spans.map((span) => scorePoint(data, subject, span, options.level, options.minRaters));
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

function scorePoint(data: CultureData, subject: Subject, span: PeriodSpan, level: CultureLevel, minRaters: number) {
  const cycleIds = new Set(data.cycles.filter((c) => overlaps(span, c)).map((c) => c.id));
  const received = data.reviews
    .filter((r) => cycleIds.has(r.cycleId) && subject.staffIds.has(r.subjectStaffId))
    .flatMap((r) => r.ratings.map((x) => ({ raterId: r.raterUserId, relation: r.relation, value: x.rating })));
  const ratings360: RaterValue[] = withoutWithheldAnonymous(received, minRaters).map(({ raterId, value }) => ({ raterId, value }));
  const months = new Set(span.months);
  const observations = { recognitions: 0, coaching: 0 };
  for (const o of data.observations) {
    if (!months.has(o.month) || !subject.staffIds.has(o.staffMemberId)) continue;
    observations.recognitions += o.recognitions;
    observations.coaching += o.coaching;
  }
  const serviceMetrics: Partial<Record<ServiceMetricKind, number>> = {};
  for (const [name, kind] of Object.entries(SCORED_METRICS) as [ServiceMetricName, ServiceMetricKind][]) {
    const inSpan = data.metrics.filter((m) => m.metric === name && months.has(m.period));
    const own = level === 'location' ? inSpan.filter((m) => m.locationId === subject.id) : [];
    const people = inSpan.filter((m) => m.staffMemberId !== null && subject.staffIds.has(m.staffMemberId));
    const value = mean((own.length ? own : people).map((m) => m.value));
    if (value !== null) serviceMetrics[kind] = value;
  }
  const result = cultureScore({ ratings360, observations, serviceMetrics }, { minRaters });
  // Withheld ratings still existed: say "below the minimum", as if they had been counted and refused.
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
