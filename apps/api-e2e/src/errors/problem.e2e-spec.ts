import { api, bearer, expectProblem, expectStatus } from '../support/http';
import { signup } from '../factories';

describe('errors are RFC 9457 problem documents; successes are JSON', () => {
  it('an unknown API route is a 404 problem', async () => {
    const res = await api().get('/api/no-such-route');
    expectProblem(res, 404);
  });

  it('401, 403, 404 and 400 share the shape, and 400 lists {field, message}', async () => {
    const owner = await signup('Problem Clinic');
    expectProblem(await api().get('/api/users'), 401);
    expectProblem(await api().get('/api/users/00000000-0000-4000-8000-000000000000').set(bearer(owner.token)), 404);

    const bad = await api().post('/api/locations').set(bearer(owner.token)).send({ name: 42 });
    expectProblem(bad, 400);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'name', message: expect.any(String) },
        { field: 'code', message: expect.any(String) },
      ]),
    );
  });

  it("the router's own refusals are problem documents too (a path segment over 100 characters: 414)", async () => {
    const res = await api().patch(`/api/locations/${'9'.repeat(402)}`).send({});
    expectProblem(res, 414);
    expect(res.body.detail).toBe('A path segment is too long');
  });

  it('a problem never leaks internals', async () => {
    const res = await api().post('/api/auth/login').set('Content-Type', 'application/json').send('{"email": ');
    expectProblem(res, 400);
    expect(JSON.stringify(res.body)).not.toMatch(/ at .*\.js:\d+|node_modules|QueryFailedError|stack/);
  });

  it('2xx bodies are application/json', async () => {
    const owner = await signup('Json Clinic');
    for (const path of ['/api/auth/me', '/api/users', '/api/locations', '/api/competencies', '/api/audit-events']) {
      const res = await expectStatus(api().get(path).set(bearer(owner.token)), 200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
    }
    const health = await expectStatus(api().get('/api/health'), 200);
    expect(health.headers['content-type']).toMatch(/^application\/json/);
  });
});
