import type { Competency, InterviewKit, Location, Opening, Page, StaffMember } from '@rapport/shared/contracts';
import { createUser, signup, uniqueEmail, type Session } from '../factories';
import { db, query } from '../support/db';
import { api, bearer, expectStatus } from '../support/http';

/** Rows of every list: more than the pages the tests walk, and at least the 20 the N+1 test asks for. */
export const ROWS = 21;

/** One organization with ROWS records of every listed kind, many of them tied on their sort keys. */
export interface ListWorld {
  owner: Session;
  orgId: string;
  /** The opening all the applications are for (the applications list is read per opening). */
  openingId: string;
}

const post = async <T>(token: string, path: string, body: object): Promise<T> =>
  (await expectStatus(api().post(path).set(bearer(token)).send(body), 201)).body as T;

/** ROWS results of `make(i)`, four requests at a time (the machine has two cores to share). */
async function each<T>(make: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ROWS; i += 4) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(4, ROWS - i) }, (_, j) => make(i + j)))));
  }
  return out;
}

/** Names repeat in threes, so that the id has to break ties, also across a page boundary. */
const tied = (label: string, i: number) => `${label} ${String(Math.floor(i / 3)).padStart(2, '0')}`;

/**
 * Timestamps only a microsecond apart, and in threes equal: a cursor holding a JavaScript
 * Date (milliseconds) would skip or repeat rows here. Dates repeat too where the list sorts on one.
 */
async function tieTimestamps(orgId: string): Promise<void> {
  const columns: [string, string][] = [
    ['openings', 'created_at'],
    ['applications', 'stage_entered_at'],
    ['interviews', 'scheduled_at'],
    ['observations', 'created_at'],
    ['review_cycles', 'created_at'],
    ['review_assignments', 'created_at'],
    ['leadership_goals', 'created_at'],
  ];
  for (const [table, column] of columns) {
    await query(
      `UPDATE ${table} t SET ${column} = timestamptz '2026-01-05 09:00:00.123+00' + (r.n / 3)::float8 * interval '1 microsecond'
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM ${table} WHERE organization_id = $1) r
        WHERE t.id = r.id`,
      [orgId],
    );
  }
  await query(`UPDATE competencies SET position = position / 4 WHERE organization_id = $1`, [orgId]);
}

