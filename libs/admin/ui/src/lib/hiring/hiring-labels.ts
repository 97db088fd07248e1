import type {
  ApplicationStage,
  Decision,
  InterviewerCalibration,
  OpeningStatus,
  QuestionKind,
  Recommendation,
} from '@rapport/shared/contracts';

/** Words the hiring screens use for the API's codes, in one place so every screen says the same. */
export const STAGE_LABELS: Record<ApplicationStage, string> = {
  applied: 'Applied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  hired: 'Hired',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export const KIND_LABELS: Record<QuestionKind, string> = {
  behavioral: 'Behavioral',
  situational: 'Situational',
  role_play: 'Role-play',
};

/** What each kind asks of the candidate, for kit authors. */
export const KIND_HINTS: Record<QuestionKind, string> = {
  behavioral: 'A past situation: "Tell me about a time…"',
  situational: 'A hypothetical: "What would you do if…"',
  role_play: 'The interviewer plays the patient; the candidate responds live.',
};

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  strong_no: 'Strong no',
  no: 'No',
  yes: 'Yes',
  strong_yes: 'Strong yes',
};

export const DECISION_LABELS: Record<Decision, string> = {
  advance: 'Advance to the next stage',
  hire: 'Hire',
  reject: 'Reject',
};

export const OPENING_STATUS_LABELS: Record<OpeningStatus, string> = {
  open: 'Open',
  on_hold: 'On hold',
  closed: 'Closed',
};

export const CALIBRATION_LABELS: Record<InterviewerCalibration['label'], string> = {
  lenient: 'Lenient',
  severe: 'Severe',
  calibrated: 'Calibrated',
  insufficient_data: 'Too few ratings',
};

/** The scale point's meaning when the kit gives no anchor for it (2 and 4 lie between anchors). */
export function betweenAnchors(point: number): string {
  return point === 2 ? 'Between 1 and 3' : point === 4 ? 'Between 3 and 5' : '';
}
