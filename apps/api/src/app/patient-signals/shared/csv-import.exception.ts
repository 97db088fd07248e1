import type { CsvImportError } from '@rapport/shared/contracts';
import { ValidationFailedException } from '../../../common/filters/validation-exception';
import type { CsvProblem } from './csv-table';

/** A refused file: 400 whose `errors` list every problem with its line (and column); nothing written. */
export class CsvImportException extends ValidationFailedException {
  private readonly detail: string;

  constructor(problems: readonly CsvProblem[]) {
    super(
      problems.map(
        (p): CsvImportError => ({
          field: 'file',
          message: `line ${p.line}: ${p.reason}`,
          line: p.line,
          reason: p.reason,
          ...(p.column ? { column: p.column } : {}),
        }),
      ),
    );
    const identifier = problems.find((p) => p.reason.includes('patient identifier'));
    this.detail = identifier
      ? `The file carries patient identifiers (column "${identifier.column}"); nothing was imported`
      : `The file has ${problems.length} bad row${problems.length === 1 ? '' : 's'}; nothing was imported`;
    this.message = this.detail;
  }

  /** The problem document's `detail` (the filter reads it from here). */
  override getResponse(): string {
    return this.detail;
  }
}
