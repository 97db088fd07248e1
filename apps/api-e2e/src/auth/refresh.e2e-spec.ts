import type { SessionResponse } from '@rapport/shared/contracts';
import { query } from '../support/db';
import { api, bearer, expectProblem, expectStatus, refreshCookie, requireRefreshCookie } from '../support/http';
import { login, signup } from '../factories';

function refresh(cookie?: string) {
  const req = api().post('/api/auth/refresh');
  return cookie ? req.set('Cookie', cookie) : req;
}

describe('POST /api/auth/refresh', () => {
  it('rotates: each use returns a new access token and a new refresh cookie', async () => {
    const owner = await signup('Rotate Clinic');
    const first = await expectStatus(refresh(owner.cookie), 200);
    const body = first.body as SessionResponse;
    expect(body).toEqual({ accessToken: expect.any(String), user: owner.user, organization: owner.org });
    const c2 = requireRefreshCookie(first);
    expect(c2.pair).not.toBe(owner.cookie);
    expect(c2.attributes).toEqual(expect.arrayContaining(['httponly', 'path=/api/auth']));
    await expectStatus(api().get('/api/auth/me').set(bearer(body.accessToken)), 200);

    const second = await expectStatus(refresh(c2.pair), 200);
    expect(requireRefreshCookie(second).pair).not.toBe(c2.pair);
  });

  it('treats reuse of a rotated token as theft: 401, and the whole family is revoked', async () => {
    const owner = await signup('Theft Clinic');
    const c2 = requireRefreshCookie(await expectStatus(refresh(owner.cookie), 200)).pair;
    const c3 = requireRefreshCookie(await expectStatus(refresh(c2), 200)).pair;

    expectProblem(await refresh(owner.cookie), 401); // the stolen, already rotated token
    expectProblem(await refresh(c3), 401); // the newest token of that family dies with it

    const live = await query('SELECT id FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL', [owner.user.id]);
    expect(live).toEqual([]);
  });

  it('is 401 without a cookie and with an unknown token', async () => {
    expectProblem(await refresh(), 401);
    expectProblem(await refresh('rp_refresh=not-a-real-token'), 401);
  });
});

describe('POST /api/auth/logout', () => {
  it('answers 204 and revokes the refresh token', async () => {
    const owner = await signup('Logout Clinic');
    const session = await login(owner.email);
    const res = await expectStatus(api().post('/api/auth/logout').set(bearer(session.token)).set('Cookie', session.cookie), 204);
    expect(res.text).toBe('');
    // The cookie is cleared in the browser, and the token is dead on the server whatever the browser does.
    expect(refreshCookie(res)?.value ?? '').toBe('');
    expectProblem(await refresh(session.cookie), 401);
    // The session signed up before is a different family and still works.
    await expectStatus(refresh(owner.cookie), 200);
  });
});
