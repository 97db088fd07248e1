import { HttpStatus } from '@nestjs/common';
import type { FieldError, ProblemDocument } from '@rapport/shared/contracts';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Problem type URIs are stable identifiers clients may switch on. */
const TYPES: Record<number, string> = {
  400: 'validation-error',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  428: 'precondition-required',
  429: 'too-many-requests',
  503: 'service-unavailable',
};

export function problem(
  status: number,
  detail: string | undefined,
  extra: { errors?: FieldError[]; instance?: string; requestId?: string; type?: string } = {},
): ProblemDocument {
  const slug = extra.type ?? TYPES[status] ?? (status >= 500 ? 'server-error' : 'client-error');
  const doc: ProblemDocument = {
    type: `https://rapport.dev/problems/${slug}`,
    title: TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error'),
    status,
  };
  if (detail) doc.detail = detail;
  if (extra.errors) doc.errors = extra.errors;
  if (extra.instance) doc.instance = extra.instance;
  if (extra.requestId) doc.requestId = extra.requestId;
  return doc;
}

export const isServerError = (status: number) => status >= HttpStatus.INTERNAL_SERVER_ERROR;
