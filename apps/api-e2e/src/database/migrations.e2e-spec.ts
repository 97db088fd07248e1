import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { query, requireEnv } from '../support/db';
import { WORKSPACE_ROOT } from '../support/paths';

const exec = promisify(execFile);

describe('database schema', () => {
  it('migrations from an empty database leave no pending difference from the entities (npm run db:check)', async () => {
    // tools/db-check.mjs migrates a scratch database of its own on the same server, then asks
    // TypeORM's schema builder what SQL would still be needed to match the entities.
    const result = await exec(process.execPath, [join(WORKSPACE_ROOT, 'tools/db-check.mjs'), '--json'], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, DATABASE_URL: requireEnv('E2E_SERVER_URL') },
    }).catch((error: { code?: number; stdout?: string; stderr?: string }) => error);
    const json = (result.stdout ?? '').split('\n').find((l) => l.startsWith('{'));
    if (!json) throw new Error(`db:check printed no result:\n${result.stdout}\n${result.stderr}`);
    const diff = JSON.parse(json) as { migrations: string[]; upQueries: string[] };

    expect(diff.migrations.length).toBeGreaterThan(0);
    expect(diff.upQueries).toEqual([]);
  }, 120_000);

  it('has the tables of the contract, with organization_id on every tenant-owned one', async () => {
    const rows = await query<{ table_name: string; has_org: boolean }>(
      `SELECT t.table_name,
              EXISTS (SELECT 1 FROM information_schema.columns c
                      WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'organization_id') AS has_org
         FROM information_schema.tables t
        WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'`,
    );
    const tables = new Map(rows.map((r) => [r.table_name, r.has_org]));
    for (const t of ['organizations', 'locations', 'users', 'refresh_tokens', 'audit_events', 'competencies', 'login_attempts', 'migrations']) {
      expect([t, tables.has(t)]).toEqual([t, true]);
    }
    for (const t of ['locations', 'users', 'refresh_tokens', 'audit_events', 'competencies']) {
      expect([t, tables.get(t)]).toEqual([t, true]);
    }
  });
});
