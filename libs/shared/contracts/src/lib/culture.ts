/**
 * Culture and leadership (DESIGN.md §3–4, issue 5): staff, observations, 360 review cycles with
 * anonymity, service metrics, leadership goals, culture scores and the leader view.
 * Dates are `YYYY-MM-DD`, months (service-metric periods) `YYYY-MM`, timestamps ISO 8601.
 */

/**
 * Smallest number of distinct raters behind any peer or upward number (the product's floor; an
 * organization may raise it, never lower it). Mirrors `MIN_RATERS` of the scoring library.
 */
export const ANONYMITY_MIN_RATERS = 3;

// ---------------------------------------------------------------- staff

export interface StaffMember {
  id: string;
  name: string;
  email: string;
  roleTitle: string;
  locationId: string;
  /** The staff member this person reports to. */
  managerId: string | null;
  /** The user account of this person, when they sign in to Rapport. */
  userId: string | null;
  hiredAt: string;
  /** The application they were hired from. */
  applicationId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateStaffMemberRequest {
  name: string;
  email: string;
  roleTitle: string;
  locationId: string;
  managerId?: string | null;
  userId?: string | null;
  hiredAt: string;
  applicationId?: string | null;
}

export interface UpdateStaffMemberRequest extends Partial<CreateStaffMemberRequest> {
  version: number;
}

/** Prefilled from a hired application: the form to create the staff member starts from it. */
export interface StaffMemberDraft {
  name: string;
  email: string;
  /** The opening's title. */
  roleTitle: string;
  /** The opening's location. */
  locationId: string;
  applicationId: string;
}

// ---------------------------------------------------------------- observations

export const OBSERVATION_KINDS = ['recognition', 'coaching'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

export interface CreateObservationRequest {
  staffMemberId: string;
  competencyId: string;
  kind: ObservationKind;
  note: string;
  /** The day the behavior was seen (`YYYY-MM-DD`), not in the future. */
  observedAt: string;
}

export interface Observation {
  id: string;
  staffMemberId: string;
  competencyId: string;
  kind: ObservationKind;
  note: string;
  observedAt: string;
  authorId: string;
  authorName: string;
  createdAt: string;
}

// ---------------------------------------------------------------- review cycles

export const REVIEW_RELATIONS = ['self', 'manager', 'peer', 'upward'] as const;
export type ReviewRelation = (typeof REVIEW_RELATIONS)[number];
/** Relations whose raters stay anonymous: shown only as aggregates of enough raters. */
export const ANONYMOUS_RELATIONS: readonly ReviewRelation[] = ['peer', 'upward'];

export const REVIEW_CYCLE_STATUSES = ['open', 'closed'] as const;
export type ReviewCycleStatus = (typeof REVIEW_CYCLE_STATUSES)[number];

export const REVIEW_ASSIGNMENT_STATUSES = ['not_started', 'draft', 'submitted'] as const;
export type ReviewAssignmentStatus = (typeof REVIEW_ASSIGNMENT_STATUSES)[number];

export interface CreateReviewCycleRequest {
  name: string;
  periodStart: string;
  periodEnd: string;
  /** Subjects from these locations only; all locations when omitted. */
  locationIds?: string[];
  /** Peers asked to rate each person (0–10). Default 3. */
  peersPerPerson?: number;
  /** Staff rate their leaders (upward feedback). Default true. */
  includeUpward?: boolean;
}

export interface ReviewProgressCount {
  total: number;
  submitted: number;
}

export interface ReviewCycleProgress extends ReviewProgressCount {
  byRelation: Record<ReviewRelation, ReviewProgressCount>;
}

export interface ReviewCycle {
  id: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  locationIds: string[] | null;
  peersPerPerson: number;
  includeUpward: boolean;
  status: ReviewCycleStatus;
  closedAt: string | null;
  progress: ReviewCycleProgress;
  createdAt: string;
}

export interface ReviewRatingInput {
  competencyId: string;
  /** 1–5. */
  rating: number;
  comment?: string;
}

export interface SaveReviewAssignmentRequest {
  ratings: ReviewRatingInput[];
}

/**
 * One review the caller gives. The subject is shown; other raters of the same subject never are.
 */
export interface ReviewAssignment {
  id: string;
  cycleId: string;
  cycleName: string;
  cycleStatus: ReviewCycleStatus;
  periodStart: string;
  periodEnd: string;
  subject: { staffMemberId: string; name: string; roleTitle: string };
  relation: ReviewRelation;
  status: ReviewAssignmentStatus;
  ratings: { competencyId: string; rating: number; comment: string }[];
  submittedAt: string | null;
  updatedAt: string;
}

/** Why an anonymous aggregate is withheld. */
export type SuppressionReason = 'below_min_raters' | 'cycle_open';

/**
 * Peer or upward ratings of one competency. Below the minimum number of raters (or while the cycle
 * is open) nothing derived from the ratings is returned: no mean, no count, no comments.
 */
export type AnonymousAggregate =
  | { suppressed: true; reason: SuppressionReason; minRaters: number }
  | { suppressed: false; n: number; mean: number; comments: string[] };

export interface ReviewCompetencyResult {
  competencyId: string;
  competencyName: string;
  /** The subject's self-rating; `null` when not given. */
  self: { rating: number; comment: string } | null;
  /** The manager's rating; `null` when not given. */
  manager: { rating: number; comment: string } | null;
  peer: AnonymousAggregate;
  upward: AnonymousAggregate;
}

export interface ReviewResults {
  cycleId: string;
  cycleStatus: ReviewCycleStatus;
  staffMemberId: string;
  minRaters: number;
  competencies: ReviewCompetencyResult[];
}

// ---------------------------------------------------------------- service metrics

/** Metric names of the CSV import (rates are fractions 0–1). */
export const SERVICE_METRICS = [
  'inquiry_response_minutes',
  'calls_returned_rate',
  'billing_error_rate',
  'on_time_rate',
  'review_rating',
  'fee_estimate_given_rate',
  'signed_fee_policy_rate',
] as const;
export type ServiceMetricName = (typeof SERVICE_METRICS)[number];

export interface ServiceMetric {
  id: string;
  /** Exactly one of staffMemberId and locationId is set. */
  staffMemberId: string | null;
  locationId: string | null;
  /** `YYYY-MM`. */
  period: string;
  metric: ServiceMetricName;
  value: number;
}

export interface ServiceMetricQuery {
  staffMemberId?: string;
  locationId?: string;
  /** `YYYY-MM`, inclusive. */
  from?: string;
  to?: string;
}

/** One bad CSV row in the 400 problem document (`errors`), with the file's line number. */
export interface ServiceMetricImportError {
  field: string;
  message: string;
  line: number;
  reason: string;
}

export interface ServiceMetricImportResult {
  dryRun: boolean;
  /** Data rows in the file. */
  rows: number;
  /** Rows written (0 on a dry run). */
  imported: number;
  /** Stored values the import replaced (would replace, on a dry run). */
  replaced: number;
  periods: string[];
}

// ---------------------------------------------------------------- leadership goals

export interface CreateLeadershipGoalRequest {
  /** A user with the role `leader` or `owner`. */
  ownerId: string;
  competencyId: string;
  title: string;
  description: string;
  /** What success looks like, e.g. "upward empathy ≥ 4.2". */
  target: string;
  dueDate: string;
}

export interface UpdateLeadershipGoalRequest extends Partial<CreateLeadershipGoalRequest> {
  version: number;
}

export interface CreateCheckInRequest {
  /** 0–100. */
  progress: number;
  note: string;
  date: string;
}

export interface CheckIn {
  id: string;
  goalId: string;
  progress: number;
  note: string;
  date: string;
  authorId: string;
  createdAt: string;
}

export interface LeadershipGoal {
  id: string;
  ownerId: string;
  ownerName: string;
  competencyId: string;
  title: string;
  description: string;
  target: string;
  dueDate: string;
  /** The latest check-in's progress; `null` before the first check-in. */
  progress: number | null;
  checkIns: CheckIn[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

// ---------------------------------------------------------------- culture scores

export const CULTURE_LEVELS = ['staff', 'location'] as const;
export type CultureLevel = (typeof CULTURE_LEVELS)[number];
export const CULTURE_PERIODS = ['month', 'quarter'] as const;
export type CulturePeriod = (typeof CULTURE_PERIODS)[number];
export const HEATMAP_GROUPINGS = ['location', 'roleTitle'] as const;
export type HeatmapGrouping = (typeof HEATMAP_GROUPINGS)[number];

export type CultureComponentName = 'ratings360' | 'observations' | 'serviceMetrics';

/** How a score was made (see docs/adr/0004-scoring-formulas.md). */
export interface CultureBreakdown {
  components: { component: CultureComponentName; value: number; weight: number; effectiveWeight: number }[];
  dropped: { component: CultureComponentName; reason: 'no_data' | 'below_min_raters' | 'zero_weight' }[];
  serviceMetrics: { metric: string; raw: number; normalised: number }[];
  observations: { recognitions: number; coaching: number };
}

export interface CultureScorePoint {
  /** `YYYY-MM` or `YYYY-Qn`. */
  period: string;
  /** 0–100; `null` when no component has data. */
  score: number | null;
  delta: number | null;
  /** true when a component is missing (no data, or too few raters): read the breakdown. */
  insufficient_data: boolean;
  breakdown: CultureBreakdown;
}

export interface CultureScoreSeries {
  /** A staff member's or a location's id. */
  subjectId: string;
  name: string;
  locationId: string | null;
  roleTitle: string | null;
  points: CultureScorePoint[];
  /** Least-squares slope in score points per period; `null` with fewer than 2 scored periods. */
  slope: number | null;
}

export interface CultureScoresResponse {
  level: CultureLevel;
  period: CulturePeriod;
  from: string;
  to: string;
  periods: string[];
  minRaters: number;
  items: CultureScoreSeries[];
  /** Subjects come in pages in name order (`limit`, default and maximum 500): pass as `cursor` for the next; `null` on the last. */
  nextCursor?: string | null;
}

export interface HeatmapCell {
  competencyId: string;
  groupKey: string;
  /** true when there are no ratings or too few raters: then no number is given. */
  insufficient_data: boolean;
  reason: 'no_data' | 'below_min_raters' | null;
  n: number | null;
  /** Mean rating 1–5. */
  mean: number | null;
  /** The mean on 0–100. */
  score: number | null;
}

export interface CultureHeatmap {
  by: HeatmapGrouping;
  from: string;
  to: string;
  minRaters: number;
  competencies: { id: string; name: string }[];
  groups: { key: string; name: string }[];
  cells: HeatmapCell[];
}

// ---------------------------------------------------------------- leader view

export interface UpwardPoint {
  cycleId: string;
  cycleName: string;
  periodEnd: string;
  aggregate: AnonymousAggregate;
  /** Cycles whose ratings make up this point: more than one when small teams are pooled. */
  cyclesPooled: string[];
  pooled: boolean;
}

export interface UpwardTrend {
  competencyId: string;
  competencyName: string;
  points: UpwardPoint[];
  /** Slope of the shown means per cycle; `null` with fewer than 2. */
  slope: number | null;
}

export interface SelfStaffGap {
  competencyId: string;
  competencyName: string;
  /** The leader's own rating in the latest cycle with a self-review. */
  self: number | null;
  /** How their staff rate them (upward, pooled when needed). */
  staff: AnonymousAggregate;
  cyclesPooled: string[];
  /** self − staff mean: positive when the leader rates themself higher than staff do. */
  gap: number | null;
}

export interface LeaderOverview {
  leader: { userId: string; name: string; staffMemberId: string | null };
  minRaters: number;
  goals: (LeadershipGoal & { upward: AnonymousAggregate | null })[];
  upwardTrend: UpwardTrend[];
  gap: SelfStaffGap[];
  /** The cycle the gap is taken from. */
  gapCycleId: string | null;
}

// ---------------------------------------------------------------- settings

export interface CultureSettings {
  /** ≥ 3. */
  anonymityMinRaters: number;
}
