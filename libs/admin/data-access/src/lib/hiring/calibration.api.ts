import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { InterviewerCalibration } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';

export interface Period {
  /** ISO 8601 dates; either end may be open. */
  from?: string;
  to?: string;
}

@Injectable({ providedIn: 'root' })
export class CalibrationApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/analytics/interviewer-calibration`;

  /** Per interviewer: mean deviation from their panels' means (lenient > 0, severe < 0) and extreme ratings. */
  list(period: Period = {}): Observable<InterviewerCalibration[]> {
    let params = new HttpParams();
    if (period.from) params = params.set('from', period.from);
    if (period.to) params = params.set('to', period.to);
    return this.http.get<InterviewerCalibration[]>(this.base, { params });
  }
}
