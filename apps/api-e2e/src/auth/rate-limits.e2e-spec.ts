import request, { type Response } from 'supertest';
import { PASSWORD, uniqueEmail } from '../factories';
import { startApi, type ApiProcess } from '../support/api-process';
import { count, requireEnv } from '../support/db';
import { expectProblem } from '../support/http';

/** Low limits, set on two instances that share the database, as behind a load balancer. */
const LIMITS = { signupPerIp: 4, signupPerEmail: 2, invitePerOrganization: 3, invitePerIp: 5, windowSeconds: 3600 };

/**
 * Sign-up and invitations are rate limited per address and per organization (issue 13), with the
 * counters in PostgreSQL: requests alternate between two API instances and still meet one budget.
 */
describe('sign-up and invitation rate limits', () => {
  const instances: ApiProcess[] = [];
  let turn = 0;
  /** The next instance, round robin. */
  const next = () => request(instances[turn++ % instances.length].baseUrl);

  beforeAll(async () => {
    const env = {
      SIGNUP_LIMIT_PER_IP: String(LIMITS.signupPerIp),
      SIGNUP_LIMIT_PER_EMAIL: String(LIMITS.signupPerEmail),
      INVITE_LIMIT_PER_ORGANIZATION: String(LIMITS.invitePerOrganization),
      INVITE_LIMIT_PER_IP: String(LIMITS.invitePerIp),
      RATE_LIMIT_WINDOW_SECONDS: String(LIMITS.windowSeconds),
    };
    const url = requireEnv('E2E_DATABASE_URL');
    instances.push(...(await Promise.all([startApi(url, { name: 'rate-limit-a', env }), startApi(url, { name: 'rate-limit-b', env })])));
  });
  afterAll(async () => {
    await Promise.all(instances.map((i) => i.stop()));
  });

  const signup = (email = uniqueEmail('limited')) =>
    next().post('/api/auth/signup').send({ organizationName: 'Limited Clinic', name: 'Owner Person', email, password: PASSWORD });
  const invite = (token: string) =>
    next().post('/api/users').set('Authorization', `Bearer ${token}`).send({ email: uniqueEmail('invitee'), name: 'Invited Person', roles: ['staff'] });

  function expectLimited(res: Response): void {
    expectProblem(res, 429);
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(LIMITS.windowSeconds);
  }

  it('sign-ups per client address: the limit holds across two instances, and the refused one writes nothing', async () => {
    for (let i = 0; i < LIMITS.signupPerIp; i += 1) expect((await signup()).status).toBe(201);
    expectLimited(await signup());
    expectLimited(await signup());
    expect(await count('organizations')).toBe(LIMITS.signupPerIp);
    expect(await count('users')).toBe(LIMITS.signupPerIp);
  });

  it('sign-up attempts per email address, a taken address included (no probing which emails exist)', async () => {
    const email = uniqueEmail('probe');
    expect((await signup(email)).status).toBe(201);
    expectProblem(await signup(email), 409);
    expectLimited(await signup(email));
    expect(await count('organizations')).toBe(1);
    // Another address from the same client is still within its budget.
    expect((await signup()).status).toBe(201);
  });

  it('invitations per organization, then per client address, across two instances', async () => {
    const first = await signup();
    const second = await signup();
    const [a, b] = [String(first.body.accessToken), String(second.body.accessToken)];
    for (let i = 0; i < LIMITS.invitePerOrganization; i += 1) expect((await invite(a)).status).toBe(201);
    expectLimited(await invite(a));
    expect(await count('users')).toBe(2 + LIMITS.invitePerOrganization);
    // The other organization has its own budget, until the client's address has used its own.
    for (let i = LIMITS.invitePerOrganization; i < LIMITS.invitePerIp; i += 1) expect((await invite(b)).status).toBe(201);
    expectLimited(await invite(b));
    expect(await count('users')).toBe(2 + LIMITS.invitePerIp);
  });
});
