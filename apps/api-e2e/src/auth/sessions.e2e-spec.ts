import { createHmac } from 'node:crypto';
import type { SessionResponse, User } from '@rapport/shared/contracts';
import { login, signup, userWithRoles, type Session } from '../factories';
import { query } from '../support/db';
import { api, bearer, expectProblem, expectStatus, requireRefreshCookie } from '../support/http';

/**
 * An access token belongs to a session (its refresh-token family, `sid` in the token): ending the
 * session ends the access token at once, not when its 15 minutes run out (issue 13).
 */
const me = (token: string) => api().get('/api/auth/me').set(bearer(token));
const refresh = (cookie: string) => api().post('/api/auth/refresh').set('Cookie', cookie);

async function setActive(owner: Session, userId: string, active: boolean): Promise<void> {
  const { version } = (await expectStatus(api().get(`/api/users/${userId}`).set(bearer(owner.token)), 200)).body as User;
  await expectStatus(api().patch(`/api/users/${userId}`).set(bearer(owner.token)).send({ active, version }), 200);
}

describe('sessions end at once', () => {
  it('logout with the cookie ends the access token of that session, and only that session', async () => {
    const owner = await signup('Logout Now Clinic');
    const other = await login(owner.email);
    await expectStatus(me(owner.token), 200);
    await expectStatus(api().post('/api/auth/logout').set(bearer(owner.token)).set('Cookie', owner.cookie), 204);
    expectProblem(await me(owner.token), 401);
    expectProblem(await refresh(owner.cookie), 401);
    await expectStatus(me(other.token), 200);
    await expectStatus(refresh(other.cookie), 200);
  });

  it('logout with the cookie alone ends the access tokens minted for it, rotated ones included', async () => {
    const owner = await signup('Cookie Only Clinic');
    const rotated = await expectStatus(refresh(owner.cookie), 200);
    const { accessToken } = rotated.body as SessionResponse;
    await expectStatus(api().post('/api/auth/logout').set('Cookie', requireRefreshCookie(rotated).pair), 204);
    expectProblem(await me(owner.token), 401);
    expectProblem(await me(accessToken), 401);
  });

  it('logout with only a bearer token also revokes that session’s refresh token', async () => {
    const owner = await signup('Bearer Logout Clinic');
    const other = await login(owner.email);
    await expectStatus(api().post('/api/auth/logout').set(bearer(owner.token)), 204);
    expectProblem(await me(owner.token), 401);
    expectProblem(await refresh(owner.cookie), 401);
    const live = await query<{ n: number }>(
      'SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL',
      [owner.user.id],
    );
    expect(live).toEqual([{ n: 1 }]); // the other session's token
    await expectStatus(me(other.token), 200);
  });

  it('logout with a forged bearer token ends nothing', async () => {
    const owner = await signup('Forged Logout Clinic');
    const [head, , signature] = owner.token.split('.');
    const claims = { sub: owner.user.id, org: owner.org.id, sid: '00000000-0000-4000-8000-000000000000' };
    const forged = `${head}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    await expectStatus(api().post('/api/auth/logout').set(bearer(forged)), 204);
    await expectStatus(me(owner.token), 200);
  });

  it('theft detection (a rotated refresh token replayed) ends the access tokens of the family too', async () => {
    const owner = await signup('Theft Ends Clinic');
    const rotated = await expectStatus(refresh(owner.cookie), 200);
    const { accessToken } = rotated.body as SessionResponse;
    expectProblem(await refresh(owner.cookie), 401); // replay of the rotated token
    expectProblem(await me(accessToken), 401);
  });

  it('deactivation ends every session at once, and reactivation does not revive them', async () => {
    const owner = await signup('Reactivate Clinic');
    const staff = await userWithRoles(owner, ['staff']);
    const second = await login(staff.email);
    await setActive(owner, staff.user.id, false);
    await setActive(owner, staff.user.id, true);
    for (const session of [staff, second]) {
      expectProblem(await me(session.token), 401);
      expectProblem(await refresh(session.cookie), 401);
    }
    // A fresh sign-in works: the account is back, the old sessions are not.
    const fresh = await login(staff.email);
    await expectStatus(me(fresh.token), 200);
  });

  it('a token without a session id is refused', async () => {
    const owner = await signup('No Sid Clinic');
    const [head, body, signature] = owner.token.split('.');
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
    expect(claims['sid']).toEqual(expect.any(String));
    // Re-signed with the run's secret (every API instance of the run shares E2E_JWT_SECRET).
    const secret = process.env['E2E_JWT_SECRET'] ?? '';
    expect(secret).not.toBe('');
    delete claims['sid'];
    const unsigned = `${head}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    const resigned = `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
    expect(resigned.split('.')[2]).not.toBe(signature);
    expectProblem(await me(resigned), 401);
  });
});
