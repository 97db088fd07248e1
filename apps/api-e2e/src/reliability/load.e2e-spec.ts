import type { Interview } from '@rapport/shared/contracts';
import { Client } from 'pg';
import { userWithRoles } from '../factories';
import { competencies, createLocation, createStaff } from '../culture/culture.factory';
import { hiringWorld } from '../hiring/hiring.factory';
import { signup } from '../factories';
import { startApi, type ApiProcess } from '../support/api-process';
import { query, requireEnv } from '../support/db';
import { api, bearer, expectStatus } from '../support/http';

/**
 * Load with a database fault in the middle. `npm test` runs a short version (20 clients, 15 s, one
 * termination of the API's database connections); `node tools/bench/load.mjs` runs the full one
 * (LOAD_CLIENTS=100, LOAD_SECONDS=60) and prints the same figures.
 *
 * Invariants: no response other than 2xx or a 503 problem document (the outage), no request hangs,
 * every write acknowledged with 2xx is in the database, readiness reports the outage, and the API
 * serves writes again within 5 s of the fault.
 */
const CLIENTS = Number(process.env['LOAD_CLIENTS'] ?? 20);
const SECONDS = Number(process.env['LOAD_SECONDS'] ?? 15);
const APP_NAME = 'rapport-load-test';
const TIMEOUT_MS = 10_000;

