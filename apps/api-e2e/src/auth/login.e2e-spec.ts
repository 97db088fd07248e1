import type { SessionResponse } from '@rapport/shared/contracts';
import { api, bearer, errorFields, expectProblem, expectStatus, requireRefreshCookie } from '../support/http';
import { PASSWORD, WRONG_PASSWORD, signup } from '../factories';

describe('POST /api/auth/login', () => {
  it('returns an access token, the user and the organization, and sets the refresh cookie', async () => {
    const owner = await signup('Login Clinic');
    const res = await expectStatus(api().post('/api/auth/login').send({ email: owner.email, password: PASSWORD }), 200);

    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.body as SessionResponse;
    expect(body).toEqual({ accessToken: expect.any(String), user: owner.user, organization: owner.org });
    expect(requireRefreshCookie(res).attributes).toEqual(expect.arrayContaining(['httponly', 'path=/api/auth']));
    await expectStatus(api().get('/api/auth/me').set(bearer(body.accessToken)), 200);
  });

  it('accepts the email in any letter case (emails are stored lower-cased)', async () => {
    const owner = await signup('Case Clinic');
    await expectStatus(api().post('/api/auth/login').send({ email: owner.email.toUpperCase(), password: PASSWORD }), 200);
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const owner = await signup('Secret Clinic');
    const wrong = await api().post('/api/auth/login').send({ email: owner.email, password: WRONG_PASSWORD });
    const unknown = await api().post('/api/auth/login').send({ email: 'nobody@e2e.rapport.test', password: WRONG_PASSWORD });

    expectProblem(wrong, 401);
    expectProblem(unknown, 401);
    // Same wording, so that the answer does not reveal which emails have an account.
    expect({ title: unknown.body.title, detail: unknown.body.detail, type: unknown.body.type }).toEqual({
      title: wrong.body.title,
      detail: wrong.body.detail,
      type: wrong.body.type,
    });
    expect(wrong.headers['set-cookie'] ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/^rp_refresh=[^;]+/)]));
  });

  it('names the missing fields with 400', async () => {
    const res = await api().post('/api/auth/login').send({});
    expect(errorFields(res)).toEqual(expect.arrayContaining(['email', 'password']));
  });
});
