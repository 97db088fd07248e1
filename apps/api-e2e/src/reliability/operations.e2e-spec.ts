import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { acceptInvite, createUser, PASSWORD, signup, uniqueEmail, WRONG_PASSWORD } from '../factories';
import { startApi, type ApiProcess } from '../support/api-process';
import { query, requireEnv } from '../support/db';
import { api, bearer, expectStatus } from '../support/http';

/**
 * Operations a process manager and a log pipeline rely on, on a second API process of its own:
 * logs never carry secrets (at the most verbose level), and SIGTERM drains what is in flight.
 */
describe('operations', () => {
  let app: ApiProcess | null = null;
  const suiteApi = process.env['E2E_BASE_URL'];
  /** Starts a second API and points the factories (`api()`) at it for this test. */
  async function second(name: string, env: Record<string, string> = {}): Promise<ApiProcess> {
    app = await startApi(requireEnv('E2E_DATABASE_URL'), { name, env });
    process.env['E2E_BASE_URL'] = app.baseUrl;
    return app;
  }
  afterEach(async () => {
    process.env['E2E_BASE_URL'] = suiteApi;
    await app?.stop();
    app = null;
  });

  it('logs requests at trace level without passwords, tokens, cookies or invitation links', async () => {
    const logged = await second('log-secrets', { LOG_LEVEL: 'trace' });
    const email = uniqueEmail('owner');
    const signed = await expectStatus(
      api().post('/api/auth/signup').send({ organizationName: 'Log practice', name: 'Owner', email, password: PASSWORD }),
      201,
    );
    const login = await expectStatus(api().post('/api/auth/login').send({ email, password: PASSWORD }), 200);
    const cookie = String(login.headers['set-cookie']?.[0] ?? '');
    const refreshValue = cookie.split(';')[0].split('=')[1];
    const refreshed = await expectStatus(api().post('/api/auth/refresh').set('cookie', cookie.split(';')[0]), 200);
    await expectStatus(api().post('/api/auth/login').send({ email, password: WRONG_PASSWORD }), 401);
    const invited = await createUser(signed.body.accessToken, ['staff'], 'Log Invitee');
    const invitee = await acceptInvite(invited.invitationToken, invited.email, PASSWORD);
    await expectStatus(api().get('/api/auth/me').set(bearer(invitee.token)), 200);
    await logged.stop();

    const log = readFileSync(logged.logFile, 'utf8');
    // The log is not empty: requests are there, with their ids and paths.
    expect(log).toContain('"url":"/api/auth/login"');
    expect(log).toContain('"url":"/api/auth/refresh"');
    const secrets = {
      password: PASSWORD,
      wrongPassword: WRONG_PASSWORD,
      accessToken: signed.body.accessToken as string,
      refreshedAccessToken: refreshed.body.accessToken as string,
      inviteeToken: invitee.token,
      refreshCookie: refreshValue,
      invitationToken: invited.invitationToken,
    };
    const leaked = Object.entries(secrets).filter(([, value]) => value && log.includes(value));
    expect(leaked.map(([name]) => name)).toEqual([]);
    expect(log.toLowerCase()).not.toMatch(/"authorization":"bearer /);
    expect(log).not.toMatch(/argon2id\$/);
    expect(log).not.toContain(email);
    expect(log).not.toContain(invited.email);
  });

  it('on SIGTERM finishes the response in flight, then exits and stops accepting connections', async () => {
    const draining = await second('graceful');
    const base = draining.baseUrl;
    const owner = await signup('Drain practice');
    // Enough audit events that streaming the export takes a while.
    const [{ seq }] = await query<{ seq: string }>('SELECT coalesce(max(seq), 0)::text AS seq FROM audit_events WHERE organization_id = $1', [owner.org.id]);
    const rows = 150_000;
    await query(
      `INSERT INTO audit_events (organization_id, seq, actor_user_id, action, entity_type, entity_id, before, after, request_id,
                                 payload_hash, prev_hash, hash, created_at, updated_at)
       SELECT $1, $2::bigint + g, $3, 'candidate.updated', 'candidate', md5(g::text), '{}'::jsonb,
              jsonb_build_object('name', 'Candidate ' || g), 'drain-' || g, md5(g::text), md5((g - 1)::text), md5((g + 7)::text),
              now() - make_interval(secs => $4 - g), now()
         FROM generate_series(1, $4::int) AS g`,
      [owner.org.id, seq, owner.user.id, rows],
    );
    // The chain's head moves with them, as an append would move it: the export's own audit event follows them.
    await query(`UPDATE audit_heads SET seq = $2::bigint + $3, hash = md5(($3 + 7)::text) WHERE organization_id = $1`, [owner.org.id, seq, rows]);

    // Nest re-raises the signal once its shutdown hooks ran, so a clean stop is "killed by SIGTERM"
    // (or exit 0), never SIGKILL (our stop() escalates after 10 s) nor an error code.
    const exited = new Promise<string>((resolve) => draining.child.once('exit', (code, signal) => resolve(String(code ?? signal))));
    const body = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest(`${base}/api/exports/audit-log`, { headers: { authorization: `Bearer ${owner.token}` } }, (res) => {
        let text = '';
        let signalled = false;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          // Mid-stream: the process manager asks the API to stop.
          if (!signalled) {
            signalled = true;
            draining.child.kill('SIGTERM');
          }
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
    expect(body.status).toBe(200);
    // Header line + every event (the signup's own events included), none cut off.
    const records = body.text.trimEnd().split('\n').filter((l) => l.includes('drain-'));
    expect(records).toHaveLength(rows);
    expect(['0', 'SIGTERM']).toContain(await exited);
    await expect(fetch(`${base}/api/health/live`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
  }, 120_000);
});

describe('compression', () => {
  it('gzips JSON above 1 KB for clients that accept it, and leaves export files as they are', async () => {
    const owner = await signup('Gzip practice');
    const res = await fetch(`${requireEnv('E2E_BASE_URL')}/api/competencies`, {
      headers: { authorization: `Bearer ${owner.token}`, 'accept-encoding': 'gzip' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(((await res.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    const plain = await fetch(`${requireEnv('E2E_BASE_URL')}/api/health/live`, { headers: { 'accept-encoding': 'gzip' } });
    expect(plain.headers.get('content-encoding')).toBeNull(); // a few bytes: not worth it
    const file = await fetch(`${requireEnv('E2E_BASE_URL')}/api/exports/hiring-funnel`, {
      headers: { authorization: `Bearer ${owner.token}`, 'accept-encoding': 'gzip' },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-encoding')).toBeNull();
    expect(Number(file.headers.get('content-length'))).toBeGreaterThan(0);
  });
});
