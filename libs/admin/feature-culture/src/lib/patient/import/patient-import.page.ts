import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { LatestLoadable, LocationsApi } from '@rapport/admin/data-access';
import { type Location, PATIENT_FEEDBACK_ITEM_LABELS, PATIENT_FEEDBACK_ITEMS } from '@rapport/shared/contracts';
import { map } from 'rxjs';
import { CsvImportCard } from './csv-import-card';

/** Imports of post-visit surveys and online reviews, each checked before anything is written. */
@Component({
  selector: 'rp-patient-import-page',
  imports: [CsvImportCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../../shared/culture-page.scss', '../../import/metrics-import.page.scss'],
  templateUrl: './patient-import.page.html',
})
export class PatientImportPage {
  protected readonly locations = new LatestLoadable<Location[]>();
  protected readonly items = PATIENT_FEEDBACK_ITEMS;
  protected readonly itemLabels = PATIENT_FEEDBACK_ITEM_LABELS;

  constructor() {
    const api = inject(LocationsApi);
    this.locations.load(api.list().pipe(map((page) => [...page.items].sort((a, b) => a.code.localeCompare(b.code)))));
  }
}
