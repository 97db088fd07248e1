import type { AnonymousAggregate } from './culture';

// ---------------------------------------------------------------- post-visit survey items

/**
 * The survey items Rapport understands, as CSV column names. Each maps to a competency of the
 * organization's care standard (editable; defaults in `DEFAULT_FEEDBACK_ITEM_COMPETENCY`).
 */
export const PATIENT_FEEDBACK_ITEMS = [
  'staff_helpful',
  'courteous',
  'listened',
  'explained_clearly',
  'fees_explained',
  'no_pressure',
  'same_day_reply',
] as const;
export type PatientFeedbackItem = (typeof PATIENT_FEEDBACK_ITEMS)[number];

export const PATIENT_FEEDBACK_ITEM_LABELS: Readonly<Record<PatientFeedbackItem, string>> = {
  staff_helpful: 'Office staff were helpful',
  courteous: 'Staff were courteous and respectful',
  listened: 'The provider listened carefully',
  explained_clearly: 'The provider explained things clearly',
  fees_explained: 'Fees were explained before treatment',
  no_pressure: 'I felt no pressure to buy additional treatments',
  same_day_reply: 'My call or message was answered the same day',
};

/** Default item → competency key of the care standard (see care-standard.ts). */
export const DEFAULT_FEEDBACK_ITEM_COMPETENCY: Readonly<Record<PatientFeedbackItem, string>> = {
  staff_helpful: 'extra_mile',
  courteous: 'empathy',
  listened: 'empathy',
  explained_clearly: 'empathy',
  fees_explained: 'billing_integrity',
  no_pressure: 'soft_sell',
  same_day_reply: 'responsiveness',
};

/** Fewer responses than this in a cell: no mean is shown (a handful of surveys is anecdote). */
export const MIN_PATIENT_RESPONSES = 5;

export interface FeedbackItemMapping {
  item: PatientFeedbackItem;
  label: string;
  /** `null` when the item counts toward no competency. */
  competencyId: string | null;
}

export interface FeedbackItemMappingResponse {
  items: FeedbackItemMapping[];
}

export interface UpdateFeedbackItemMappingRequest {
  items: { item: PatientFeedbackItem; competencyId: string | null }[];
}

/** One imported survey response. Rapport stores no patient identity. */
export interface PatientFeedbackResponse {
  id: string;
  /** `YYYY-MM-DD`. */
  respondedOn: string;
  locationId: string;
  /** The staff the patient named (by staff email in the file). */
  staffMemberIds: string[];
  scores: Partial<Record<PatientFeedbackItem, number>>;
  comment: string | null;
}

export interface CsvImportError {
  field: 'file';
  message: string;
  line: number;
  reason: string;
  /** The column at fault, when one is (e.g. a patient-identifier column). */
  column?: string;
}

export interface CsvImportResult {
  dryRun: boolean;
  /** Data rows in the file. */
  rows: number;
  /** Rows written (0 on a dry run). */
  imported: number;
  /** Rows already imported before (same content): skipped, so re-importing a file is safe. */
  duplicates: number;
  /** First and last day in the file. */
  from: string;
  to: string;
}

// ---------------------------------------------------------------- online reviews

export const REVIEW_THEMES = ['staff', 'billing', 'wait_time', 'pressure_to_buy', 'communication', 'results'] as const;
export type ReviewTheme = (typeof REVIEW_THEMES)[number];

export const REVIEW_THEME_LABELS: Readonly<Record<ReviewTheme, string>> = {
  staff: 'Staff',
  billing: 'Billing',
  wait_time: 'Wait time',
  pressure_to_buy: 'Pressure to buy',
  communication: 'Communication',
  results: 'Results',
};

/**
 * A theme's rule: the review is tagged when its text contains any keyword (case-insensitive, whole
 * words; a trailing `*` matches any ending: `bill*` matches "bill", "billing", "billed").
 */
export interface ReviewThemeRule {
  theme: ReviewTheme;
  keywords: string[];
}

export interface ReviewThemeRulesResponse {
  rules: ReviewThemeRule[];
}

export interface UpdateReviewThemeRulesResponse extends ReviewThemeRulesResponse {
  /** Stored reviews whose tags changed under the new rules. */
  retagged: number;
}