async function build(): Promise<ListWorld> {
  const owner = await signup('Paging practice');
  const token = owner.token;
  const me = owner.user.id;
  const seeded = (await expectStatus(api().get('/api/competencies').set(bearer(token)), 200)).body as Page<Competency>;
  for (let i = seeded.total; i < ROWS; i++) {
    await post(token, '/api/competencies', { key: `paging_${i}`, name: tied('Paging competency', i), definition: 'Listed in pages', indicators: [] });
  }
  const competencyId = seeded.items[0].id;
  const locations = await each((i) => post<Location>(token, '/api/locations', { name: tied('Clinic', i), code: `PG${i}` }));
  const locationId = locations[0].id;
  await each((i) => createUser(token, ['staff'], tied('Colleague', i)));
  const kits = await each((i) =>
    post<InterviewKit>(token, '/api/interview-kits', {
      name: tied('Paging kit', i),
      roleTitle: 'Coordinator',
      questions: [
        {
          prompt: 'A surprise bill',
          kind: 'behavioral',
          competencyId,
          probes: ['What happened next?'],
          anchors: { '1': 'Blames the patient', '3': 'Explains accurately', '5': 'Acknowledges, explains, fixes the cause' },
          redFlags: ['Blames the patient'],
        },
      ],
    }),
  );
  const openings = await each((i) =>
    post<Opening>(token, '/api/openings', { title: tied('Coordinator', i), locationId, hiringManagerId: me, kitId: kits[i].id }),
  );
  const openingId = openings[0].id;
  const candidates = await each((i) => post<{ id: string }>(token, '/api/candidates', { name: tied('Candidate', i), email: uniqueEmail('paging') }));
  const applications = await each((i) => post<{ id: string }>(token, '/api/applications', { candidateId: candidates[i].id, openingId }));
  await each((i) =>
    post(token, '/api/interviews', { applicationId: applications[i].id, scheduledAt: '2026-12-01T15:00:00.000Z', interviewerIds: [me] }),
  );
  // The owner is on the team too, so that every review cycle gives them a self-review to list.
  await post<StaffMember>(token, '/api/staff', { name: 'Owner Self', email: owner.email, roleTitle: 'Owner', locationId, hiredAt: '2024-01-01', userId: me });
  const staff = await each((i) =>
    post<StaffMember>(token, '/api/staff', { name: tied('Staff', i), email: uniqueEmail('staff'), roleTitle: 'Coordinator', locationId, hiredAt: '2025-03-01' }),
  );
  await each((i) =>
    post(token, '/api/observations', {
      staffMemberId: staff[i].id,
      competencyId,
      kind: i % 2 ? 'coaching' : 'recognition',
      note: `Observation ${i}`,
      observedAt: i % 3 ? '2026-08-10' : '2026-08-11',
    }),
  );
  await each((i) => post(token, '/api/review-cycles', { name: `Cycle ${i}`, periodStart: '2026-07-01', periodEnd: i % 2 ? '2026-09-30' : '2026-12-31', peersPerPerson: 0 }));
  await each((i) =>
    post(token, '/api/leadership-goals', {
      ownerId: me,
      competencyId,
      title: `Goal ${i}`,
      description: 'Listed in pages',
      target: 'All of them',
      dueDate: i % 2 ? '2027-03-31' : '2027-06-30',
    }),
  );
  const metrics = ['on_time_rate', 'calls_returned_rate', 'billing_error_rate', 'fee_estimate_given_rate', 'signed_fee_policy_rate', 'review_rating', 'inquiry_response_minutes'];
  const rows = ['2026-07', '2026-08', '2026-09'].flatMap((period) => metrics.map((metric) => `,PG0,${period},${metric},1`));
  await expectStatus(
    api()
      .post('/api/service-metrics/import')
      .set(bearer(token))
      .attach('file', Buffer.from(['staff_email,location_code,period,metric,value', ...rows].join('\n') + '\n'), 'metrics.csv'),
    200,
  );
  await tieTimestamps(owner.org.id);
  return { owner, orgId: owner.org.id, openingId };
}

/**
 * Building the world is a few hundred requests; both files of this folder read it and never
 * write, so its rows are saved once in a side schema (truncation only empties `public`) and copied
 * back before each test, as the security tests do with theirs.
 */
const SCHEMA = 'paging_world_snapshot';
/** Access tokens live 15 minutes: past 10 the world is rebuilt so that its session stays valid. */
const MAX_AGE_MS = 10 * 60_000;

async function restore(): Promise<ListWorld | undefined> {
  const saved = await query<{ world: ListWorld; at: string }>(
    `SELECT world, at FROM ${SCHEMA}.paging_world WHERE at > now() - $1::int * interval '1 millisecond'`,
    [MAX_AGE_MS],
  ).catch(() => []);
  if (!saved.length) return undefined;
  const tables = await query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = '${SCHEMA}' AND tablename <> 'paging_world'`);
  const client = await db().connect();
  try {
    await client.query('BEGIN');
    // Foreign keys are checked by triggers that replica mode skips, so the copy order does not matter.
    await client.query('SET LOCAL session_replication_role = replica');
    for (const { tablename } of tables) await client.query(`INSERT INTO public."${tablename}" SELECT * FROM ${SCHEMA}."${tablename}"`);
    await client.query('COMMIT');
    return saved[0].world;
  } catch {
    await client.query('ROLLBACK');
    return undefined;
  } finally {
    client.release();
  }
}

async function save(world: ListWorld): Promise<void> {
  const tables = await query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'");
  await query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await query(`CREATE SCHEMA ${SCHEMA}`);
  for (const { tablename } of tables) await query(`CREATE TABLE ${SCHEMA}."${tablename}" AS TABLE public."${tablename}"`);
  await query(`CREATE TABLE ${SCHEMA}.paging_world (world jsonb NOT NULL, at timestamptz NOT NULL DEFAULT now())`);
  await query(`INSERT INTO ${SCHEMA}.paging_world (world) VALUES ($1)`, [JSON.stringify(world)]);
}

/** The paging world, in the (just truncated) database. */
export async function listWorld(): Promise<ListWorld> {
  const restored = await restore();
  if (restored) return restored;
  const world = await build();
  await save(world);
  return world;
}
