import { Pool } from 'pg';
import request from 'supertest';
import { startApi, type ApiProcess } from '../support/api-process';
import { requireEnv } from '../support/db';
import { expectStatus } from '../support/http';
import { createDatabase, dropDatabase, testDatabaseName, withDatabase } from '../support/postgres';

// What the README promises a first `npm start` (SEED_DEMO defaults to true outside production).
const DEMO_ORGANIZATION = 'Lumen Aesthetics';
const DEMO_PASSWORD = 'Rapport-demo-2026';
const DEMO_LOGINS = ['owner', 'admin', 'hr', 'manager', 'interviewer', 'leader', 'staff'].map((local) => `${local}@demo.rapport.test`);

/** Rows per table (but `migrations`): a restart that seeds again, even partly, changes it. */
async function tableCounts(pool: Pool): Promise<Record<string, number>> {
  const tables = await pool.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename",
  );
  const counts: Record<string, number> = {};
  for (const { tablename } of tables.rows) {
    const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${tablename}"`);
    counts[tablename] = rows[0].n;
  }
  return counts;
}

describe('demo seed (SEED_DEMO=true)', () => {
  const serverUrl = requireEnv('E2E_SERVER_URL');
  const database = testDatabaseName();
  const databaseUrl = withDatabase(serverUrl, database);
  const running: ApiProcess[] = [];
  let pool: Pool | undefined;

  beforeAll(async () => {
    await createDatabase(serverUrl, database);
    pool = new Pool({ connectionString: databaseUrl, max: 1 });
  });

  afterAll(async () => {
    await Promise.all(running.map((app) => app.stop()));
    await pool?.end();
    await dropDatabase(serverUrl, database);
  });

  const seeded = () => startApi(databaseUrl, { name: 'demo-seed', env: { SEED_DEMO: 'true' }, readyTimeoutMs: 120_000 });

  it('two instances starting at once on a fresh database seed one practice whose demo users can sign in; a restart adds nothing', async () => {
    const db = pool as Pool;
    // Both migrate and seed the same empty database at the same moment.
    const pair = await Promise.allSettled([seeded(), seeded()]);
    for (const started of pair) if (started.status === 'fulfilled') running.push(started.value);
    expect(pair.map((started) => (started.status === 'rejected' ? String(started.reason) : 'ready'))).toEqual(['ready', 'ready']);

    const orgs = await db.query<{ id: string; name: string }>('SELECT id, name FROM organizations');
    expect(orgs.rows.map((o) => o.name)).toEqual([DEMO_ORGANIZATION]);
    const organizationId = orgs.rows[0].id;
    const locations = await db.query('SELECT 1 FROM locations WHERE organization_id = $1', [organizationId]);
    expect(locations.rowCount).toBe(3);
    // One user per role to sign in with (the practice's other staff are seeded without logins in mind).
    const users = await db.query<{ email: string }>('SELECT email FROM users WHERE email = ANY($1) AND organization_id = $2', [
      DEMO_LOGINS,
      organizationId,
    ]);
    expect(users.rows.map((u) => u.email).sort()).toEqual([...DEMO_LOGINS].sort());

    // Every documented login works, on either instance.
    for (const [i, email] of DEMO_LOGINS.entries()) {
      const res = await expectStatus(
        request(running[i % 2].baseUrl).post('/api/auth/login').send({ email, password: DEMO_PASSWORD }),
        200,
      );
      expect(res.body.organization).toEqual({ id: organizationId, name: DEMO_ORGANIZATION });
      expect(res.body.user.email).toBe(email);
    }

    const before = await tableCounts(db);
    await Promise.all(running.splice(0).map((app) => app.stop()));
    running.push(await seeded());
    expect(await tableCounts(db)).toEqual(before);
  }, 240_000);
});
