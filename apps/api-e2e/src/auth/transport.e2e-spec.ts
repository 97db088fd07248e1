import { PASSWORD, uniqueEmail } from '../factories';
import { startApi, type ApiProcess } from '../support/api-process';
import { requireEnv } from '../support/db';
import { api, bearer, expectStatus, requireRefreshCookie } from '../support/http';

/**
 * What an API deployed behind https sends, on a second instance configured like one: PUBLIC_URL is
 * https (NODE_ENV is not production, as on a staging host) and EXPOSE_QUERY_COUNT is not set.
 */
describe('an API whose public address is https', () => {
  let app: ApiProcess;
  const suiteApi = process.env['E2E_BASE_URL'];

  beforeAll(async () => {
    app = await startApi(requireEnv('E2E_DATABASE_URL'), {
      name: 'https-public-url',
      // '' is "unset": the default must be off.
      env: { PUBLIC_URL: 'https://rapport.example.test', EXPOSE_QUERY_COUNT: '' },
    });
    process.env['E2E_BASE_URL'] = app.baseUrl;
  });
  afterAll(async () => {
    process.env['E2E_BASE_URL'] = suiteApi;
    await app.stop();
  });

  it('marks the refresh cookie Secure on sign-up, login and refresh', async () => {
    const email = uniqueEmail('secure');
    const signed = await expectStatus(
      api().post('/api/auth/signup').send({ organizationName: 'Secure Clinic', name: 'Owner Person', email, password: PASSWORD }),
      201,
    );
    const login = await expectStatus(api().post('/api/auth/login').send({ email, password: PASSWORD }), 200);
    const refreshed = await expectStatus(api().post('/api/auth/refresh').set('Cookie', requireRefreshCookie(login).pair), 200);
    for (const res of [signed, login, refreshed]) {
      expect(requireRefreshCookie(res).attributes).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=strict']));
    }
  });

  it('sends no x-db-queries header unless EXPOSE_QUERY_COUNT is on', async () => {
    const email = uniqueEmail('count');
    const signed = await expectStatus(
      api().post('/api/auth/signup').send({ organizationName: 'Count Clinic', name: 'Owner Person', email, password: PASSWORD }),
      201,
    );
    const token = String(signed.body.accessToken);
    for (const path of ['/api/auth/me', '/api/users', '/api/locations', '/api/competencies']) {
      const res = await expectStatus(api().get(path).set(bearer(token)), 200);
      expect({ path, header: res.headers['x-db-queries'] }).toEqual({ path, header: undefined });
    }
    // The suite's own instance turns it on (the N+1 tests read it): the assertion above is not vacuous.
    process.env['E2E_BASE_URL'] = suiteApi;
    const onSuite = await expectStatus(api().get('/api/health'), 200);
    process.env['E2E_BASE_URL'] = app.baseUrl;
    expect(Number(onSuite.headers['x-db-queries'])).toBeGreaterThanOrEqual(0);
  });
});
