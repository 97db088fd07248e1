import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { importErrorRows, ServiceMetricsApi } from '@rapport/admin/data-access';
import { type ConfirmDialogData, CsvImportPanel, type CsvImportTexts, type CsvUpload } from '@rapport/admin/ui';
import { SERVICE_METRICS, type ServiceMetricImportResult } from '@rapport/shared/contracts';
import { formatPeriod, METRICS } from '../shared/labels';

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The months a file covers: one month, or the first to the last. */
function months({ periods }: ServiceMetricImportResult): string {
  const first = formatPeriod(periods[0] ?? '');
  return periods.length === 1 ? first : `${first} – ${formatPeriod(periods[periods.length - 1] ?? '')}`;
}

const TEXTS: CsvImportTexts<ServiceMetricImportResult> = {
  valid: (r) => ({ lead: `The file is valid: ${count(r.rows, 'row')}`, rest: ` for ${months(r)}.` }),
  validDetail: (r) => (r.replaced ? `${count(r.replaced, 'stored value')} would be replaced.` : 'Nothing stored would be replaced.'),
  importLabel: (r) => `Import ${count(r.rows, 'row')}`,
  imported: (r) => ({
    lead: `Imported ${count(r.imported, 'row')}`,
    rest: `${r.replaced ? `, replacing ${count(r.replaced, 'stored value')}` : ''}.`,
  }),
  importedNotice: (r) => `Imported ${r.imported} rows`,
  fixRows: '. Fix these rows and choose the file again.',
};

/** Importing a month again replaces its stored figures: ask first, saying how many. */
function confirmReplace(r: ServiceMetricImportResult): ConfirmDialogData | null {
  return r.replaced
    ? {
        title: 'Replace stored figures?',
        message: `${count(r.replaced, 'stored value')} for the same people, months and metrics will be replaced by the file's.`,
        confirmLabel: 'Replace and import',
      }
    : null;
}

/**
 * Service-metrics CSV import: choosing a file checks it at once (a dry run), bad rows are listed by line
 * with their reason, and only a clean file can be imported. Uploads show their progress.
 */
@Component({
  selector: 'rp-metrics-import-page',
  imports: [CsvImportPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/culture-page.scss', './metrics-import.page.scss'],
  templateUrl: './metrics-import.page.html',
})
export class MetricsImportPage {
  private readonly api = inject(ServiceMetricsApi);

  protected readonly upload: CsvUpload<ServiceMetricImportResult> = (file, dryRun) => this.api.import(file, dryRun);
  protected readonly errorRows = importErrorRows;
  protected readonly texts = TEXTS;
  protected readonly confirmReplace = confirmReplace;
  protected readonly metricNames = SERVICE_METRICS;
  protected readonly metrics = METRICS;
}
