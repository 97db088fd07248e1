import type { Role } from '@rapport/shared/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { createUser, login, PASSWORD, uniqueEmail } from '../factories';
import { query } from '../support/db';
import { api, bearer, expectStatus } from '../support/http';
import type { Call, Method } from './client';
import { ANY, c0, id, next, ORG_ADMINS, PEOPLE_READERS, route, type RouteSpec } from './route-spec';
import { CULTURE_ROUTES } from './routes-culture';
import { HIRING_ROUTES } from './routes-hiring';
import { REPORT_ROUTES } from './routes-reports';
import { as, currentVersion, freshLocation, type World } from './world';

export type { RouteSpec } from './route-spec';

// The table is split by part of the API (routes-*.ts); route-spec.ts says what a row holds.

async function freshCookie(w: World, role: Role | null): Promise<Call> {
  return { cookie: (await login(as(w, role).email)).cookie };
}

/** Sign-up, sessions and health (public by design), users, locations, the care standard, audit. */
const ORGANIZATION_ROUTES: RouteSpec[] = [
  // ----------------------------------------------------------------- auth and health (public by design)
  route(
    'POST',
    '/api/auth/signup',
    'public',
    () => ({
      body: {
        organizationName: 'Fresh practice',
        name: 'Fresh Owner',
        email: uniqueEmail('fresh'),
        password: PASSWORD,
      },
    }),
    // Sign-ups are counted before they are checked (a taken email too): rate limits.
    { writesOnReject: ['rate_limit_events'] },
  ),
  route(
    'POST',
    '/api/auth/login',
    'public',
    (w, role) => ({ body: { email: as(w, role).email, password: PASSWORD } }),
    {
      writesOnReject: ['login_attempts'],
    },
  ),
  route('POST', '/api/auth/refresh', 'public', freshCookie),
  // Logout ends the session of its cookie and of its bearer token: both belong to a fresh sign-in.
  route('POST', '/api/auth/logout', 'public', async (w, role) => {
    const session = await login(as(w, role).email);
    return { cookie: session.cookie, bearer: session.token };
  }),
  route('POST', '/api/auth/accept-invite', 'public', async (w) => {
    const invited = await createUser(w.owner.token, ['staff'], 'Accepting Person');
    return { body: { token: invited.invitationToken, password: PASSWORD } };
  }),
  // 202 whoever asks (no account enumeration); a fresh address per call stays under the per-address limit.
  route('POST', '/api/auth/password-reset', 'public', (w, role) => ({ body: { email: role ? as(w, role).email : uniqueEmail('reset') } })),
  route('POST', '/api/auth/password-reset/confirm', 'public', async (w) => {
    const invited = await createUser(w.owner.token, ['staff'], 'Resetting Person');
    const token = randomBytes(32).toString('base64url');
    await query(
      `INSERT INTO password_resets (organization_id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 hour')`,
      [w.owner.org.id, invited.user.id, createHash('sha256').update(token).digest('hex')],
    );
    return { body: { token, password: PASSWORD } };
  }),
  route('GET', '/api/auth/me', ANY),
  route('GET', '/api/health', 'public'),
  route('GET', '/api/health/ready', 'public'),

  // ----------------------------------------------------------------- organization
  route('GET', '/api/users', PEOPLE_READERS),
  route(
    'POST',
    '/api/users',
    ORG_ADMINS,
    () => ({ body: { email: uniqueEmail('new'), name: 'New Person', roles: ['staff'] } }),
    // Invitations are counted before they are checked (a duplicate email too): rate limits.
    { writesOnReject: ['rate_limit_events'] },
  ),
  route('GET', '/api/users/{id}', PEOPLE_READERS, (w) => id(w.invitee.id)),
  // A fresh invitee per call: a resent invitation must still be pending when the next caller tries.
  route('POST', '/api/users/{id}/invitation', ORG_ADMINS, async (w) => id((await createUser(w.owner.token, ['staff'], 'Reinvited Person')).user.id)),
  route('GET', '/api/messages', ORG_ADMINS),
  route('PATCH', '/api/users/{id}', ORG_ADMINS, async (w) => ({
    ...id(w.invitee.id),
    body: { name: 'Renamed Person', version: await currentVersion(w, `/api/users/${w.invitee.id}`) },
  })),
  route('GET', '/api/locations', ANY),
  route('POST', '/api/locations', ORG_ADMINS, () => ({
    body: { name: 'New clinic', code: `NEW-${next()}` },
  })),
  route('GET', '/api/locations/{id}', ANY, (w) => id(w.location.id)),
  route('PATCH', '/api/locations/{id}', ORG_ADMINS, async (w) => ({
    ...id(w.location.id),
    body: { name: 'Renamed clinic', version: await currentVersion(w, `/api/locations/${w.location.id}`) },
  })),
  route('DELETE', '/api/locations/{id}', ORG_ADMINS, async (w) => id((await freshLocation(w)).id)),
  route('GET', '/api/competencies', ANY),
  route('POST', '/api/competencies', ORG_ADMINS, () => ({
    body: {
      key: `custom_${next()}`,
      name: 'Phone manner',
      definition: 'Warm on the phone.',
      indicators: ['Smiles audibly'],
    },
  })),
  route('GET', '/api/competencies/{id}', ANY, (w) => id(c0(w))),
  route('PATCH', '/api/competencies/{id}', ORG_ADMINS, async (w) => ({
    ...id(w.competencies[1].id),
    body: { definition: 'Refined.', version: await currentVersion(w, `/api/competencies/${w.competencies[1].id}`) },
  })),
  route('GET', '/api/audit-events', PEOPLE_READERS, (w) => ({ query: { entityId: w.location.id } })),
  route('GET', '/api/audit-events/verify', PEOPLE_READERS),
  route('GET', '/api/audit-events/checkpoint', PEOPLE_READERS),
  // A genuine receipt of the world's organization, as its owner would have kept it.
  route('POST', '/api/audit-events/verify', PEOPLE_READERS, async (w) => ({
    body: (await expectStatus(api().get('/api/audit-events/checkpoint').set(bearer(w.owner.token)), 200)).body as unknown,
  })),
];

