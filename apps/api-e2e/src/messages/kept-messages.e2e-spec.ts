import type { Message, Page } from '@rapport/shared/contracts';
import { acceptInvite, createUser, login, PASSWORD, signup, uniqueEmail, userWithRoles, type Session } from '../factories';
import { count, query } from '../support/db';
import { api, bearer, expectProblem, expectStatus, requireRefreshCookie } from '../support/http';
import { tokenIn } from './mail-server';

/**
 * The suite's API runs without SMTP_URL: every message is kept, not sent, and owners and admins
 * read it at GET /api/messages (the offline demo's Settings → Messages).
 */
const NEW_PASSWORD = 'a-brand-new-passphrase-77';

async function messages(session: Session, params = ''): Promise<Page<Message>> {
  return (await expectStatus(api().get(`/api/messages${params}`).set(bearer(session.token)), 200)).body as Page<Message>;
}

/** The reset token from the newest kept password_reset message to `email`, read as the owner. */
async function keptResetToken(owner: Session, email: string): Promise<string> {
  const page = await messages(owner, `?kind=password_reset&to=${encodeURIComponent(email)}`);
  return tokenIn(page.items[0]?.text, '/reset-password');
}

describe('kept messages (no SMTP_URL)', () => {
  it('keeps the invitation message in the transaction that creates the user, with a link that accepts it', async () => {
    const owner = await signup('Kept practice');
    const invited = await createUser(owner.token, ['staff'], 'Kim Kept');
    expect(invited.invitationDelivery).toBe('kept');
    const page = await messages(owner);
    expect(page.items).toHaveLength(1);
    const [message] = page.items;
    expect(message).toMatchObject({ kind: 'invitation', to: invited.email, status: 'kept', sentAt: null, error: null });
    expect(message.subject).toContain('Kept practice');
    expect(tokenIn(message.text, '/accept-invite')).toBe(invited.invitationToken);
    expect(tokenIn(message.html, '/accept-invite')).toBe(invited.invitationToken);
    // The link in the kept message works: following it sets the password and signs in.
    const staff = await acceptInvite(tokenIn(message.text, '/accept-invite'), invited.email);
    expect(staff.user.email).toBe(invited.email);
    // A refused creation writes no message (same transaction).
    await expectStatus(api().post('/api/users').set(bearer(owner.token)).send({ email: invited.email, name: 'Twin', roles: ['staff'] }), 409);
    expect(await count('messages', { organization_id: owner.org.id })).toBe(1);
  });

  it('lists messages to owners and admins only, filtered by recipient and kind, page by page; another organization sees none', async () => {
    const owner = await signup('Listing practice');
    const admin = await userWithRoles(owner, ['admin']);
    const hr = await userWithRoles(owner, ['hr']);
    const staff = await userWithRoles(owner, ['staff', 'leader']);
    const other = await signup('Other practice');
    const first = await messages(owner, '?limit=1');
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await messages(owner, `?limit=1&cursor=${encodeURIComponent(first.nextCursor ?? '')}`);
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect((await messages(admin)).items).toHaveLength(3);
    const toHr = await messages(admin, `?to=${encodeURIComponent(hr.email.toUpperCase())}&kind=invitation`);
    expect(toHr.items.map((m) => m.to)).toEqual([hr.email]);
    expect((await messages(owner, '?kind=password_reset')).items).toEqual([]);
    for (const refused of [hr, staff]) expectProblem(await api().get('/api/messages').set(bearer(refused.token)), 403);
    expectProblem(await api().get('/api/messages'), 401);
    expect((await messages(other)).items).toEqual([]);
    expectProblem(await api().get('/api/messages?kind=newsletter').set(bearer(owner.token)), 400);
  });

  it('resends an invitation with a fresh link and the old link stops working; accepted, deactivated or foreign users are refused', async () => {
    const owner = await signup('Resend practice');
    const invited = await createUser(owner.token, ['staff'], 'Rory Resend');
    const resent = await expectStatus(api().post(`/api/users/${invited.user.id}/invitation`).set(bearer(owner.token)), 201);
    expect(resent.body).toMatchObject({ user: { id: invited.user.id, invitationPending: true }, invitationDelivery: 'kept' });
    const freshToken = (resent.body as { invitationToken: string }).invitationToken;
    expect(freshToken).not.toBe(invited.invitationToken);
    const list = await messages(owner, `?to=${encodeURIComponent(invited.email)}`);
    expect(list.items.map((m) => tokenIn(m.text, '/accept-invite'))).toEqual([freshToken, invited.invitationToken]);
    expectProblem(await api().post('/api/auth/accept-invite').send({ token: invited.invitationToken, password: PASSWORD }), 400);
    await acceptInvite(freshToken, invited.email);
    expectProblem(await api().post(`/api/users/${invited.user.id}/invitation`).set(bearer(owner.token)), 409);

    const other = await signup('Foreign practice');
    expectProblem(await api().post(`/api/users/${invited.user.id}/invitation`).set(bearer(other.token)), 404);
    const leaving = await createUser(owner.token, ['staff'], 'Lee Leaving');
    await expectStatus(api().patch(`/api/users/${leaving.user.id}`).set(bearer(owner.token)).send({ active: false, version: leaving.user.version }), 200);
    expectProblem(await api().post(`/api/users/${leaving.user.id}/invitation`).set(bearer(owner.token)), 409);
    expect(await count('messages', { user_id: leaving.user.id })).toBe(1);
  });

  it('answers 202 to a reset request whatever the address, and writes a message only for an account', async () => {
    const owner = await signup('Reset practice');
    await expectStatus(api().post('/api/auth/password-reset').send({ email: uniqueEmail('nobody') }), 202);
    expect(await count('messages')).toBe(0);
    const invited = await createUser(owner.token, ['staff']); // no password yet: nothing to reset
    await expectStatus(api().post('/api/auth/password-reset').send({ email: invited.email }), 202);
    await expectStatus(api().post('/api/auth/password-reset').send({ email: owner.email.toUpperCase() }), 202);
    expect(await count('messages', { kind: 'password_reset' })).toBe(1);
    expectProblem(await api().post('/api/auth/password-reset').send({ email: 'not-an-email' }), 400);
    // Kept mode is the offline demo: the owner reads the link in Settings → Messages.
    const [message] = (await messages(owner, '?kind=password_reset')).items;
    expect(message).toMatchObject({ to: owner.email, status: 'kept' });
    expect(tokenIn(message.html, '/reset-password')).toBe(tokenIn(message.text, '/reset-password'));
    // Only the hash of the token is stored with the reset.
    const [reset] = await query<{ token_hash: string }>('SELECT token_hash FROM password_resets');
    expect(reset.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(message.text).not.toContain(reset.token_hash);
  });

  it('resets a password once with the emailed token, ends every other session, and follows the password rules', async () => {
    const owner = await signup('Single use practice');
    const elsewhere = await login(owner.email);
    await expectStatus(api().post('/api/auth/password-reset').send({ email: owner.email }), 202);
    const token = await keptResetToken(owner, owner.email);
    expectProblem(await api().post('/api/auth/password-reset/confirm').send({ token, password: 'short' }), 400);
    await expectStatus(api().post('/api/auth/password-reset/confirm').send({ token, password: NEW_PASSWORD }), 204);
    expectProblem(await api().post('/api/auth/password-reset/confirm').send({ token, password: 'yet-another-passphrase-1' }), 400);
    for (const cookie of [owner.cookie, elsewhere.cookie]) expectProblem(await api().post('/api/auth/refresh').set('Cookie', cookie), 401);
    expectProblem(await api().post('/api/auth/login').send({ email: owner.email, password: PASSWORD }), 401);
    const fresh = await expectStatus(api().post('/api/auth/login').send({ email: owner.email, password: NEW_PASSWORD }), 200);
    requireRefreshCookie(fresh);
  });

  it('voids a reset link after an hour, and an older link once a newer one is asked for', async () => {
    const owner = await signup('Expiry practice');
    await expectStatus(api().post('/api/auth/password-reset').send({ email: owner.email }), 202);
    const first = await keptResetToken(owner, owner.email);
    await expectStatus(api().post('/api/auth/password-reset').send({ email: owner.email }), 202);
    const second = await keptResetToken(owner, owner.email);
    expect(second).not.toBe(first);
    expectProblem(await api().post('/api/auth/password-reset/confirm').send({ token: first, password: NEW_PASSWORD }), 400);
    // An hour later (the clock is the row's expiry): the newest link no longer works either.
    await query(`UPDATE password_resets SET expires_at = now() - interval '1 second' WHERE used_at IS NULL`);
    expectProblem(await api().post('/api/auth/password-reset/confirm').send({ token: second, password: NEW_PASSWORD }), 400);
    await login(owner.email, PASSWORD);
  });

  it('rate limits reset requests per address, with Retry-After, for unknown addresses alike', async () => {
    const owner = await signup('Limit practice');
    for (const email of [owner.email, uniqueEmail('ghost')]) {
      for (let i = 0; i < 3; i++) await expectStatus(api().post('/api/auth/password-reset').send({ email }), 202);
      const res = await api().post('/api/auth/password-reset').send({ email });
      expectProblem(res, 429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(await count('messages', { kind: 'password_reset' })).toBe(3);
  });

  it("shows a kept reset link of an owner or HR user to owners only, so an admin cannot take over their account", async () => {
    const owner = await signup('Takeover practice');
    const admin = await userWithRoles(owner, ['admin']);
    const hr = await userWithRoles(owner, ['hr']);
    const staff = await userWithRoles(owner, ['staff']);
    for (const person of [owner, hr, staff]) {
      await expectStatus(api().post('/api/auth/password-reset').send({ email: person.email }), 202);
    }
    const asAdmin = (await messages(admin, '?kind=password_reset')).items;
    const bodyFor = (items: Message[], email: string) => items.find((m) => m.to === email);
    for (const guarded of [owner, hr]) expect(bodyFor(asAdmin, guarded.email)).toMatchObject({ status: 'kept', text: null, html: null });
    // A staff member's link stays readable to the admin: that is how the offline demo resets it.
    expect(tokenIn(bodyFor(asAdmin, staff.email)?.text, '/reset-password')).toEqual(expect.any(String));
    const asOwner = (await messages(owner, '?kind=password_reset')).items;
    for (const person of [owner, hr, staff]) {
      expect(tokenIn(bodyFor(asOwner, person.email)?.text, '/reset-password')).toEqual(expect.any(String));
    }
  });

  it('refuses a new password equal to the email or the name on reset, and keeps the link usable', async () => {
    const owner = await signup('Personal practice');
    await expectStatus(api().post('/api/auth/password-reset').send({ email: owner.email }), 202);
    const token = await keptResetToken(owner, owner.email);
    const refused = await api().post('/api/auth/password-reset/confirm').send({ token, password: owner.email });
    expectProblem(refused, 400);
    await expectStatus(api().post('/api/auth/password-reset/confirm').send({ token, password: NEW_PASSWORD }), 204);
  });
});
