import { InjectionToken } from '@angular/core';

/**
 * Where the API lives. The API serves the admin in production and `nx serve admin` proxies `/api`,
 * so a relative base works everywhere and keeps requests same-origin (the refresh cookie needs that).
 */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', {
  providedIn: 'root',
  factory: () => '/api',
});
