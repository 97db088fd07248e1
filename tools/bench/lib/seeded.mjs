// Finding the organizations and logins of `npm run seed` in a benchmark database.
import { NAMED_USERS } from '../../seed/lib/bootstrap.mjs';

export const domainOf = (scale, seed = 1) => `${scale}-s${seed}.seed.rapport.test`;

/** {organizationId, users: {owner|admin|hr|manager|…: userId}} of a seeded scale, or null. */
export async function seededOrg(client, scale, seed = 1) {
  const domain = domainOf(scale, seed);
  const { rows } = await client.query('SELECT id, email, organization_id FROM users WHERE email = ANY($1)', [
    NAMED_USERS.map((u) => `${u.local}@${domain}`),
  ]);
  if (!rows.length) return null;
  const users = Object.fromEntries(rows.map((r) => [r.email.split('@')[0], r.id]));
  return { scale, domain, organizationId: rows[0].organization_id, users };
}

/** Both seeded organizations, or an error saying how to make them. */
export async function seededOrgs(client) {
  const group = await seededOrg(client, 'group');
  const practice = await seededOrg(client, 'practice');
  if (!group || !practice) {
    throw new Error(
      'the benchmark database must hold both seeded scales (seed 1): npm run seed -- --scale group --database-url URL, then --scale practice',
    );
  }
  return { group, practice };
}
