import type { Test } from 'supertest';
import { api, bearer } from '../support/http';

export const SURVEY_HEADER = ['date', 'location_code', 'staff_emails', 'courteous', 'listened', 'fees_explained', 'same_day_reply', 'comment'];
export const REVIEW_HEADER = ['source', 'date', 'location_code', 'rating', 'text'];

export function upload(token: string, path: '/api/patient-feedback/import' | '/api/reviews/import', text: string, dryRun = false): Test {
  return api()
    .post(`${path}${dryRun ? '?dryRun=true' : ''}`)
    .set(bearer(token))
    .attach('file', Buffer.from(text), 'export.csv');
}

/** A CSV with proper quoting (cells may hold commas and quotes). */
export const quotedCsv = (rows: (string | number)[][]) =>
  rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\n') + '\n';
