import { createServer, connect, type Server, type Socket } from 'node:net';
import request from 'supertest';
import { startApi, freePort, type ApiProcess } from '../support/api-process';
import { requireEnv } from '../support/db';
import { api, expectStatus } from '../support/http';

/**
 * A TCP proxy in front of the real PostgreSQL server: closing it is, for the API behind it, the
 * database going away (existing connections drop, new ones are refused); reopening it brings it back.
 */
class DatabaseProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(this.port, '127.0.0.1', () => resolve());
    });
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function waitForStatus(baseUrl: string, status: number, timeoutMs = 20_000): Promise<request.Response> {
  const deadline = Date.now() + timeoutMs;
  let last: request.Response | undefined;
  while (Date.now() < deadline) {
    last = await request(baseUrl).get('/api/health/ready').timeout(5000);
    if (last.status === status) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`/api/health/ready did not answer ${status} within ${timeoutMs / 1000} s; last: ${last?.status} ${last?.text}`);
}

describe('health', () => {
  it('GET /api/health (liveness) and /api/health/ready answer 200 while the database is up', async () => {
    await expectStatus(api().get('/api/health'), 200);
    await expectStatus(api().get('/api/health/ready'), 200);
  });

  describe('readiness follows the database', () => {
    let proxy: DatabaseProxy;
    let apiBehindProxy: ApiProcess;

    beforeAll(async () => {
      const real = new URL(requireEnv('E2E_DATABASE_URL'));
      proxy = new DatabaseProxy(await freePort(), { host: real.hostname, port: Number(real.port || 5432) });
      await proxy.open();
      const viaProxy = new URL(real.toString());
      viaProxy.hostname = '127.0.0.1';
      viaProxy.port = String(proxy.port);
      apiBehindProxy = await startApi(viaProxy.toString(), { name: 'readiness' });
    });

    afterAll(async () => {
      await apiBehindProxy?.stop();
      await proxy?.close();
    });

    it('reports a stopped database as down (503), then recovers by itself when it returns', async () => {
      await waitForStatus(apiBehindProxy.baseUrl, 200);

      await proxy.close();
      const down = await waitForStatus(apiBehindProxy.baseUrl, 503);
      if (down.headers['retry-after'] !== undefined) {
        expect(Number(down.headers['retry-after'])).toBeGreaterThan(0);
      }
      // Liveness is about the process, not the database.
      await expectStatus(request(apiBehindProxy.baseUrl).get('/api/health'), 200);

      await proxy.open();
      await waitForStatus(apiBehindProxy.baseUrl, 200, 30_000);
    });
  });
});
