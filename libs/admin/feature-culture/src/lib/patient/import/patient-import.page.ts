import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { csvImportErrorRows, LatestLoadable, LocationsApi, PatientFeedbackApi, ReviewsApi } from '@rapport/admin/data-access';
import { CsvImportPanel, type CsvImportTexts, type CsvUpload } from '@rapport/admin/ui';
import {
  type CsvImportResult,
  type Location,
  PATIENT_FEEDBACK_ITEM_LABELS,
  PATIENT_FEEDBACK_ITEMS,
} from '@rapport/shared/contracts';
import { map } from 'rxjs';
import { formatDay } from '../../shared/labels';

/**
 * The sentences of one kind of import, counting its rows by name ("3 reviews"). Rows imported before are
 * skipped, so the import button counts only the new ones.
 */
export function patientCsvTexts(one: string, many: string): CsvImportTexts<CsvImportResult> {
  const count = (n: number) => `${n} ${n === 1 ? one : many}`;
  const newRows = (r: CsvImportResult) => Math.max(0, r.rows - r.duplicates);
  return {
    valid: (r) => ({
      lead: `The file is valid: ${count(r.rows)}`,
      rest: r.rows ? ` from ${formatDay(r.from)}${r.to !== r.from ? ` to ${formatDay(r.to)}` : ''}.` : '.',
    }),
    validDetail: (r) => (r.duplicates ? `${r.duplicates} already imported, skipped.` : 'None of them was imported before.'),
    canImport: (r) => newRows(r) > 0,
    importLabel: (r) => (newRows(r) ? `Import ${count(newRows(r))}` : 'Nothing new to import'),
    imported: (r) => ({
      lead: `Imported ${count(r.imported)}`,
      rest: `${r.duplicates ? `, skipped ${r.duplicates} already imported` : ''}.`,
    }),
    importedNotice: (r) => `Imported ${count(r.imported)}`,
    fixRows: '. Nothing was imported: fix these rows and choose the file again.',
  };
}

/** Imports of post-visit surveys and online reviews, each checked before anything is written. */
@Component({
  selector: 'rp-patient-import-page',
  imports: [CsvImportPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../../shared/culture-page.scss', '../../import/metrics-import.page.scss'],
  templateUrl: './patient-import.page.html',
})
export class PatientImportPage {
  private readonly feedbackApi = inject(PatientFeedbackApi);
  private readonly reviewsApi = inject(ReviewsApi);

  protected readonly locations = new LatestLoadable<Location[]>();
  protected readonly items = PATIENT_FEEDBACK_ITEMS;
  protected readonly itemLabels = PATIENT_FEEDBACK_ITEM_LABELS;
  protected readonly errorRows = csvImportErrorRows;
  protected readonly uploadFeedback: CsvUpload<CsvImportResult> = (file, dryRun) => this.feedbackApi.import(file, dryRun);
  protected readonly feedbackTexts = patientCsvTexts('survey response', 'survey responses');
  protected readonly uploadReviews: CsvUpload<CsvImportResult> = (file, dryRun) => this.reviewsApi.import(file, dryRun);
  protected readonly reviewsTexts = patientCsvTexts('review', 'reviews');

  constructor() {
    const api = inject(LocationsApi);
    this.locations.load(api.list().pipe(map((page) => [...page.items].sort((a, b) => a.code.localeCompare(b.code)))));
  }
}
