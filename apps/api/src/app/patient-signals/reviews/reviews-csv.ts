import { readCsvTable, type CsvProblem } from '../shared/csv-table';
import { checkDay, checkLocation, checkScore, fingerprint } from '../shared/row-checks';

export const MAX_REVIEW_ROWS = 50_000;
export const MAX_REVIEW_TEXT = 5000;
export const MAX_SOURCE_LENGTH = 60;

export interface ParsedReviewRow {
  line: number;
  source: string;
  reviewedOn: string;
  locationId: string;
  rating: number;
  text: string;
  fingerprint: string;
}

/**
 * Online reviews CSV: `source, date, location_code, rating, text` (rating a whole 1–5). All rows or none.
 * Reviewer names are not accepted: an `author`/`name` column is refused as a patient identifier.
 */
export function parseReviewsCsv(
  text: string,
  locationByCode: ReadonlyMap<string, string>,
  todayIso: string,
): { rows: ParsedReviewRow[]; problems: CsvProblem[] } {
  const table = readCsvTable(text, { required: ['source', 'date', 'location_code', 'rating', 'text'], optional: [], maxRows: MAX_REVIEW_ROWS });
  if (table.problems.length) return { rows: [], problems: table.problems };
  const rows: ParsedReviewRow[] = [];
  const problems: CsvProblem[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of table.records) {
    const reasons: string[] = [];
    if (record.fieldCount !== table.header.length) reasons.push(`the row has ${record.fieldCount} fields; the header has ${table.header.length}`);
    const source = record.cell('source');
    if (!source) reasons.push('source is required (e.g. Google, Yelp, RealSelf)');
    else if (source.length > MAX_SOURCE_LENGTH) reasons.push(`source is longer than ${MAX_SOURCE_LENGTH} characters`);
    const reviewedOn = checkDay(record.cell('date'), todayIso, reasons);
    const locationId = checkLocation(record.cell('location_code'), locationByCode, reasons);
    const rating = checkScore(record.cell('rating'), 'rating', reasons);
    if (rating === undefined) reasons.push('rating is required');
    const body = record.cell('text');
    if (body.length > MAX_REVIEW_TEXT) reasons.push(`text is longer than ${MAX_REVIEW_TEXT} characters`);
    if (reasons.length === 0 && reviewedOn && locationId && typeof rating === 'number') {
      const print = fingerprint([source.toLowerCase(), reviewedOn, locationId, rating, body]);
      const first = firstLineOf.get(print);
      if (first !== undefined) reasons.push(`repeats line ${first}`);
      else {
        firstLineOf.set(print, record.line);
        rows.push({ line: record.line, source, reviewedOn, locationId, rating, text: body, fingerprint: print });
      }
    }
    if (reasons.length) problems.push({ line: record.line, reason: reasons.join('; ') });
  }
  return { rows: problems.length ? [] : rows, problems };
}