export const ROUTES: RouteSpec[] = [
  ...ORGANIZATION_ROUTES,
  ...HIRING_ROUTES,
  ...CULTURE_ROUTES,
  ...REPORT_ROUTES,
];

/** Routes that are public but not in the OpenAPI document (the document itself and its UI). */
export const UNDOCUMENTED_PUBLIC: { method: Method; path: string }[] = [
  { method: 'GET', path: '/api/docs-json' },
  { method: 'GET', path: '/api/docs' },
];

export const routeKey = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`;

const HIRING_SEGMENTS = [
  'interview-kits',
  'openings',
  'candidates',
  'applications',
  'interviews',
  'analytics',
  'retention',
];
const CULTURE_SEGMENTS = [
  'staff',
  'observations',
  'review-cycles',
  'me',
  'review-assignments',
  'service-metrics',
  'patient-feedback',
  'reviews',
  'patient-signals',
];
const GOAL_SEGMENTS = ['leadership-goals', 'culture', 'leaders'];

/** The part of the API a route belongs to (the matrix and isolation tests build a world per two parts). */
export function domainOf(r: RouteSpec): 'organization' | 'hiring' | 'culture' | 'reports' {
  const segment = r.path.split('/')[2];
  if (['reports', 'exports'].includes(segment) || r.path.includes('self-identification')) return 'reports';
  if (HIRING_SEGMENTS.includes(segment)) return 'hiring';
  if ([...CULTURE_SEGMENTS, ...GOAL_SEGMENTS].includes(segment)) return 'culture';
  return 'organization';
}
