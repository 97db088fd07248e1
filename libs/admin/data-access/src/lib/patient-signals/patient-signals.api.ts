import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { PatientSignals } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';
import { toParams } from '../culture/query-params';

export interface PatientSignalsQuery {
  /** `YYYY-MM`; the API defaults to the last 12 months. */
  from?: string;
  to?: string;
}

/** Patient signals per location and competency, next to the staff's scores, with the monthly response trend. */
@Injectable({ providedIn: 'root' })
export class PatientSignalsApi {
  private readonly http = inject(HttpClient);
  private readonly root = inject(API_BASE_URL);

  get(query: PatientSignalsQuery = {}): Observable<PatientSignals> {
    return this.http.get<PatientSignals>(`${this.root}/patient-signals`, { params: toParams(query) });
  }
}
