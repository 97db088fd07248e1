import type { ExportFormat, ExportReport } from '@rapport/shared/contracts';
import { ValidationFailedException } from '../../common/filters/validation-exception';
import type { AuditService } from '../audit/audit.service';

/**
 * Exports are reads, but they take people data out of the system: who exported what, with which
 * filters (ids, never content), goes into the audit trail.
 */
export function recordExport(audit: AuditService, report: ExportReport, format: ExportFormat, filters: object): Promise<void> {
  const shown = Object.fromEntries(Object.entries(filters).filter(([key, v]) => key !== 'format' && v !== undefined));
  return audit.record({ action: 'export.downloaded', entityType: 'export', entityId: report, after: { format, filters: shown } });
}

/** 400 naming `from` when the range is reversed (dates or months compare as text). */
export function assertRange(from: string | undefined, to: string | undefined): void {
  if (from && to && from > to) throw new ValidationFailedException([{ field: 'from', message: 'from must not be after to' }]);
}

/** Today (UTC), for file names. */
export const today = (now = new Date()) => now.toISOString().slice(0, 10);
