import type { SessionResponse, User } from '@rapport/shared/contracts';
import { count, requireEnv } from '../support/db';
import { api, bearer, errorFields, expectProblem, expectStatus, requireRefreshCookie } from '../support/http';
import { PASSWORD, createUser, signup } from '../factories';

describe('invitations', () => {
  it('creating a user returns a one-time invitation link; accepting it sets the password and signs in', async () => {
    const owner = await signup('Invite Clinic');
    const invited = await createUser(owner.token, ['interviewer'], 'Ivy Interviewer');

    expect(invited.user).toEqual(
      expect.objectContaining({ email: invited.email, name: 'Ivy Interviewer', roles: ['interviewer'], active: true, invitationPending: true }),
    );
    expect(invited.invitationToken).toEqual(expect.any(String));
    expect(invited.invitationUrl.startsWith(requireEnv('E2E_BASE_URL'))).toBe(true);
    expect(invited.invitationUrl).toContain(encodeURIComponent(invited.invitationToken));
    expect(Date.parse(invited.invitationExpiresAt)).toBeGreaterThan(Date.now());
    // Only a hash of the token is stored.
    expect(await count('users', { invitation_token_hash: invited.invitationToken })).toBe(0);

    // No password yet: the invitee cannot sign in before accepting.
    expectProblem(await api().post('/api/auth/login').send({ email: invited.email, password: PASSWORD }), 401);

    const res = await expectStatus(
      api().post('/api/auth/accept-invite').send({ token: invited.invitationToken, password: PASSWORD }),
      200,
    );
    const session = res.body as SessionResponse;
    expect(session).toEqual({
      accessToken: expect.any(String),
      user: { id: invited.user.id, email: invited.email, name: 'Ivy Interviewer', roles: ['interviewer'] },
      organization: owner.org,
    });
    requireRefreshCookie(res);

    await expectStatus(api().post('/api/auth/login').send({ email: invited.email, password: PASSWORD }), 200);
    const after = await expectStatus(api().get(`/api/users/${invited.user.id}`).set(bearer(owner.token)), 200);
    expect((after.body as User).invitationPending).toBe(false);
  });

  it('an invitation token works once', async () => {
    const owner = await signup('Once Clinic');
    const invited = await createUser(owner.token, ['staff']);
    await expectStatus(api().post('/api/auth/accept-invite').send({ token: invited.invitationToken, password: PASSWORD }), 200);

    const again = await api()
      .post('/api/auth/accept-invite')
      .send({ token: invited.invitationToken, password: 'someone-elses-password' });
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect(again.status).toBeLessThan(500);
    expectProblem(again, again.status);

    // The second attempt changed nothing: the first password still works, the other does not.
    await expectStatus(api().post('/api/auth/login').send({ email: invited.email, password: PASSWORD }), 200);
    expectProblem(await api().post('/api/auth/login').send({ email: invited.email, password: 'someone-elses-password' }), 401);
  });

  it('refuses an unknown token with a 4xx problem', async () => {
    await signup('Unknown Token Clinic');
    const res = await api().post('/api/auth/accept-invite').send({ token: 'f'.repeat(43), password: PASSWORD });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expectProblem(res, res.status);
  });

  it('a too-short password is a 400 naming it, and the invitation stays usable', async () => {
    const owner = await signup('Short Clinic');
    const invited = await createUser(owner.token, ['staff']);
    const res = await api().post('/api/auth/accept-invite').send({ token: invited.invitationToken, password: 'short' });
    expect(errorFields(res)).toContain('password');
    await expectStatus(api().post('/api/auth/accept-invite').send({ token: invited.invitationToken, password: PASSWORD }), 200);
  });
});
