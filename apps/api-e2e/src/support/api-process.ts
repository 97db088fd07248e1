import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { API_MAIN, WORKSPACE_ROOT } from './paths';

export interface ApiProcess {
  baseUrl: string;
  port: number;
  logFile: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Throttle limits the suite is written against (low, so that the throttling tests are quick). */
export const THROTTLE = { perEmail: 5, perIp: 12, windowSeconds: 900 } as const;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the built API (dist/apps/api/main.js) against `databaseUrl` on a free port and waits
 * until /api/health/ready answers 200. Output goes to tmp/api-e2e/<name>-<port>.log.
 */
export async function startApi(
  databaseUrl: string,
  { name = 'api', env = {}, readyTimeoutMs = 60_000 }: { name?: string; env?: Record<string, string>; readyTimeoutMs?: number } = {},
): Promise<ApiProcess> {
  if (!existsSync(API_MAIN)) {
    throw new Error(`${API_MAIN} is missing: build the API first (npx nx build api), or run \`npx nx e2e api-e2e\``);
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logDir = join(WORKSPACE_ROOT, 'tmp/api-e2e');
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `${name}-${port}.log`);
  const log = createWriteStream(logFile);
  const childEnv: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    // One secret per run (set by the global setup, inherited by the test workers): every instance
    // accepts the tokens the others sign, as behind a load balancer.
    JWT_SECRET: (process.env['E2E_JWT_SECRET'] ??= randomBytes(32).toString('hex')),
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    LOGIN_THROTTLE_PER_EMAIL: String(THROTTLE.perEmail),
    LOGIN_THROTTLE_PER_IP: String(THROTTLE.perIp),
    LOGIN_THROTTLE_WINDOW_SECONDS: String(THROTTLE.windowSeconds),
    // The N+1 tests read x-db-queries; the API sends it only when asked to.
    EXPOSE_QUERY_COUNT: 'true',
    ...env,
  };
  // An empty override unsets the variable, so a test can start an API on a default.
  for (const [key, value] of Object.entries(env)) if (value === '') delete childEnv[key];
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: WORKSPACE_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv,
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    log.write(chunk);
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const stop = async () => {
    if (!hasExited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
  };

  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (hasExited) {
      log.end();
      throw new Error(`the API exited during start-up (exit code ${child.exitCode}); its output:\n${output}`);
    }
    if (await answers(`${baseUrl}/api/health/ready`)) return { baseUrl, port, logFile, child, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`the API was not ready within ${readyTimeoutMs / 1000} s; its output:\n${output}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return res.status === 200;
  } catch {
    return false;
  }
}
