import type { CreateUserResponse, Role, SessionResponse, SignupResponse } from '@rapport/shared/contracts';
import { api, bearer, expectStatus, requireRefreshCookie } from '../support/http';

/** A password the API accepts (long enough); tests that need a wrong one use WRONG_PASSWORD. */
export const PASSWORD = 'correct-horse-battery-42';
export const WRONG_PASSWORD = 'not-the-password-at-all';

let sequence = 0;
export function uniqueEmail(prefix = 'person'): string {
  sequence += 1;
  return `${prefix}.${Date.now().toString(36)}.${sequence}@e2e.rapport.test`;
}

export interface Session {
  token: string;
  user: SessionResponse['user'];
  org: SessionResponse['organization'];
  /** `rp_refresh=<value>` for a Cookie header. */
  cookie: string;
  email: string;
  password: string;
}

/** Signs up a new organization with its owner. */
export async function signup(orgName = 'Practice'): Promise<Session> {
  const email = uniqueEmail('owner');
  const res = await expectStatus(
    api().post('/api/auth/signup').send({ organizationName: orgName, name: `Owner of ${orgName}`, email, password: PASSWORD }),
    201,
  );
  const body = res.body as SignupResponse;
  return { token: body.accessToken, user: body.user, org: body.organization, cookie: requireRefreshCookie(res).pair, email, password: PASSWORD };
}

export async function login(email: string, password = PASSWORD): Promise<Session> {
  const res = await expectStatus(api().post('/api/auth/login').send({ email, password }), 200);
  const body = res.body as SessionResponse;
  return { token: body.accessToken, user: body.user, org: body.organization, cookie: requireRefreshCookie(res).pair, email, password };
}

/** Creates (invites) a user as `token`'s caller. */
export async function createUser(token: string, roles: Role[], name = 'Invited Person'): Promise<CreateUserResponse & { email: string }> {
  const email = uniqueEmail(roles.join('-') || 'user');
  const res = await expectStatus(api().post('/api/users').set(bearer(token)).send({ email, name, roles }), 201);
  return { ...(res.body as CreateUserResponse), email };
}

export async function acceptInvite(invitationToken: string, email: string, password = PASSWORD): Promise<Session> {
  const res = await expectStatus(api().post('/api/auth/accept-invite').send({ token: invitationToken, password }), 200);
  const body = res.body as SessionResponse;
  return { token: body.accessToken, user: body.user, org: body.organization, cookie: requireRefreshCookie(res).pair, email, password };
}

/** A signed-in user of `owner`'s organization holding `roles` (invited, then accepted). */
export async function userWithRoles(owner: Session, roles: Role[]): Promise<Session> {
  const created = await createUser(owner.token, roles);
  return acceptInvite(created.invitationToken, created.email);
}
