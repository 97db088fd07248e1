import type { ExportQuery } from '@rapport/admin/data-access';
import { isoDay } from '@rapport/admin/data-access';
import {
  type CulturePeriod,
  EXPORT_REPORT_FORMATS,
  type ExportFormat,
  type ExportReport,
  type SelectionStage,
} from '@rapport/shared/contracts';

/**
 * The filters a report card can show; each maps to the query parameters of the API's DTO, which
 * refuses any other parameter (so a card must send exactly its report's).
 */
export type ReportFilter = 'days' | 'months' | 'opening' | 'application' | 'leader' | 'period' | 'stage';

export interface ReportDefinition {
  report: ExportReport;
  title: string;
  description: string;
  icon: string;
  filters: readonly ReportFilter[];
}

/** Every export the API offers (docs/adr/0009-exports.md), in the contract's order. */
export const REPORT_DEFINITIONS: Readonly<Record<ExportReport, ReportDefinition>> = {
  'candidate-packet': {
    report: 'candidate-packet',
    title: 'Candidate packet',
    description: 'One application: each interview’s questions and anchors, every rating with its evidence, panel statistics and the decision.',
    icon: 'assignment_ind',
    // The card narrows the application list by opening; only the application is sent.
    filters: ['application'],
  },
  'hiring-funnel': {
    report: 'hiring-funnel',
    title: 'Hiring funnel',
    description: 'Per opening and stage: entered, advanced, pass-through rate, median days in stage and time to hire. Small counts are flagged.',
    icon: 'filter_alt',
    filters: ['opening', 'days'],
  },
  'interviewer-calibration': {
    report: 'interviewer-calibration',
    title: 'Interviewer calibration',
    description: 'How far each interviewer rates from their panels, and how often they use the extremes, for interviews in the period.',
    icon: 'balance',
    filters: ['days'],
  },
  culture: {
    report: 'culture',
    title: 'Culture scores',
    description: 'Scores and trends per location and staff member, and the heatmap. Anything under the anonymity threshold stays suppressed.',
    icon: 'insights',
    filters: ['months', 'period'],
  },
  'leadership-goals': {
    report: 'leadership-goals',
    title: 'Leadership goals',
    description: 'Goals and check-ins, the upward trend and the self-versus-staff gap, per leader.',
    icon: 'flag',
    filters: ['leader'],
  },
  'audit-log': {
    report: 'audit-log',
    title: 'Audit log',
    description: 'Every audit event with before and after, actor and chain hash. Streams however many events there are.',
    icon: 'policy',
    filters: ['days'],
  },
  'adverse-impact': {
    report: 'adverse-impact',
    title: 'Adverse impact',
    description: 'Selection rates by self-identified group per opening and stage, impact ratios and the four-fifths flag. HR and owners only.',
    icon: 'diversity_3',
    filters: ['opening', 'stage'],
  },
  'quality-of-hire': {
    report: 'quality-of-hire',
    title: 'Quality of hire',
    description: 'Whether interview ratings predicted how hires did: correlations per competency, question and interviewer.',
    icon: 'query_stats',
    filters: [],
  },
};

export const FORMAT_LABELS: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'Excel (XLSX)', pdf: 'PDF' };

/** What a report card's form holds; only the fields of the report's filters are sent. */
export interface ReportFilterValues {
  format: ExportFormat;
  from: Date | null;
  to: Date | null;
  openingId: string;
  applicationId: string;
  leaderId: string;
  period: CulturePeriod;
  stage: SelectionStage | '';
}

export function formatsOf(report: ExportReport): readonly ExportFormat[] {
  return EXPORT_REPORT_FORMATS[report];
}

const month = (date: Date) => isoDay(date).slice(0, 7);

/**
 * The export's query parameters. Days are sent as `YYYY-MM-DD` (inclusive on both ends, as the API
 * reads them); culture takes whole months (`YYYY-MM`), like the culture pages.
 */
export function exportQuery(definition: ReportDefinition, values: ReportFilterValues): ExportQuery {
  const has = (filter: ReportFilter) => definition.filters.includes(filter);
  const query: ExportQuery = { format: formatsOf(definition.report).includes(values.format) ? values.format : formatsOf(definition.report)[0] };
  if (has('days') || has('months')) {
    const asText = has('months') ? month : isoDay;
    if (values.from) query['from'] = asText(values.from);
    if (values.to) query['to'] = asText(values.to);
  }
  if (has('opening') && values.openingId) query['openingId'] = values.openingId;
  if (has('application') && values.applicationId) query['applicationId'] = values.applicationId;
  if (has('leader') && values.leaderId) query['leaderId'] = values.leaderId;
  if (has('period')) query['period'] = values.period;
  if (has('stage') && values.stage) query['stage'] = values.stage;
  return query;
}
