import { ArgumentsHost, ConflictException, NotFoundException } from '@nestjs/common';
import { OptimisticLockVersionMismatchError, QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { TenantViolationError } from '../tenancy/tenant-guard.subscriber';
import { ProblemDetailsFilter } from './problem-details.filter';
import { ValidationFailedException } from './validation-exception';

interface Sent {
  status?: number;
  headers: Record<string, string>;
  type?: string;
  body?: Record<string, unknown>;
  file?: string;
}

function run(exception: unknown, url = '/api/things', method = 'GET', spa = false): Sent {
  const sent: Sent = { headers: {} };
  const reply = {
    status: (s: number) => ((sent.status = s), reply),
    headers: (h: Record<string, string>) => (Object.assign(sent.headers, h), reply),
    type: (t: string) => ((sent.type = t), reply),
    send: (b: Record<string, unknown>) => ((sent.body = b), reply),
    sendFile: (f: string) => ((sent.file = f), reply),
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ url, method, id: 'req-1' }), getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  new ProblemDetailsFilter(spa).catch(exception, host);
  return sent;
}

const pgError = (code: string, detail = '') =>
  new QueryFailedError('INSERT', [], Object.assign(new Error('db'), { code, detail }));

describe('ProblemDetailsFilter', () => {
  it('renders HTTP errors as problem documents', () => {
    const sent = run(new NotFoundException('Location x was not found'));
    expect(sent.status).toBe(404);
    expect(sent.type).toBe('application/problem+json');
    expect(sent.body).toMatchObject({ status: 404, title: 'Not Found', detail: 'Location x was not found', requestId: 'req-1' });
  });

  it('lists field errors of a validation failure', () => {
    const sent = run(new ValidationFailedException([{ field: 'email', message: 'email is required' }]));
    expect(sent.status).toBe(400);
    expect(sent.body?.['errors']).toEqual([{ field: 'email', message: 'email is required' }]);
  });

  it('maps a unique violation to 409 naming the field', () => {
    const sent = run(pgError('23505', 'Key (organization_id, code)=(abc, DTN) already exists.'));
    expect(sent.status).toBe(409);
    expect(sent.body?.['errors']).toEqual([{ field: 'code', message: 'DTN is already in use' }]);
  });

  it('maps optimistic-lock failures to 409', () => {
    expect(run(new OptimisticLockVersionMismatchError('X', 1, 2)).status).toBe(409);
    expect(run(new ConflictException()).status).toBe(409);
  });

  it('hides a cross-tenant read behind a 404', () => {
    expect(run(new TenantViolationError()).status).toBe(404);
  });

  it('answers 503 with Retry-After when the database is unreachable', () => {
    const sent = run(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
    expect(sent.status).toBe(503);
    expect(sent.headers['retry-after']).toBe('5');
  });

  it("answers 503 when the server dropped a transaction's connection mid-request (found under load)", () => {
    expect(run(new QueryRunnerAlreadyReleasedError()).status).toBe(503);
    expect(run(new QueryRunnerProviderAlreadyReleasedError()).status).toBe(503);
  });

  it('does not leak internals of unexpected errors', () => {
    const sent = run(new Error('secret stack detail'));
    expect(sent.status).toBe(500);
    expect(JSON.stringify(sent.body)).not.toContain('secret');
  });

  it('serves index.html for unknown non-API pages when the admin is built', () => {
    expect(run(new NotFoundException(), '/settings/users', 'GET', true).file).toBe('index.html');
    expect(run(new NotFoundException(), '/api/nope', 'GET', true).status).toBe(404);
    expect(run(new NotFoundException(), '/main.js', 'GET', true).status).toBe(404);
  });
});
