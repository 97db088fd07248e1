import { HttpParams } from '@angular/common/http';

/** Query parameters from an object, leaving out what is undefined, null or empty. */
export function toParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(key, String(value));
  }
  return params;
}
