import type { ProblemDocument, ServiceMetricImportError } from '@rapport/shared/contracts';

/** One bad CSV row as the preview table shows it. */
export interface ImportErrorRow {
  /** The file's line number; `null` when the API named no line (a problem with the upload itself). */
  line: number | null;
  reason: string;
}

function isRowError(error: unknown): error is ServiceMetricImportError {
  const e = error as Partial<ServiceMetricImportError>;
  return typeof e.line === 'number' && typeof e.reason === 'string';
}

/**
 * The rows of a refused import, in file order. The API sends `errors: [{field: 'file', message, line, reason}]`
 * for bad rows; an error about the upload itself (not multipart, not UTF-8, too large) has no line, and
 * then its message is the reason. Field errors about other fields are not about the file and are left out.
 */
export function importErrorRows(problem: ProblemDocument): ImportErrorRow[] {
  const rows: ImportErrorRow[] = (problem.errors ?? [])
    .filter((error) => error.field === 'file')
    .map((error) => (isRowError(error) ? { line: error.line, reason: error.reason } : { line: null, reason: error.message }));
  return rows.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
