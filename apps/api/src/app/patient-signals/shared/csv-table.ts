import { CsvError, parse } from 'csv-parse/sync';
import { identifierColumnKind, identifierMessage, normaliseHeader } from './patient-identifiers';

export interface CsvProblem {
  line: number;
  reason: string;
  column?: string;
}

export interface CsvRecord {
  line: number;
  /** Trimmed cell by normalised column name; '' for an absent optional column. */
  cell: (column: string) => string;
  fieldCount: number;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  problems: CsvProblem[];
}

export interface CsvSchema {
  /** Columns that must be present. */
  required: readonly string[];
  /** Columns that may be present. */
  optional: readonly string[];
  /** Largest number of data rows accepted. */
  maxRows: number;
}

/**
 * Parses a CSV upload against a schema: header names are case- and separator-insensitive, column
 * order is free. A patient-identifier column, an unknown or repeated column, a missing required one,
 * an empty file or one over `maxRows` is a problem of the whole file (no records returned).
 */
export function readCsvTable(text: string, schema: CsvSchema): CsvTable {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof parsed;
  } catch (error) {
    const line = error instanceof CsvError && typeof error['lines'] === 'number' ? error['lines'] : 1;
    return { header: [], records: [], problems: [{ line, reason: `the file is not valid CSV: ${(error as Error).message}` }] };
  }
  const fail = (line: number, reason: string, column?: string): CsvTable => ({ header: [], records: [], problems: [{ line, reason, column }] });
  if (parsed.length === 0) return fail(1, 'the file is empty');
  const [head, ...data] = parsed;
  const known = [...schema.required, ...schema.optional];
  const header = head.record.map(normaliseHeader);

  for (const [i, raw] of head.record.entries()) {
    const kind = identifierColumnKind(raw, known);
    if (kind) return fail(head.info.lines, identifierMessage(raw, kind), raw);
    if (!known.includes(header[i])) return fail(head.info.lines, `unknown column "${raw}" (expected ${known.join(', ')})`, raw);
  }
  const repeated = header.find((h, i) => header.indexOf(h) !== i);
  if (repeated) return fail(head.info.lines, `column ${repeated} appears twice`, repeated);
  const missing = schema.required.filter((c) => !header.includes(c));
  if (missing.length) return fail(head.info.lines, `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  if (data.length === 0) return fail(head.info.lines, 'the file has a header but no data rows');
  if (data.length > schema.maxRows) return fail(data[schema.maxRows].info.lines, `the file has more than ${schema.maxRows} rows; split it`);

  const index = new Map(header.map((h, i) => [h, i]));
  const records = data.map(({ record, info }) => ({
    line: info.lines,
    fieldCount: record.length,
    cell: (column: string) => {
      const i = index.get(column);
      return i === undefined ? '' : (record[i] ?? '');
    },
  }));
  return { header, records, problems: [] };
}
