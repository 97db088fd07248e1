// The built API as a child process (dist/apps/api/main.js): the seed uses it to migrate the database
// and create what must exist exactly as the app makes it; the benchmarks measure it.
import { spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** The built API; RAPPORT_API_MAIN points at another copy (the benchmarks run a snapshot of dist/). */
export const apiMain = () => process.env.RAPPORT_API_MAIN ?? 'dist/apps/api/main.js';

export function assertBuilt() {
  if (!existsSync(apiMain())) {
    throw new Error(`${apiMain()} is missing: build the API first (NX_DAEMON=false npx nx build api)`);
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the API on a free port against `databaseUrl` (it migrates on start) and waits until
 * /api/health/ready answers. `env` adds or overrides variables (e.g. DB_POOL_MAX).
 * @returns {Promise<{child: import('node:child_process').ChildProcess, baseUrl: string, jwtSecret: string, stop: () => Promise<void>}>}
 */
export async function startApi(databaseUrl, env = {}) {
  assertBuilt();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const jwtSecret = randomBytes(32).toString('hex');
  const child = spawn(process.execPath, [apiMain()], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      JWT_SECRET: jwtSecret,
      AUDIT_SIGNING_KEY: randomBytes(32).toString('hex'),
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      ...env,
    },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  // A request still computing keeps the event loop busy and delays a graceful shutdown: after 10 s, SIGKILL.
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited during start-up:\n${stderr}`);
    try {
      if ((await fetch(`${baseUrl}/api/health/ready`)).status === 200) return { child, baseUrl, jwtSecret, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the API was not ready within 120 s:\n${stderr}`);
}

/** One JSON request; throws with the status and body unless the status is 2xx. */
export async function call(baseUrl, method, path, { body, token, headers = {}, timeoutMs = 120_000 } = {}) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    signal: AbortSignal.timeout(timeoutMs),
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 500)}`);
  return text ? JSON.parse(text) : null;
}

const base64url = (value) => Buffer.from(value).toString('base64url');

/**
 * Opens a session for a user straight in the database, as a sign-in would (a live refresh-token
 * family), and returns its id: the API refuses an access token whose session is not live.
 * @param {import('pg').Client} client
 */
export async function openSession(client, userId, organizationId) {
  const { rows } = await client.query(
    `INSERT INTO refresh_tokens (organization_id, user_id, family_id, token_hash, expires_at)
     VALUES ($1, $2, gen_random_uuid(), md5(random()::text) || md5(random()::text), now() + interval '1 day')
     RETURNING family_id`,
    [organizationId, userId],
  );
  return rows[0].family_id;
}

/**
 * An access token as the API's SessionsService issues it (HS256, `{sub, org, sid}`), signed with the
 * secret the API was started with, for a session opened by openSession(). Benchmarks use it to act
 * as many users without logging each in.
 */
export function accessToken(jwtSecret, userId, organizationId, sessionId, ttlSeconds = 3600) {
  const now = Math.floor(Date.now() / 1000);
  const head = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = base64url(JSON.stringify({ sub: userId, org: organizationId, sid: sessionId, iat: now, exp: now + ttlSeconds }));
  const signature = createHmac('sha256', jwtSecret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${signature}`;
}
