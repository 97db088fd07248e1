import type { Response } from 'supertest';
import { api, expectProblem, expectStatus } from '../support/http';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function expectSecurityHeaders(res: Response): void {
  const csp = String(res.headers['content-security-policy'] ?? '');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
}

describe('response headers', () => {
  it('an API response carries the helmet headers and a fresh x-request-id per request', async () => {
    const first = await expectStatus(api().get('/api/health'), 200);
    const second = await expectStatus(api().get('/api/health'), 200);
    expectSecurityHeaders(first);
    expect(first.headers['x-request-id']).toMatch(UUID);
    expect(second.headers['x-request-id']).toMatch(UUID);
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
  });

  it('a refusal carries them too, and its problem document names the same request id', async () => {
    const res = await api().get('/api/auth/me');
    expectProblem(res, 401);
    expectSecurityHeaders(res);
    expect(res.headers['x-request-id']).toMatch(UUID);
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it("echoes a caller's well-formed x-request-id and replaces one that is not", async () => {
    const traced = await expectStatus(api().get('/api/health').set('x-request-id', 'lb-7f3a.trace_01'), 200);
    expect(traced.headers['x-request-id']).toBe('lb-7f3a.trace_01');
    const forged = await expectStatus(api().get('/api/health').set('x-request-id', 'bad id\twith "quotes"'), 200);
    expect(forged.headers['x-request-id']).toMatch(UUID);
  });
});
