import type { Response } from 'supertest';
import request from 'supertest';
import { startApi, THROTTLE } from '../support/api-process';
import { count, requireEnv } from '../support/db';
import { api, expectProblem, expectStatus } from '../support/http';
import { PASSWORD, WRONG_PASSWORD, signup, uniqueEmail } from '../factories';

// The suite's API runs with LOGIN_THROTTLE_PER_EMAIL=5, LOGIN_THROTTLE_PER_IP=12 (see api-process.ts).

function expectThrottled(res: Response): void {
  expectProblem(res, 429);
  const retryAfter = Number(res.headers['retry-after']);
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(THROTTLE.windowSeconds);
}

describe('failed-login throttling', () => {
  it(`blocks an email after ${THROTTLE.perEmail} failures with 429 and Retry-After, even with the right password`, async () => {
    const owner = await signup('Throttle Clinic');
    for (let i = 0; i < THROTTLE.perEmail; i++) {
      expectProblem(await api().post('/api/auth/login').send({ email: owner.email, password: WRONG_PASSWORD }), 401);
    }
    // The right password must not get through either: otherwise guessing would still pay off.
    expectThrottled(await api().post('/api/auth/login').send({ email: owner.email, password: PASSWORD }));

    // Another account from the same address is not affected by this email's counter.
    const other = await signup('Neighbour Clinic');
    await expectStatus(api().post('/api/auth/login').send({ email: other.email, password: PASSWORD }), 200);
  });

  it(`blocks an address after ${THROTTLE.perIp} failures across different emails`, async () => {
    const owner = await signup('Spray Clinic');
    for (let i = 0; i < THROTTLE.perIp; i++) {
      const res = await api().post('/api/auth/login').send({ email: uniqueEmail('guess'), password: WRONG_PASSWORD });
      expectProblem(res, 401);
    }
    expectThrottled(await api().post('/api/auth/login').send({ email: uniqueEmail('guess'), password: WRONG_PASSWORD }));
    // Password spraying: a correct pair from the blocked address is refused as well.
    expectThrottled(await api().post('/api/auth/login').send({ email: owner.email, password: PASSWORD }));
  });

  it('lets at most the limit of parallel wrong passwords be checked; the rest get 429 at once', async () => {
    const owner = await signup('Burst Clinic');
    const burst = THROTTLE.perEmail * 3;
    const responses = await Promise.all(
      Array.from({ length: burst }, () => api().post('/api/auth/login').send({ email: owner.email, password: WRONG_PASSWORD })),
    );
    const rejected = responses.filter((res) => res.status === 401);
    const throttled = responses.filter((res) => res.status === 429);
    expect(rejected.length + throttled.length).toBe(burst);
    expect(rejected.length).toBeLessThanOrEqual(THROTTLE.perEmail);
    for (const res of rejected) expectProblem(res, 401);
    for (const res of throttled) expectThrottled(res);
    // Only the attempts that were checked count; the email's counter holds exactly those.
    expect(await count('login_attempts', { key: `email:${owner.email}` })).toBe(rejected.length);
    // The burst used up the email's allowance: the right password is refused too.
    expectThrottled(await api().post('/api/auth/login').send({ email: owner.email, password: PASSWORD }));
  });

  it('counts in PostgreSQL, so the limit holds across API instances', async () => {
    const owner = await signup('Cluster Clinic');
    const second = await startApi(requireEnv('E2E_DATABASE_URL'), { name: 'throttle-second' });
    try {
      const instances = [api(), request(second.baseUrl)];
      for (let i = 0; i < THROTTLE.perEmail; i++) {
        const res = await instances[i % 2].post('/api/auth/login').send({ email: owner.email, password: WRONG_PASSWORD });
        expectProblem(res, 401);
      }
      expect(await count('login_attempts')).toBeGreaterThanOrEqual(THROTTLE.perEmail);
      expectThrottled(await instances[0].post('/api/auth/login').send({ email: owner.email, password: PASSWORD }));
      expectThrottled(await instances[1].post('/api/auth/login').send({ email: owner.email, password: PASSWORD }));
    } finally {
      await second.stop();
    }
  });
});
