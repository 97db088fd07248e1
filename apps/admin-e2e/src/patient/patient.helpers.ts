import { type APIRequestContext, expect } from '@playwright/test';
import { DEMO_PASSWORD, demoEmail } from '../support/app';

type Who = Parameters<typeof demoEmail>[0];

export interface ApiSession {
  token: string;
  userId: string;
}

/** Signs a demo user in through the API (for setting data up; the test itself drives the UI). */
export async function apiSession(request: APIRequestContext, who: Who): Promise<ApiSession> {
  const res = await request.post('/api/auth/login', { data: { email: demoEmail(who), password: DEMO_PASSWORD } });
  expect(res.status(), await res.text()).toBe(200);
  const body = (await res.json()) as { accessToken: string; user: { id: string } };
  return { token: body.accessToken, userId: body.user.id };
}

/** A JSON call that must answer `status`; returns the parsed body. */
export async function apiCall<T>(
  request: APIRequestContext,
  session: ApiSession,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  data?: object,
  status = method === 'POST' ? 201 : 200,
): Promise<T> {
  const res = await request.fetch(path, { method, data, headers: { Authorization: `Bearer ${session.token}` } });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBe(status);
  return (await res.json()) as T;
}

/** Uploads a CSV as the multipart field `file`, as the import pages do. */
export async function apiUpload(request: APIRequestContext, session: ApiSession, path: string, text: string): Promise<void> {
  const res = await request.post(path, {
    headers: { Authorization: `Bearer ${session.token}` },
    multipart: { file: { name: 'upload.csv', mimeType: 'text/csv', buffer: Buffer.from(text) } },
  });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(200);
}

/** A file for `setInputFiles`. */
export const csvFile = (name: string, lines: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n') + '\n') });

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD`, `days` before today (local time). */
export function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Survey rows naming Dr. Martins (the demo leader, Riverside `RVS`): courteous and listened map to
 * empathy, fees_explained to billing integrity. `tag` makes every row new, so a retry imports again.
 */
export function leaderSurveyLines(tag: string, count: number): string[] {
  const rows = Array.from({ length: count }, (_, i) => `${daysAgo(10 + i)},RVS,${demoEmail('leader')},${3 + (i % 3)},${2 + (i % 4)},4,Visit ${tag}-${i}`);
  return ['date,location_code,staff_emails,courteous,listened,fees_explained,comment', ...rows];
}

/** The number in a table cell, for "at least" checks (other tests of the run add data too). */
export async function cellNumber(text: Promise<string>): Promise<number> {
  return Number((await text).trim());
}
