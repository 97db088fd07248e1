/** Structured interviewing (DESIGN.md §3): kits, openings, candidates, applications, interviews. */

export const QUESTION_KINDS = ['behavioral', 'situational', 'role_play'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const RECOMMENDATIONS = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const OPENING_STATUSES = ['open', 'on_hold', 'closed'] as const;
export type OpeningStatus = (typeof OPENING_STATUSES)[number];

export const APPLICATION_STAGES = ['applied', 'screening', 'interviewing', 'offer', 'hired', 'rejected', 'withdrawn'] as const;
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];
export const TERMINAL_STAGES: readonly ApplicationStage[] = ['hired', 'rejected', 'withdrawn'];

export const DECISIONS = ['advance', 'hire', 'reject'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Anchors for scale points 1, 3 and 5 (2 and 4 lie between). */
export interface Anchors {
  '1': string;
  '3': string;
  '5': string;
}

export interface KitQuestionInput {
  /** Keep the id of an existing question when editing; omit for a new one. */
  id?: string;
  prompt: string;
  kind: QuestionKind;
  competencyId: string;
  probes: string[];
  anchors: Anchors;
  redFlags: string[];
}

export interface KitQuestion extends Required<KitQuestionInput> {
  id: string;
}

export interface CreateInterviewKitRequest {
  name: string;
  roleTitle: string;
  evidenceRequired?: boolean;
  questions: KitQuestionInput[];
}

export interface UpdateInterviewKitRequest extends Partial<CreateInterviewKitRequest> {
  /** Optimistic locking: the `revision` you edited; a newer one gives 409. */
  revision: number;
}

export interface InterviewKit {
  id: string;
  name: string;
  roleTitle: string;
  evidenceRequired: boolean;
  /** Content version: bumps when a kit already used in an interview is edited. */
  version: number;
  questions: KitQuestion[];
  /** true once this version has been used in an interview (the next edit makes a new version). */
  inUse: boolean;
  /** Optimistic-locking counter of the kit record (distinct from the content `version`). */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface InterviewKitVersionSummary {
  version: number;
  name: string;
  roleTitle: string;
  questionCount: number;
  inUse: boolean;
  createdAt: string;
}

export interface CreateOpeningRequest {
  title: string;
  locationId: string;
  hiringManagerId: string;
  kitId: string;
  status?: OpeningStatus;
}

export interface UpdateOpeningRequest extends Partial<CreateOpeningRequest> {
  version: number;
}

export interface Opening {
  id: string;
  title: string;
  locationId: string;
  hiringManagerId: string;
  kitId: string;
  status: OpeningStatus;
  /** Applications per stage. */
  stageCounts: Partial<Record<ApplicationStage, number>>;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateCandidateRequest {
  name: string;
  email: string;
  phone?: string;
  source?: string;
  notes?: string;
}

export interface UpdateCandidateRequest extends Partial<CreateCandidateRequest> {
  /** HR, owner and admin only. */
  legalHold?: boolean;
  version: number;
}

export interface Candidate {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  source: string | null;
  notes: string | null;
  /** Keeps the candidate out of automatic retention erasure. */
  legalHold: boolean;
  /** Set once the candidate's personal data has been erased. */
  erasedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateApplicationRequest {
  candidateId: string;
  openingId: string;
}

export interface StageChangeRequest {
  stage: ApplicationStage;
  reason?: string;
}

export interface StageChange {
  fromStage: ApplicationStage | null;
  toStage: ApplicationStage;
  reason: string | null;
  changedById: string | null;
  changedAt: string;
}

export interface ApplicationDecision {
  decision: Decision;
  rationale: string;
  computedRecommendation: Recommendation | null;
  override: boolean;
  decidedById: string;
  decidedAt: string;
}

export interface Application {
  id: string;
  candidateId: string;
  candidateName: string;
  openingId: string;
  stage: ApplicationStage;
  stageEnteredAt: string;
  daysInStage: number;
  history: StageChange[];
  decision: ApplicationDecision | null;
  createdAt: string;
}

export interface DecisionRequest {
  decision: Decision;
  rationale: string;
}

export interface ScheduleInterviewRequest {
  applicationId: string;
  scheduledAt: string;
  interviewerIds: string[];
}

export interface PanelMember {
  interviewerId: string;
  name: string;
  scorecardStatus: 'not_started' | 'draft' | 'submitted';
}

export interface Interview {
  id: string;
  applicationId: string;
  candidateName: string;
  openingTitle: string;
  kitId: string;
  kitVersion: number;
  evidenceRequired: boolean;
  scheduledAt: string;
  questions: KitQuestion[];
  panel: PanelMember[];
  createdAt: string;
}

export interface RatingInput {
  questionId: string;
  /** 1–5, or null when the question was not asked. */
  rating: number | null;
  evidence?: string;
}

export interface SaveScorecardRequest {
  ratings: RatingInput[];
  recommendation?: Recommendation | null;
}

export interface AmendScorecardRequest {
  ratings: RatingInput[];
  recommendation: Recommendation;
  reason: string;
}

export interface Scorecard {
  id: string;
  interviewId: string;
  interviewerId: string;
  interviewerName: string;
  status: 'draft' | 'submitted';
  ratings: { questionId: string; rating: number | null; evidence: string }[];
  recommendation: Recommendation | null;
  submittedAt: string | null;
  amendedAt: string | null;
  updatedAt: string;
}

export interface CompetencyAggregate {
  competencyId: string;
  competencyName: string;
  mean: number | null;
  min: number | null;
  max: number | null;
  sd: number | null;
  n: number;
  disagreement: boolean;
  /** Each interviewer's score for the competency (mean of their ratings of its questions). */
  byInterviewer: { interviewerId: string; score: number }[];
}

export type Agreement =
  | { alpha: number; metric: 'ordinal'; raters: number; units: number }
  | { alpha: null; metric: 'ordinal'; raters: number; units: number; reason: string };

export interface Debrief {
  applicationId: string;
  interviewIds: string[];
  submittedScorecards: number;
  pendingScorecards: number;
  competencies: CompetencyAggregate[];
  agreement: Agreement;
  overallScore: number | null;
  computedRecommendation: Recommendation | null;
  recommendations: { interviewerId: string; recommendation: Recommendation }[];
  decision: ApplicationDecision | null;
}

export interface InterviewerCalibration {
  interviewerId: string;
  name: string;
  scorecards: number;
  ratings: number;
  meanDeviation: number | null;
  extremeShare: number | null;
  label: 'lenient' | 'severe' | 'calibrated' | 'insufficient_data';
}

export interface ErasureResult {
  candidateId: string;
  erasedAt: string;
  /** Audit events whose payload was removed (they keep their place in the hash chain). */
  redactedAuditEvents: number;
}

export interface RetentionSettings {
  candidateRetentionDays: number;
}

export type RetentionSettingsRequest = RetentionSettings;

export interface RetentionCandidate {
  candidateId: string;
  name: string;
  lastActivityAt: string;
  eraseAfter: string;
}

export interface RetentionRun {
  erased: number;
  /** true when another API instance held the lock and this run did nothing. */
  skipped: boolean;
  candidateIds: string[];
  /** Idempotency keys past their 24 hours, deleted with their stored responses by the same run. */
  expiredIdempotencyKeys: number;
}
