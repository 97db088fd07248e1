import type { Injector } from '@angular/core';
import type { MatDialog } from '@angular/material/dialog';
import type { Observation } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { RecordObservationDialog, type RecordObservationData } from './record-observation.dialog';

/** Opens "Recognize or coach"; emits the saved observation, or `undefined` when cancelled. */
export function openRecordObservation(
  dialog: MatDialog,
  injector: Injector,
  data: RecordObservationData,
): Observable<Observation | undefined> {
  return dialog
    .open<RecordObservationDialog, RecordObservationData, Observation>(RecordObservationDialog, {
      data,
      // The page's injector carries the route's date adapter.
      injector,
      width: '560px',
      maxWidth: '95vw',
    })
    .afterClosed();
}
