import { PROBLEM_CONTENT_TYPE } from '@rapport/shared/contracts';
import { requireEnv } from '../support/db';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a route needs besides its method and template: filled by a route's `make` fixture builder. */
export interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** A JSON body (serialized here). */
  body?: unknown;
  /** A body sent verbatim with this content type (malformed JSON, wrong types, oversized payloads). */
  raw?: { contentType: string; payload: string };
  /** A multipart upload (the CSV imports). */
  file?: { field: string; name: string; content: string; contentType?: string };
  /** A Cookie header (refresh and logout authenticate by cookie). */
  cookie?: string;
  /**
   * The bearer token to send instead of the caller's: logout ends the session its bearer token
   * names, so probing it must end a fresh session, not the world's.
   */
  bearer?: string;
}

export interface Reply {
  status: number;
  contentType: string;
  text: string;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  json: unknown;
  bytes: Buffer;
}

/** `/api/interviews/{id}` with `{id}` filled (URL-encoded, so hostile ids stay one path segment). */
export function fillPath(template: string, params: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${template}: no value for {${name}}`);
    // A lone surrogate cannot be percent-encoded; send its replacement character instead.
    return encodeURIComponent((value as string & { toWellFormed(): string }).toWellFormed());
  });
}

function url(path: string, query?: Record<string, string>): string {
  const qs = query && Object.keys(query).length ? `?${new URLSearchParams(query).toString()}` : '';
  return `${requireEnv('E2E_BASE_URL')}${path}${qs}`;
}

/**
 * Sends one request with fetch (not supertest: the fuzzer needs exact control of the bytes and the
 * content type). `token` null means unauthenticated.
 */
export async function send(
  method: Method,
  template: string,
  call: Call,
  token: string | null,
): Promise<Reply> {
  const headers: Record<string, string> = {};
  const bearer = call.bearer ?? token;
  if (bearer) headers['authorization'] = `Bearer ${bearer}`;
  if (call.cookie) headers['cookie'] = call.cookie;
  let body: string | FormData | undefined;
  if (call.raw) {
    headers['content-type'] = call.raw.contentType;
    body = call.raw.payload;
  } else if (call.file) {
    const form = new FormData();
    form.append(
      call.file.field,
      new Blob([call.file.content], { type: call.file.contentType ?? 'text/csv' }),
      call.file.name,
    );
    body = form;
  } else if (call.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.body);
  }
  const target = url(fillPath(template, call.params), call.query);
  let res: Response;
  try {
    res = await fetch(target, { method, headers, body, signal: AbortSignal.timeout(20_000) });
  } catch (error) {
    // The server may answer 413 and close before an oversized body is fully written; fetch then
    // reports a socket error. That is a refusal, not a crash: the status is unknown, so say so.
    return {
      status: 0,
      contentType: '',
      text: `transport error: ${(error as Error).message}`,
      json: undefined,
      bytes: Buffer.alloc(0),
    };
  }
  const bytes = Buffer.from(await res.arrayBuffer());
  const contentType = res.headers.get('content-type') ?? '';
  const text = bytes.toString('utf8');
  let json: unknown;
  if (/json/.test(contentType)) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  return { status: res.status, contentType, text, json, bytes };
}

/** Why a 4xx reply is not an RFC 9457 problem document, or null when it is one. */
export function problemDefect(reply: Reply): string | null {
  if (!reply.contentType.includes(PROBLEM_CONTENT_TYPE))
    return `content-type ${reply.contentType || '(none)'}, not ${PROBLEM_CONTENT_TYPE}`;
  const body = reply.json as { type?: unknown; title?: unknown; status?: unknown } | undefined;
  if (!body || typeof body !== 'object') return 'body is not a JSON object';
  if (typeof body.type !== 'string' || typeof body.title !== 'string') return 'type or title missing';
  if (body.status !== reply.status)
    return `status field ${String(body.status)} ≠ HTTP status ${reply.status}`;
  return null;
}

/** A short description of a reply for failure messages. */
export function brief(reply: Reply): string {
  return `${reply.status} ${reply.text.slice(0, 300).replace(/\s+/g, ' ')}`;
}
