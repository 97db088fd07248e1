import type { ProblemDocument } from '@rapport/shared/contracts';
import { csvErrorRows } from '../api/csv-upload';

/** One bad CSV row of a service-metrics import as the preview table shows it. */
export interface ImportErrorRow {
  /** The file's line number; `null` when the API named no line (a problem with the upload itself). */
  line: number | null;
  reason: string;
}

/** The rows of a refused service-metrics import, in file order (see `csvErrorRows`). */
export function importErrorRows(problem: ProblemDocument): ImportErrorRow[] {
  return csvErrorRows(problem).map(({ line, reason }) => ({ line, reason }));
}
