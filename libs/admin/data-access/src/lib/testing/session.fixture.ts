import type { Role, SessionResponse } from '@rapport/shared/contracts';

/** A session body as the API returns it from login and refresh. */
export function sessionFixture(accessToken: string, roles: Role[] = ['owner']): SessionResponse {
  return {
    accessToken,
    user: { id: 'u1', email: 'owner@demo.rapport.test', name: 'Olivia Owner', roles },
    organization: { id: 'o1', name: 'Lumen Aesthetics' },
  };
}