export interface OnlineReview {
  id: string;
  source: string;
  /** `YYYY-MM-DD`. */
  reviewedOn: string;
  locationId: string;
  /** 1–5. */
  rating: number;
  text: string;
  themes: ReviewTheme[];
}

export interface CursorPage<T> {
  items: T[];
  /** Pass as `cursor` for the next page; `null` on the last page. */
  nextCursor: string | null;
}

export interface ReviewSummaryPoint {
  locationId: string;
  /** `YYYY-MM` or `YYYY-Qn`. */
  period: string;
  count: number;
  meanRating: number | null;
  /** Reviews tagged with each theme, and their mean rating. */
  themes: Record<ReviewTheme, { count: number; meanRating: number | null }>;
}

export interface ReviewSummary {
  from: string;
  to: string;
  period: 'month' | 'quarter';
  periods: string[];
  locations: { id: string; name: string }[];
  points: ReviewSummaryPoint[];
}

// ---------------------------------------------------------------- patient signals in culture views

/** Patient-side mean for a cell: suppressed below `MIN_PATIENT_RESPONSES`. */
export type PatientAggregate =
  | { suppressed: true; reason: 'no_data' | 'too_few_responses'; n: number; minResponses: number }
  | { suppressed: false; n: number; mean: number; score: number };

export interface PatientSignalCell {
  locationId: string;
  competencyId: string;
  /** Survey items mapped to the competency. */
  patient: PatientAggregate;
  /** Staff-side: 360 ratings by others at the location (the culture heatmap's cell). */
  staff: { insufficient_data: boolean; n: number | null; mean: number | null; score: number | null };
}

export interface PatientSignals {
  from: string;
  to: string;
  minResponses: number;
  competencies: { id: string; name: string }[];
  locations: { id: string; name: string }[];
  cells: PatientSignalCell[];
  /** Per location and month: responses and the mean of every item score. */
  trend: { locationId: string; period: string; responses: number; mean: number | null }[];
}

// ---------------------------------------------------------------- the leader's three-way gap

export interface ThreeWayGapRow {
  competencyId: string;
  competencyName: string;
  /** The leader's self-rating (1–5) in the gap cycle. */
  self: number | null;
  /** Staff's upward ratings, through the anonymity threshold. */
  staff: AnonymousAggregate;
  /** Patients' survey scores (1–5) for items mapped to the competency. */
  patient: PatientAggregate;
}

export interface ThreeWayGap {
  leaderUserId: string;
  gapCycleId: string | null;
  minRaters: number;
  /**
   * Where the patient side comes from: surveys naming the leader, or (too few of those) every
   * survey of the leader's location, over the last 12 months.
   */
  patientSource: 'named' | 'location' | 'none';
  from: string;
  to: string;
  rows: ThreeWayGapRow[];
}

// ---------------------------------------------------------------- quality of hire

export type QualityReading = 'tracks' | 'inverse' | 'no_evidence' | 'not_enough_data';

export const QUALITY_READING_TEXT: Readonly<Record<QualityReading, string>> = {
  tracks: 'Ratings on this have tracked later patient-facing behavior',
  inverse: 'Higher ratings on this have gone with weaker later patient-facing behavior',
  no_evidence: 'No evidence yet',
  not_enough_data: 'Not enough data',
};

export interface QualityCorrelation {
  /** Hires with both an interview rating and later culture scores. */
  n: number;
  /** Spearman's ρ; `null` below the minimum or without variation. */
  rho: number | null;
  ci95: { lower: number; upper: number } | null;
  reading: QualityReading;
  readingText: string;
}

export interface QualityOfHire {
  /** Hires through Rapport with at least `minQuarters` scored quarters of culture data. */
  hires: number;
  minN: number;
  minQuarters: number;
  /** The outcome: each hire's mean quarterly culture score (0–100) after the hire quarter. */
  outcome: 'mean_culture_score_after_hire';
  byCompetency: (QualityCorrelation & { competencyId: string; competencyName: string })[];
  byQuestion: (QualityCorrelation & { questionId: string; prompt: string; competencyId: string; kitId: string; kitName: string })[];
  /** Named rows: every interviewer for HR and owners; others see only their own row. */
  byInterviewer: (QualityCorrelation & { interviewerId: string; name: string })[];
  /** Interviewers' rows not shown to this caller. */
  hiddenInterviewers: number;
}
