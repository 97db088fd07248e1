import { SERVICE_METRICS, type ServiceMetricName } from '@rapport/shared/contracts';
import { CsvError, parse } from 'csv-parse/sync';
import { isMonth } from '../shared/dates';

/** Finds the subject of a row; keys are lower-case emails and upper-case location codes. */
export interface MetricLookup {
  staffByEmail: ReadonlyMap<string, string>;
  locationByCode: ReadonlyMap<string, string>;
}

export interface ParsedMetricRow {
  line: number;
  staffMemberId: string | null;
  locationId: string | null;
  period: string;
  metric: ServiceMetricName;
  value: number;
}

export interface CsvRowError {
  line: number;
  reason: string;
}

export interface ParsedMetrics {
  rows: ParsedMetricRow[];
  errors: CsvRowError[];
}

/** A file larger than this is refused as a whole (a practice has tens of people, not thousands). */
export const MAX_ROWS = 50_000;

const COLUMNS = ['staff_email', 'location_code', 'period', 'metric', 'value'] as const;
type Column = (typeof COLUMNS)[number];

const RATE = { min: 0, max: 1, hint: 'a fraction from 0 to 1 (e.g. 0.85 for 85%)' };
/** The values each metric can take: anything outside is an export mistake, not a bad month. */
export const METRIC_RANGES: Record<ServiceMetricName, { min: number; max: number; hint: string }> = {
  inquiry_response_minutes: { min: 0, max: Number.POSITIVE_INFINITY, hint: 'minutes, 0 or more' },
  calls_returned_rate: RATE,
  billing_error_rate: RATE,
  on_time_rate: RATE,
  review_rating: { min: 1, max: 5, hint: 'a rating from 1 to 5' },
  fee_estimate_given_rate: RATE,
  signed_fee_policy_rate: RATE,
};

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses and checks a service-metrics CSV (columns `staff_email` or `location_code`, `period` as
 * YYYY-MM, `metric`, `value`; header names are case-insensitive, column order is free). Every bad row
 * is reported with its line number and every reason, so one upload shows everything to fix; callers
 * write nothing unless `errors` is empty. `currentMonth` (YYYY-MM) refuses periods in the future.
 */
export function parseServiceMetricsCsv(text: string, lookup: MetricLookup, currentMonth?: string): ParsedMetrics {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    const line = error instanceof CsvError && typeof error['lines'] === 'number' ? error['lines'] : 1;
    return { rows: [], errors: [{ line, reason: `the file is not valid CSV: ${(error as Error).message}` }] };
  }
  if (records.length === 0) return { rows: [], errors: [{ line: 1, reason: 'the file is empty' }] };

  const [head, ...data] = records;
  const header = head.record.map((h) => h.toLowerCase());
  const headerError = checkHeader(header);
  if (headerError) return { rows: [], errors: [{ line: head.info.lines, reason: headerError }] };
  if (data.length === 0) return { rows: [], errors: [{ line: head.info.lines, reason: 'the file has a header but no data rows' }] };
  if (data.length > MAX_ROWS) {
    return { rows: [], errors: [{ line: data[MAX_ROWS].info.lines, reason: `the file has more than ${MAX_ROWS} rows; split it` }] };
  }

  const index = new Map(header.map((h, i) => [h as Column, i]));
  const rows: ParsedMetricRow[] = [];
  const errors: CsvRowError[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { record, info } of data) {
    const line = info.lines;
    const cell = (c: Column) => (index.has(c) ? (record[index.get(c) as number] ?? '') : '');
    const reasons: string[] = [];
    if (record.length !== header.length) reasons.push(`the row has ${record.length} fields; the header has ${header.length}`);
    const subject = resolveSubject(cell('staff_email'), cell('location_code'), lookup, reasons);
    const period = cell('period');
    if (!isMonth(period)) reasons.push(`period must be a month written YYYY-MM, got "${period}"`);
    else if (currentMonth && period > currentMonth) reasons.push(`period ${period} is in the future`);
    const metric = cell('metric').toLowerCase();
    const knownMetric = (SERVICE_METRICS as readonly string[]).includes(metric);
    if (!knownMetric) reasons.push(`metric "${metric}" is not one of: ${SERVICE_METRICS.join(', ')}`);
    const value = knownMetric ? checkValue(cell('value'), metric as ServiceMetricName, reasons) : null;
    if (reasons.length === 0 && subject && value !== null) {
      const key = `${subject.staffMemberId ?? ''}|${subject.locationId ?? ''}|${period}|${metric}`;
      const first = firstLineOf.get(key);
      if (first !== undefined) reasons.push(`repeats line ${first} (same subject, period and metric)`);
      else firstLineOf.set(key, line);
    }
    if (reasons.length) errors.push({ line, reason: reasons.join('; ') });
    else if (subject && value !== null) rows.push({ line, ...subject, period, metric: metric as ServiceMetricName, value });
  }
  return { rows: errors.length ? [] : rows, errors };
}

function checkHeader(header: string[]): string | null {
  const unknown = header.filter((h) => !(COLUMNS as readonly string[]).includes(h));
  if (unknown.length) return `unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (expected ${COLUMNS.join(', ')})`;
  const repeated = header.filter((h, i) => header.indexOf(h) !== i);
  if (repeated.length) return `column ${repeated[0]} appears twice`;
  const missing = (['period', 'metric', 'value'] as const).filter((c) => !header.includes(c));
  if (missing.length) return `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`;
  if (!header.includes('staff_email') && !header.includes('location_code')) {
    return 'the file needs a staff_email or a location_code column';
  }
  return null;
}

function resolveSubject(
  emailCell: string,
  codeCell: string,
  lookup: MetricLookup,
  reasons: string[],
): { staffMemberId: string | null; locationId: string | null } | null {
  if (emailCell && codeCell) {
    reasons.push('give staff_email or location_code, not both');
    return null;
  }
  if (!emailCell && !codeCell) {
    reasons.push('staff_email or location_code is required');
    return null;
  }
  if (emailCell) {
    const id = lookup.staffByEmail.get(emailCell.toLowerCase());
    if (!id) reasons.push(`no staff member has the email "${emailCell}"`);
    return id ? { staffMemberId: id, locationId: null } : null;
  }
  const id = lookup.locationByCode.get(codeCell.toUpperCase());
  if (!id) reasons.push(`no location has the code "${codeCell}"`);
  return id ? { staffMemberId: null, locationId: id } : null;
}

function checkValue(raw: string, metric: ServiceMetricName, reasons: string[]): number | null {
  const range = METRIC_RANGES[metric];
  if (raw === '') {
    reasons.push('value is required');
    return null;
  }
  if (raw.endsWith('%')) {
    reasons.push(`value "${raw}" for ${metric} must be ${range.hint}`);
    return null;
  }
  const value = NUMBER.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isFinite(value)) {
    reasons.push(`value "${raw}" is not a number`);
    return null;
  }
  if (value < range.min || value > range.max) {
    reasons.push(`value ${raw} for ${metric} must be ${range.hint}`);
    return null;
  }
  return value;
}
