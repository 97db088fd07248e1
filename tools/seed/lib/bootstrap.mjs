// The part of the seed that goes through the API, so that these rows exist exactly as the app makes
// them: the organization and its owner (sign-up, with the care standard), one invited user per role,
// the interview kits, and the retention setting. The API migrates the database when it starts.
import { call, startApi } from './api.mjs';
import { KIT_ROLES, kitRequest } from './content.mjs';

export const SEED_PASSWORD = 'Rapport-seed-2026';

/** One login per role; the local part of the email is the role's name (as in the demo practice). */
export const NAMED_USERS = [
  { local: 'owner', name: 'Dr. Olivia Hart', roles: ['owner', 'leader'] },
  { local: 'admin', name: 'Adam Reyes', roles: ['admin'] },
  { local: 'hr', name: 'Hana Brooks', roles: ['hr'] },
  { local: 'manager', name: 'Maya Chen', roles: ['hiring_manager', 'interviewer'] },
  { local: 'interviewer', name: 'Ivan Novak', roles: ['interviewer', 'staff'] },
  { local: 'leader', name: 'Dr. Leo Martins', roles: ['leader', 'interviewer'] },
  { local: 'staff', name: 'Sofia Alvarez', roles: ['staff'] },
];

/**
 * Runs the API against the database, creates the organization and returns what the bulk load needs.
 * Retention is set to three years so the nightly erasure job leaves the two years of history alone.
 */
export async function bootstrapThroughApi(databaseUrl, { organizationName, domain, log }) {
  log('starting the built API (it migrates the database)…');
  const api = await startApi(databaseUrl);
  try {
    const owner = NAMED_USERS[0];
    const signup = await call(api.baseUrl, 'POST', '/api/auth/signup', {
      body: { organizationName, name: owner.name, email: `${owner.local}@${domain}`, password: SEED_PASSWORD },
    });
    const token = signup.accessToken;
    const organizationId = signup.organization.id;
    const users = { owner: signup.user.id };
    const me = await call(api.baseUrl, 'GET', `/api/users/${signup.user.id}`, { token });
    await call(api.baseUrl, 'PATCH', `/api/users/${signup.user.id}`, { token, body: { roles: owner.roles, version: me.version } });
    for (const spec of NAMED_USERS.slice(1)) {
      const invited = await call(api.baseUrl, 'POST', '/api/users', {
        token,
        body: { email: `${spec.local}@${domain}`, name: spec.name, roles: spec.roles },
      });
      await call(api.baseUrl, 'POST', '/api/auth/accept-invite', { body: { token: invited.invitationToken, password: SEED_PASSWORD } });
      users[spec.local] = invited.user.id;
    }
    await call(api.baseUrl, 'PUT', '/api/retention/settings', { token, body: { candidateRetentionDays: 1095 } });
    const competencies = (await call(api.baseUrl, 'GET', '/api/competencies', { token })).items;
    competencies.sort((a, b) => a.position - b.position);
    const kits = [];
    for (const roles of KIT_ROLES) {
      const kit = await call(api.baseUrl, 'POST', '/api/interview-kits', { token, body: kitRequest(roles[0], competencies) });
      kits.push({ id: kit.id, roles, questions: kit.questions.map((q) => ({ id: q.id, competencyId: q.competencyId })) });
    }
    log(`organization ${organizationId}: ${NAMED_USERS.length} users, ${competencies.length} competencies, ${kits.length} kits`);
    return { organizationId, users, competencies: competencies.map((c) => ({ id: c.id, key: c.key, name: c.name })), kits };
  } finally {
    await api.stop();
  }
}
