import { PROBLEM_CONTENT_TYPE, REFRESH_COOKIE } from '@rapport/shared/contracts';
import request, { type Response, type Test } from 'supertest';
import { requireEnv } from './db';

/** supertest against the API started by the global setup. */
export function api(): ReturnType<typeof request> {
  return request(requireEnv('E2E_BASE_URL'));
}

export function bearer(token: string): { Authorization: string } {
  return { Authorization: `Bearer ${token}` };
}

/** Awaits a request and fails with the response body when the status is not the expected one. */
export async function expectStatus(test: Test, status: number): Promise<Response> {
  // supertest's Test carries the method and URL it was built with.
  const { method, url } = test as unknown as { method: string; url: string };
  const res = await test;
  if (res.status !== status) {
    throw new Error(
      `${method} ${url}: expected ${status}, got ${res.status}\n` +
        `content-type: ${String(res.headers['content-type'])}\n${JSON.stringify(res.body, null, 2) || res.text}`,
    );
  }
  return res;
}

/** Asserts an RFC 9457 problem document with the given status. */
export function expectProblem(res: Response, status: number): void {
  expect({ status: res.status, contentType: res.headers['content-type'] }).toEqual({
    status,
    contentType: expect.stringContaining(PROBLEM_CONTENT_TYPE),
  });
  expect(res.body).toEqual(
    expect.objectContaining({
      type: expect.any(String),
      title: expect.any(String),
      status,
      detail: expect.any(String),
    }),
  );
}

/** The fields named by a 400 problem's `errors`. */
export function errorFields(res: Response): string[] {
  expectProblem(res, 400);
  expect(Array.isArray(res.body.errors)).toBe(true);
  for (const e of res.body.errors as unknown[]) {
    expect(e).toEqual({ field: expect.any(String), message: expect.any(String) });
  }
  return (res.body.errors as { field: string }[]).map((e) => e.field);
}

export interface SetCookie {
  /** `rp_refresh=<value>`, ready for a Cookie header. */
  pair: string;
  value: string;
  attributes: string[];
}

/** The refresh cookie set by a response, or undefined. */
export function refreshCookie(res: Response): SetCookie | undefined {
  const raw = res.headers['set-cookie'] as unknown as string[] | string | undefined;
  const all = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const cookie = all.find((c) => c.startsWith(`${REFRESH_COOKIE}=`));
  if (!cookie) return undefined;
  const [pair, ...attributes] = cookie.split(';').map((s) => s.trim());
  return { pair, value: pair.slice(REFRESH_COOKIE.length + 1), attributes: attributes.map((a) => a.toLowerCase()) };
}

/** Like refreshCookie, but the cookie must be there and carry a value. */
export function requireRefreshCookie(res: Response): SetCookie {
  const cookie = refreshCookie(res);
  if (!cookie || cookie.value === '') {
    throw new Error(`no ${REFRESH_COOKIE} cookie in ${JSON.stringify(res.headers['set-cookie'])}`);
  }
  return cookie;
}
