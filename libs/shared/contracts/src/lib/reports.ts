/**
 * HR reports (issue 6): exports in CSV, XLSX and PDF, voluntary self-identification and the adverse
 * impact report. See docs/adr/0009-exports.md.
 */
import type { ApplicationStage } from './hiring';

// ---------------------------------------------------------------- exports

export const EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Every export and the formats it comes in (the first is the default). */
export const EXPORT_REPORT_FORMATS = {
  'candidate-packet': ['pdf'],
  'hiring-funnel': ['csv', 'xlsx'],
  'interviewer-calibration': ['xlsx'],
  culture: ['xlsx', 'pdf'],
  'leadership-goals': ['xlsx', 'pdf'],
  'audit-log': ['csv'],
  'adverse-impact': ['xlsx'],
  'quality-of-hire': ['xlsx'],
} as const satisfies Record<string, readonly ExportFormat[]>;
export type ExportReport = keyof typeof EXPORT_REPORT_FORMATS;
export const EXPORT_REPORTS = Object.keys(EXPORT_REPORT_FORMATS) as ExportReport[];

/** Funnel rows whose `entered` count is below this are flagged, so that a rate is not over-read. */
export const FUNNEL_SMALL_SAMPLE = 10;

// ---------------------------------------------------------------- self-identification

/** EEO-1 sex categories, plus the explicit choice not to answer. */
export const SELF_ID_SEXES = ['female', 'male', 'prefer_not_to_say'] as const;
export type SelfIdentifiedSex = (typeof SELF_ID_SEXES)[number];

/** EEO-1 race/ethnicity categories, plus the explicit choice not to answer. */
export const SELF_ID_RACE_ETHNICITIES = [
  'hispanic_or_latino',
  'white',
  'black_or_african_american',
  'native_hawaiian_or_other_pacific_islander',
  'asian',
  'american_indian_or_alaska_native',
  'two_or_more_races',
  'prefer_not_to_say',
] as const;
export type SelfIdentifiedRaceEthnicity = (typeof SELF_ID_RACE_ETHNICITIES)[number];

export const SELF_ID_LABELS: Record<SelfIdentifiedSex | SelfIdentifiedRaceEthnicity, string> = {
  female: 'Female',
  male: 'Male',
  hispanic_or_latino: 'Hispanic or Latino',
  white: 'White',
  black_or_african_american: 'Black or African American',
  native_hawaiian_or_other_pacific_islander: 'Native Hawaiian or Other Pacific Islander',
  asian: 'Asian',
  american_indian_or_alaska_native: 'American Indian or Alaska Native',
  two_or_more_races: 'Two or More Races',
  prefer_not_to_say: 'Prefer not to say',
};

/**
 * A candidate's voluntary answers, stored apart from the candidate and readable by HR and the owner
 * only. `null` = not answered (different from `prefer_not_to_say`, which is an answer).
 */
export interface SelfIdentification {
  candidateId: string;
  sex: SelfIdentifiedSex | null;
  raceEthnicity: SelfIdentifiedRaceEthnicity | null;
  /** `null` when nothing was ever recorded. */
  updatedAt: string | null;
}

/** Replaces both answers (an omitted field is "not answered"). */
export interface UpdateSelfIdentificationRequest {
  sex?: SelfIdentifiedSex | null;
  raceEthnicity?: SelfIdentifiedRaceEthnicity | null;
}

// ---------------------------------------------------------------- adverse impact

/** Stages at which selection is measured: selected = reached the next stage (hired, for offer). */
export const SELECTION_STAGES = ['applied', 'screening', 'interviewing', 'offer'] as const;
export type SelectionStage = (typeof SELECTION_STAGES)[number];

export const ADVERSE_IMPACT_DIMENSIONS = ['sex', 'raceEthnicity'] as const;
export type AdverseImpactDimension = (typeof ADVERSE_IMPACT_DIMENSIONS)[number];

export interface AdverseImpactGroup {
  group: string;
  label: string;
  applicants: number;
  selected: number;
  selectionRate: number;
  /** Rate ÷ the highest group's rate; `null` when no reported group selected anyone. */
  impactRatio: number | null;
  /** impactRatio below 0.8 (the four-fifths rule). */
  fourFifthsFlag: boolean;
}

export interface AdverseImpactTable {
  dimension: AdverseImpactDimension;
  /** Groups with at least `minGroupSize` applicants, highest selection rate first. */
  groups: AdverseImpactGroup[];
  /** Groups below the minimum, pooled and never ratioed; a rate only when the pool itself is large enough. */
  smallGroups: { groupCount: number; applicants: number; selected: number; selectionRate: number | null } | null;
  /** Counted in the totals, kept out of every rate. */
  excluded: {
    preferNotToSay: { applicants: number; selected: number };
    notAnswered: { applicants: number; selected: number };
  };
  referenceGroup: string | null;
  totals: { applicants: number; selected: number };
  /** true when some group was too small to show on its own. */
  smallSampleWarning: boolean;
}

export interface AdverseImpactStage {
  stage: SelectionStage;
  /** What counts as selected at this stage. */
  selectedMeans: ApplicationStage;
  /** Applications decided at this stage (selected or rejected there). */
  decided: number;
  selected: number;
  /** Still in this stage: no decision yet, so left out. */
  pending: number;
  /** Withdrew at this stage: not a selection decision, so left out. */
  withdrawn: number;
  tables: AdverseImpactTable[];
}

export interface AdverseImpactOpening {
  /** `null` for the pool of all openings. */
  openingId: string | null;
  title: string;
  stages: AdverseImpactStage[];
}

export interface AdverseImpactReport {
  generatedAt: string;
  minGroupSize: number;
  fourFifths: number;
  openings: AdverseImpactOpening[];
}
