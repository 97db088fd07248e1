import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CultureSettings } from '@rapport/shared/contracts';
import type { Observable } from 'rxjs';
import { API_BASE_URL } from '../api/api-config';

/**
 * Highest anonymity minimum the API accepts (`UpdateCultureSettingsDto`). The lowest is the product's
 * floor, `ANONYMITY_MIN_RATERS` (3) in the contracts.
 */
export const ANONYMITY_MIN_RATERS_MAX = 50;

/** The organization's culture settings: how many raters peer and upward results need before they are shown. */
@Injectable({ providedIn: 'root' })
export class CultureSettingsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/culture/settings`;

  /** Anyone signed in. */
  get(): Observable<CultureSettings> {
    return this.http.get<CultureSettings>(this.base);
  }

  /** Owner and admin. */
  update(body: CultureSettings): Observable<CultureSettings> {
    return this.http.put<CultureSettings>(this.base, body);
  }
}
