import { send } from '../security/client';
import { ROUTES } from '../security/routes';
import { buildWorld } from '../security/world';
import { query } from '../support/db';

/**
 * Every PATCH of a versioned record needs the version the client edited (a kit's `revision`):
 * without it a client would overwrite a newer edit silently. Missing → 428 Precondition Required,
 * a problem document naming the field, and nothing written (issue 13).
 */
const PATCHES = ROUTES.filter((r) => r.method === 'PATCH');

/** Every row's version of the tables a PATCH may touch, to prove nothing was written. */
async function versions(): Promise<unknown[]> {
  return query(
    `SELECT 'u' AS t, id, version, updated_at FROM users UNION ALL SELECT 'l', id, version, updated_at FROM locations
     UNION ALL SELECT 'c', id, version, updated_at FROM competencies UNION ALL SELECT 'k', id, revision, updated_at FROM interview_kits
     UNION ALL SELECT 'o', id, version, updated_at FROM openings UNION ALL SELECT 'ca', id, version, updated_at FROM candidates
     UNION ALL SELECT 's', id, version, updated_at FROM staff_members UNION ALL SELECT 'g', id, version, updated_at FROM leadership_goals
     ORDER BY 1, 2`,
  );
}

describe('PATCH without the version edited', () => {
  it('every PATCH route answers 428 naming the version field, and writes nothing', async () => {
    expect(PATCHES.map((r) => r.path).sort()).toEqual([
      '/api/candidates/{id}',
      '/api/competencies/{id}',
      '/api/interview-kits/{id}',
      '/api/leadership-goals/{id}',
      '/api/locations/{id}',
      '/api/openings/{id}',
      '/api/staff/{id}',
      '/api/users/{id}',
    ]);
    const w = await buildWorld('VERSIONQZ', { full: true });
    for (const r of PATCHES) {
      if (!r.make) throw new Error(`${r.path} has no fixture`);
      const call = await r.make(w, 'owner');
      const body = { ...(call.body as Record<string, unknown>) };
      const field = 'revision' in body ? 'revision' : 'version';
      expect({ path: r.path, sends: typeof body[field] }).toEqual({ path: r.path, sends: 'number' });
      delete body[field];
      const before = await versions();
      const reply = await send('PATCH', r.path, { ...call, body }, w.owner.token);
      expect({ path: r.path, status: reply.status, contentType: reply.contentType }).toEqual({
        path: r.path,
        status: 428,
        contentType: expect.stringContaining('application/problem+json'),
      });
      expect(reply.json).toEqual(
        expect.objectContaining({
          title: 'Precondition Required',
          status: 428,
          type: expect.stringContaining('precondition-required'),
          detail: expect.stringContaining(`Send the ${field} of the record you edited`),
          errors: [{ field, message: expect.stringContaining(`${field} is required`) }],
        }),
      );
      expect(await versions()).toEqual(before);

      // A version of the wrong type is bad input (400), not a missing precondition.
      const wrong = await send('PATCH', r.path, { ...call, body: { ...body, [field]: 'latest' } }, w.owner.token);
      expect({ path: r.path, status: wrong.status }).toEqual({ path: r.path, status: 400 });
    }
  });
});
