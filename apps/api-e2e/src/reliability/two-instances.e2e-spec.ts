import { Client } from 'pg';
import { acceptInvite, createUser, PASSWORD, signup, WRONG_PASSWORD } from '../factories';
import { startApi, THROTTLE, type ApiProcess } from '../support/api-process';
import { requireEnv } from '../support/db';
import { api, bearer, expectProblem, expectStatus, requireRefreshCookie } from '../support/http';
import { roundRobinProxy, type RoundRobinProxy } from '../support/round-robin-proxy';

/**
 * Two API processes on one database behind a round-robin proxy (no sticky sessions): sessions,
 * throttling and the scheduled retention job behave exactly as with one process.
 */
describe('two API instances behind a round-robin proxy', () => {
  const suiteApi = requireEnv('E2E_BASE_URL');
  let second: ApiProcess;
  let proxy: RoundRobinProxy;

  beforeAll(async () => {
    second = await startApi(requireEnv('E2E_DATABASE_URL'), { name: 'second-instance' });
    proxy = await roundRobinProxy([suiteApi, second.baseUrl]);
    process.env['E2E_BASE_URL'] = proxy.baseUrl;
  }, 90_000);
  afterAll(async () => {
    process.env['E2E_BASE_URL'] = suiteApi;
    await proxy?.close();
    await second?.stop();
  });

  it('keeps a session across instances: sign-up, invitation, refresh rotation and theft detection', async () => {
    const owner = await signup('Cluster practice');
    const invited = await createUser(owner.token, ['hr'], 'Hana');
    const hr = await acceptInvite(invited.invitationToken, invited.email);
    await expectStatus(api().get('/api/users').set(bearer(hr.token)), 200);
    // Each refresh lands on the other instance; rotation holds, and reuse of a rotated token kills the family.
    const c2 = requireRefreshCookie(await expectStatus(api().post('/api/auth/refresh').set('Cookie', owner.cookie), 200)).pair;
    const c3 = requireRefreshCookie(await expectStatus(api().post('/api/auth/refresh').set('Cookie', c2), 200)).pair;
    expectProblem(await api().post('/api/auth/refresh').set('Cookie', owner.cookie), 401);
    expectProblem(await api().post('/api/auth/refresh').set('Cookie', c3), 401);
    expect(new Set(proxy.served)).toEqual(new Set([0, 1]));
  });

  it('throttles failed sign-ins whichever instance answers', async () => {
    const owner = await signup('Throttle cluster');
    for (let i = 0; i < THROTTLE.perEmail; i++) {
      expectProblem(await api().post('/api/auth/login').send({ email: owner.email, password: WRONG_PASSWORD }), 401);
    }
    for (let i = 0; i < 2; i++) {
      const res = await api().post('/api/auth/login').send({ email: owner.email, password: PASSWORD });
      expectProblem(res, 429);
    }
  });

  it('runs the retention job under a PostgreSQL lock: never twice at once, whichever instance starts it', async () => {
    const owner = await signup('Retention cluster');
    const lock = new Client({ connectionString: requireEnv('E2E_DATABASE_URL') });
    await lock.connect();
    try {
      // Another instance holds the organization's retention lock: both instances skip.
      await lock.query('BEGIN');
      await lock.query(`SELECT pg_advisory_xact_lock(hashtext('rapport.retention:' || $1))`, [owner.org.id]);
      for (let i = 0; i < 2; i++) {
        const run = await expectStatus(api().post('/api/retention/run').set(bearer(owner.token)), 200);
        expect(run.body).toMatchObject({ skipped: true, erased: 0 });
      }
      await lock.query('COMMIT');
      const run = await expectStatus(api().post('/api/retention/run').set(bearer(owner.token)), 200);
      expect(run.body).toMatchObject({ skipped: false });
    } finally {
      await lock.end();
    }
  });
});
