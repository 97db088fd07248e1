import { PATIENT_FEEDBACK_ITEMS, type PatientFeedbackItem } from '@rapport/shared/contracts';
import { readCsvTable, type CsvProblem } from '../shared/csv-table';
import { identifierInText, identifierMessage } from '../shared/patient-identifiers';
import { checkDay, checkLocation, checkScore, fingerprint } from '../shared/row-checks';

export const MAX_FEEDBACK_ROWS = 50_000;
export const MAX_COMMENT_LENGTH = 2000;

export interface FeedbackLookup {
  staffByEmail: ReadonlyMap<string, string>;
  locationByCode: ReadonlyMap<string, string>;
}

export interface ParsedFeedbackRow {
  line: number;
  respondedOn: string;
  locationId: string;
  staffMemberIds: string[];
  scores: Partial<Record<PatientFeedbackItem, number>>;
  comment: string | null;
  fingerprint: string;
}

export interface ParsedFeedback {
  rows: ParsedFeedbackRow[];
  problems: CsvProblem[];
}

/**
 * Post-visit survey CSV: `date`, `location_code`, optional `staff_emails` (`;`-separated staff emails),
 * any of the item columns (1–5, blank when not answered), optional `comment` and `response_id`.
 * All rows or none: every bad row is reported with its line, and a comment carrying an email address
 * or phone number is refused (it identifies a patient).
 */
export function parseFeedbackCsv(text: string, lookup: FeedbackLookup, todayIso: string): ParsedFeedback {
  const table = readCsvTable(text, {
    required: ['date', 'location_code'],
    optional: ['staff_emails', ...PATIENT_FEEDBACK_ITEMS, 'comment', 'response_id'],
    maxRows: MAX_FEEDBACK_ROWS,
  });
  if (table.problems.length) return { rows: [], problems: table.problems };
  const items = PATIENT_FEEDBACK_ITEMS.filter((i) => table.header.includes(i));
  if (items.length === 0) {
    return { rows: [], problems: [{ line: 1, reason: `the file needs at least one item column: ${PATIENT_FEEDBACK_ITEMS.join(', ')}` }] };
  }
  const rows: ParsedFeedbackRow[] = [];
  const problems: CsvProblem[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of table.records) {
    const reasons: string[] = [];
    let column: string | undefined;
    if (record.fieldCount !== table.header.length) reasons.push(`the row has ${record.fieldCount} fields; the header has ${table.header.length}`);
    const respondedOn = checkDay(record.cell('date'), todayIso, reasons);
    const locationId = checkLocation(record.cell('location_code'), lookup.locationByCode, reasons);
    const staffMemberIds = staffIds(record.cell('staff_emails'), lookup.staffByEmail, reasons);
    const scores: Partial<Record<PatientFeedbackItem, number>> = {};
    for (const item of items) {
      const score = checkScore(record.cell(item), item, reasons);
      if (typeof score === 'number') scores[item] = score;
    }
    if (Object.keys(scores).length === 0 && !reasons.some((r) => r.includes('must be a whole number'))) {
      reasons.push('the row answers no item');
    }
    const comment = record.cell('comment');
    if (comment.length > MAX_COMMENT_LENGTH) reasons.push(`comment is longer than ${MAX_COMMENT_LENGTH} characters`);
    const kind = comment ? identifierInText(comment) : null;
    if (kind) {
      reasons.push(`${identifierMessage('comment', kind)} (or remove it from this comment)`);
      column = 'comment';
    }
    const responseId = record.cell('response_id');
    if (responseId.length > 100) reasons.push('response_id is longer than 100 characters');
    if (reasons.length === 0 && respondedOn && locationId) {
      const row: ParsedFeedbackRow = {
        line: record.line,
        respondedOn,
        locationId,
        staffMemberIds,
        scores,
        comment: comment || null,
        fingerprint: fingerprint(responseId ? ['id', responseId] : [respondedOn, locationId, [...staffMemberIds].sort(), sortedEntries(scores), comment]),
      };
      const first = firstLineOf.get(row.fingerprint);
      if (first !== undefined) reasons.push(`repeats line ${first}`);
      else {
        firstLineOf.set(row.fingerprint, record.line);
        rows.push(row);
      }
    }
    if (reasons.length) problems.push({ line: record.line, reason: reasons.join('; '), ...(column ? { column } : {}) });
  }
  return { rows: problems.length ? [] : rows, problems };
}

function staffIds(raw: string, byEmail: ReadonlyMap<string, string>, reasons: string[]): string[] {
  const emails = raw
    .split(/[;,\s]+/)
    .map((e) => e.trim())
    .filter(Boolean);
  const ids: string[] = [];
  for (const email of emails) {
    const id = byEmail.get(email.toLowerCase());
    // Not a staff member: possibly a patient's address; never stored, and the row is refused.
    if (!id) reasons.push(`staff_emails: no staff member has the email "${email}"`);
    else if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

const sortedEntries = (o: Record<string, number>) => Object.entries(o).sort(([a], [b]) => a.localeCompare(b));