interface Outcome {
  what: string;
  ms: number;
  status: number;
  problem: boolean;
  /** The problem's title and detail, for a refusal. */
  detail?: string;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

describe('load with a database fault', () => {
  let app: ApiProcess | null = null;
  const suiteApi = process.env['E2E_BASE_URL'];
  afterEach(async () => {
    process.env['E2E_BASE_URL'] = suiteApi;
    await app?.stop();
  });

  it(
    `${CLIENTS} clients for ${SECONDS} s: no error but the outage's 503s, no lost acknowledged write, recovery within 5 s`,
    async () => {
      const url = new URL(requireEnv('E2E_DATABASE_URL'));
      url.searchParams.set('application_name', APP_NAME);
      app = await startApi(url.toString(), { name: 'load' });
      const base = app.baseUrl;
      process.env['E2E_BASE_URL'] = base;

      const owner = await signup('Load practice');
      const world = await hiringWorld(owner);
      const location = await createLocation(owner.token, 'Load clinic', 'LOAD');
      const staff = await Promise.all(Array.from({ length: 10 }, (_, i) => createStaff(owner.token, { locationId: location.id, name: `Load ${i}` })));
      const [competency] = await competencies(owner.token);
      const observer = await userWithRoles(owner, ['leader']);
      // Interviews whose scorecards the clients submit (one submit each), the rest of the load is observations.
      const interviews: Interview[] = [];
      for (let i = 0; i < CLIENTS; i++) {
        const candidate = await expectStatus(api().post('/api/candidates').set(bearer(world.manager.token)).send({ name: `Load ${i}`, email: `load${i}@load.test` }), 201);
        const application = await expectStatus(
          api().post('/api/applications').set(bearer(world.manager.token)).send({ candidateId: candidate.body.id, openingId: world.opening.id }),
          201,
        );
        interviews.push(
          (
            await expectStatus(
              api()
                .post('/api/interviews')
                .set(bearer(world.manager.token))
                .send({ applicationId: application.body.id, scheduledAt: '2026-10-01T10:00:00.000Z', interviewerIds: [world.i1.user.id] }),
              201,
            )
          ).body as Interview,
        );
      }

      const outcomes: Outcome[] = [];
      const ackedNotes: string[] = [];
      const ackedScorecards: string[] = [];
      let seq = 0;
      const call = async (method: string, path: string, token: string, body?: object): Promise<Response> => {
        const started = Date.now();
        const res = await fetch(`${base}${path}`, {
          method,
          headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
          body: body ? JSON.stringify(body) : undefined,
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        const type = res.headers.get('content-type') ?? '';
        const outcome: Outcome = { what: `${method} ${path}`, ms: Date.now() - started, status: res.status, problem: type.startsWith('application/problem+json') };
        if (res.status >= 400) {
          const problem = (await res.clone().json().catch(() => ({}))) as { title?: string; detail?: string };
          outcome.detail = `${problem.title ?? ''}: ${problem.detail ?? ''}`;
        }
        outcomes.push(outcome);
        return res;
      };
      const deadline = Date.now() + SECONDS * 1000;
      const client = async (c: number) => {
        const interview = interviews[c];
        let submitted = false;
        while (Date.now() < deadline) {
          if (!submitted && Math.random() < 0.1) {
            const ratings = interview.questions.map((q) => ({ questionId: q.id, rating: 4, evidence: 'Under load' }));
            const saved = await call('PUT', `/api/interviews/${interview.id}/scorecards/me`, world.i1.token, { ratings, recommendation: 'yes' });
            if (saved.ok) {
              const sent = await call('POST', `/api/interviews/${interview.id}/scorecards/me/submit`, world.i1.token);
              if (sent.ok) {
                submitted = true;
                ackedScorecards.push(interview.id);
              }
            }
            continue;
          }
          const note = `load-${c}-${seq++}`;
          const res = await call('POST', '/api/observations', observer.token, {
            staffMemberId: staff[seq % staff.length].id,
            competencyId: competency.id,
            kind: 'recognition',
            note,
            observedAt: '2026-10-01',
          });
          if (res.status === 201) ackedNotes.push(note);
          else await res.arrayBuffer();
        }
      };

      // The fault: a third of the way in, terminate every database connection of this API.
      const fault = (async () => {
        await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 3));
        const admin = new Client({ connectionString: requireEnv('E2E_DATABASE_URL') });
        await admin.connect();
        const { rowCount } = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [APP_NAME]);
        await admin.end();
        const terminatedAt = Date.now();
        // Recovery: the first acknowledged write after the fault.
        while (Date.now() - terminatedAt < 30_000) {
          const res = await fetch(`${base}/api/health/ready`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
          if (res.status === 200) break;
          await new Promise((r) => setTimeout(r, 50));
        }
        return { terminated: rowCount ?? 0, recoveredMs: Date.now() - terminatedAt };
      })();

      await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
      const { terminated, recoveredMs } = await fault;

      const errors = outcomes.filter((o) => o.status >= 400 && !(o.status === 503 && o.problem));
      const unavailable = outcomes.filter((o) => o.status === 503).length;
      const stored = new Set(
        (await query<{ note: string }>(`SELECT note FROM observations WHERE note LIKE 'load-%'`)).map((r) => r.note),
      );
      const lost = ackedNotes.filter((n) => !stored.has(n));
      const storedScorecards = new Set(
        (await query<{ interview_id: string }>(`SELECT interview_id FROM scorecards WHERE status = 'submitted' AND interview_id = ANY($1)`, [
          interviews.map((i) => i.id),
        ])).map((r) => r.interview_id),
      );
      const lostScorecards = ackedScorecards.filter((id) => !storedScorecards.has(id));
      const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
      const figures = {
        clients: CLIENTS,
        seconds: SECONDS,
        requests: outcomes.length,
        perSecond: Math.round(outcomes.length / SECONDS),
        p50ms: percentile(ms, 0.5),
        p99ms: percentile(ms, 0.99),
        acknowledgedWrites: ackedNotes.length + ackedScorecards.length,
        unavailable503: unavailable,
        errors: errors.length,
        lostWrites: lost.length + lostScorecards.length,
        connectionsTerminated: terminated,
        recoveryMs: recoveredMs,
        errorSamples: errors.slice(0, 5).map((e) => `${e.status} ${e.what} ${e.detail ?? ''}`),
      };
      console.log(`load figures: ${JSON.stringify(figures)}`);

      expect(terminated).toBeGreaterThan(0);
      expect({ errors: errors.slice(0, 5), lost: lost.slice(0, 5), lostScorecards }).toEqual({ errors: [], lost: [], lostScorecards: [] });
      expect(ackedNotes.length).toBeGreaterThan(CLIENTS);
      expect(recoveredMs).toBeLessThan(5000);
      // Writes are served again after the fault.
      await expectStatus(
        api().post('/api/observations').set(bearer(observer.token)).send({ staffMemberId: staff[0].id, competencyId: competency.id, kind: 'recognition', note: 'after', observedAt: '2026-10-01' }),
        201,
      );
    },
    (SECONDS + 120) * 1000,
  );
});
