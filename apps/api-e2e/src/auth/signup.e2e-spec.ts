import { CARE_STANDARD, type SignupResponse } from '@rapport/shared/contracts';
import { count, query } from '../support/db';
import { api, bearer, expectProblem, expectStatus, requireRefreshCookie } from '../support/http';
import { PASSWORD, signup, uniqueEmail } from '../factories';

describe('POST /api/auth/signup', () => {
  it('creates the organization, its owner and its care-standard competency library', async () => {
    const email = uniqueEmail('founder');
    const res = await expectStatus(
      api().post('/api/auth/signup').send({ organizationName: 'Lumen North', name: 'Ada Founder', email, password: PASSWORD }),
      201,
    );

    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.body as SignupResponse;
    expect(body).toEqual({
      accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      user: { id: expect.any(String), email, name: 'Ada Founder', roles: ['owner'] },
      organization: { id: expect.any(String), name: 'Lumen North' },
    });
    expect(JSON.stringify(body)).not.toMatch(/password|argon2/i);

    const cookie = requireRefreshCookie(res);
    expect(cookie.attributes).toEqual(expect.arrayContaining(['httponly', 'path=/api/auth']));

    expect(await count('organizations')).toBe(1);
    const users = await query('SELECT organization_id, email, password_hash FROM users');
    expect(users).toEqual([{ organization_id: body.organization.id, email, password_hash: expect.stringMatching(/^\$argon2id\$/) }]);

    const keys = await query<{ key: string }>('SELECT key FROM competencies WHERE organization_id = $1 ORDER BY key', [
      body.organization.id,
    ]);
    expect(keys.map((k) => k.key)).toEqual(CARE_STANDARD.map((c) => c.key).sort());
  });

  it('gives an access token that GET /api/auth/me accepts', async () => {
    const owner = await signup('Me Clinic');
    const res = await expectStatus(api().get('/api/auth/me').set(bearer(owner.token)), 200);
    expect(res.body).toEqual({ user: owner.user, organization: owner.org });
  });

  it('refuses an email that already has an account with 409 and writes nothing', async () => {
    const first = await signup('First Clinic');
    const res = await api()
      .post('/api/auth/signup')
      .send({ organizationName: 'Second Clinic', name: 'Copycat', email: first.email, password: PASSWORD });
    expectProblem(res, 409);
    expect(await count('organizations')).toBe(1);
    expect(await count('users')).toBe(1);
    expect(await count('competencies')).toBe(CARE_STANDARD.length);
  });

  it('refuses short and common passwords, naming the field, and writes nothing', async () => {
    for (const password of ['eleven-char', 'password1234', 'qwertyuiop12']) {
      const res = await api()
        .post('/api/auth/signup')
        .send({ organizationName: 'Weak Clinic', name: 'Weak', email: uniqueEmail('weak'), password });
      expectProblem(res, 400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['password']);
    }
    expect(await count('organizations')).toBe(0);
  });

  it('keeps organizations apart: each signup gets its own library', async () => {
    const a = await signup('Clinic A');
    const b = await signup('Clinic B');
    expect(a.org.id).not.toBe(b.org.id);
    expect(await count('competencies', { organization_id: a.org.id })).toBe(CARE_STANDARD.length);
    expect(await count('competencies', { organization_id: b.org.id })).toBe(CARE_STANDARD.length);
  });
});

describe('GET /api/auth/me', () => {
  it('is 401 without a token and with a forged one', async () => {
    expectProblem(await api().get('/api/auth/me'), 401);
    expectProblem(await api().get('/api/auth/me').set(bearer('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl')), 401);
  });
});
