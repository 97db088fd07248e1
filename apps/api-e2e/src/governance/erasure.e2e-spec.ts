import type { AuditVerification, Debrief, ErasureResult, RetentionCandidate } from '@rapport/shared/contracts';
import type { Test } from 'supertest';
import { signup, userWithRoles } from '../factories';
import { query } from '../support/db';
import { api, bearer, expectProblem, expectStatus } from '../support/http';
import { hiringWorld, type HiringWorld, schedulePanel } from '../hiring/hiring.factory';

/**
 * Every text-like column (text, varchar, char, json, jsonb, arrays, citext) of every table, read
 * from information_schema so that a table added later is searched too: where personal data could hide.
 */
async function occurrences(value: string): Promise<string[]> {
  const columns = await query<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public'
        AND (c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY') OR c.udt_name = 'citext')`,
  );
  expect(columns.length).toBeGreaterThan(50);
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    const [{ n }] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1`,
      [`%${value}%`],
    );
    if (n > 0) found.push(`${table_name}.${column_name}`);
  }
  return found;
}

const NAME = 'Casey Lind';
const EMAIL = 'casey@example.com';
const PHONE = '+44 20 7946 0958';
const IDENTIFIERS = [NAME, EMAIL, PHONE];

/** Where each of the candidate's identifiers still occurs. */
async function identifiersFound(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const value of IDENTIFIERS) out[value] = await occurrences(value);
  return out;
}
const NOWHERE = Object.fromEntries(IDENTIFIERS.map((v) => [v, []]));

const SUBMIT_KEY = 'erasure-submit-0001';

/** A candidate with every identifier (name, email, phone) in every place the hiring flow puts text. */
async function scoredWorld(): Promise<{ world: HiringWorld; interviewId: string; submit: () => Test }> {
  const world = await hiringWorld(await signup('Lumen'));
  await expectStatus(
    api()
      .patch(`/api/candidates/${world.candidate.id}`)
      .set(bearer(world.manager.token))
      .send({ phone: PHONE, notes: `${NAME} asked us to call ${PHONE}`, version: world.candidate.version }),
    200,
  );
  const interview = await schedulePanel(world, [world.i1.user.id]);
  const ratings = interview.questions.map((q, i) => ({ questionId: q.id, rating: 3 + (i % 2), evidence: `${NAME} apologised first` }));
  await expectStatus(api().put(`/api/interviews/${interview.id}/scorecards/me`).set(bearer(world.i1.token)).send({ ratings, recommendation: 'yes' }), 200);
  // Submitted with an Idempotency-Key: the stored response holds the evidence, i.e. the name.
  const submit = () =>
    api().post(`/api/interviews/${interview.id}/scorecards/me/submit`).set(bearer(world.i1.token)).set('Idempotency-Key', SUBMIT_KEY);
  await expectStatus(submit(), 200);
  await expectStatus(
    api()
      .post(`/api/applications/${world.application.id}/stage`)
      .set(bearer(world.manager.token))
      .send({ stage: 'rejected', reason: `${NAME} prefers part-time` }),
    200,
  );
  return { world, interviewId: interview.id, submit };
}

describe('candidate erasure', () => {
  it('leaves no name, email or phone in any column of any table, keeps ratings, and the chain still verifies', async () => {
    const { world, interviewId, submit } = await scoredWorld();
    const hr = await userWithRoles(world.owner, ['hr']);
    const before = (await expectStatus(api().get(`/api/interviews/${interviewId}/debrief`).set(bearer(hr.token)), 200)).body as Debrief;
    const found = await identifiersFound();
    for (const value of IDENTIFIERS) expect(found[value]).not.toEqual([]);
    expect(found[NAME]).toContain('idempotency_keys.response');

    expectProblem(await api().post(`/api/candidates/${world.candidate.id}/erase`).set(bearer(world.manager.token)), 403);
    const result = (await expectStatus(api().post(`/api/candidates/${world.candidate.id}/erase`).set(bearer(hr.token)), 200))
      .body as ErasureResult;
    expect(result.redactedAuditEvents).toBeGreaterThan(0);

    expect(await identifiersFound()).toEqual(NOWHERE);
    // A retry of the submit's key replays nothing about the candidate.
    const retry = await submit();
    expect(JSON.stringify(retry.body)).not.toContain(NAME);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(await identifiersFound()).toEqual(NOWHERE);
    const after = (await expectStatus(api().get(`/api/interviews/${interviewId}/debrief`).set(bearer(hr.token)), 200)).body as Debrief;
    expect(after.competencies).toEqual(before.competencies);
    expect(after.overallScore).toBe(before.overallScore);
    const verify = (await expectStatus(api().get('/api/audit-events/verify').set(bearer(hr.token)), 200)).body as AuditVerification;
    expect(verify).toMatchObject({ valid: true, firstBroken: null });
    expectProblem(await api().post(`/api/candidates/${world.candidate.id}/erase`).set(bearer(hr.token)), 409);
  });

  it('is invisible across organizations', async () => {
    const { world } = await scoredWorld();
    const other = await signup('Other practice');
    expectProblem(await api().post(`/api/candidates/${world.candidate.id}/erase`).set(bearer(other.token)), 404);
    expect(await occurrences(EMAIL)).not.toEqual([]);
  });
});

describe('audit chain', () => {
  it('reports a tampered event as the first broken link', async () => {
    const { world } = await scoredWorld();
    const ok = (await expectStatus(api().get('/api/audit-events/verify').set(bearer(world.owner.token)), 200)).body as AuditVerification;
    expect(ok.valid).toBe(true);
    expect(ok.events).toBeGreaterThan(5);
    const [victim] = await query<{ id: string; seq: string }>(
      `SELECT id, seq FROM audit_events WHERE organization_id = $1 AND action = 'application.stage_changed' ORDER BY seq LIMIT 1`,
      [world.owner.org.id],
    );
    await query(`UPDATE audit_events SET after = jsonb_set(after, '{reason}', '"edited later"') WHERE id = $1`, [victim.id]);
    const broken = (await expectStatus(api().get('/api/audit-events/verify').set(bearer(world.owner.token)), 200)).body as AuditVerification;
    expect(broken).toMatchObject({ valid: false, firstBroken: { eventId: victim.id, seq: Number(victim.seq), reason: 'before/after were changed' } });
  });
});

describe('retention', () => {
  it('previews and erases unsuccessful candidates past the retention period, except those on legal hold', async () => {
    const { world } = await scoredWorld();
    const preview = () =>
      expectStatus(api().get('/api/retention/preview').set(bearer(world.owner.token)), 200).then((r) => r.body as RetentionCandidate[]);
    expect(await preview()).toEqual([]);
    // Last activity 400 days ago (beyond the default 365).
    await query(`UPDATE candidates SET updated_at = now() - interval '400 days' WHERE id = $1`, [world.candidate.id]);
    await query(`UPDATE applications SET stage_entered_at = now() - interval '400 days' WHERE candidate_id = $1`, [world.candidate.id]);
    await query(`UPDATE interviews SET scheduled_at = now() - interval '400 days'`);
    expect((await preview()).map((c) => c.candidateId)).toEqual([world.candidate.id]);

    // The candidate as it is now (scoredWorld already edited it once).
    const current = await expectStatus(api().get(`/api/candidates/${world.candidate.id}`).set(bearer(world.owner.token)), 200);
    const hold = await expectStatus(
      api()
        .patch(`/api/candidates/${world.candidate.id}`)
        .set(bearer(world.owner.token))
        .send({ legalHold: true, version: (current.body as { version: number }).version }),
      200,
    );
    expect(hold.body.legalHold).toBe(true);
    // An erasure request is refused while the hold lasts, and changes nothing.
    const held = await api().post(`/api/candidates/${world.candidate.id}/erase`).set(bearer(world.owner.token));
    expectProblem(held, 409);
    expect(held.body.detail).toContain('legal hold');
    expect((await query<{ erased_at: Date | null }>(`SELECT erased_at FROM candidates WHERE id = $1`, [world.candidate.id]))[0].erased_at).toBeNull();
    await query(`UPDATE candidates SET updated_at = now() - interval '400 days' WHERE id = $1`, [world.candidate.id]);
    expect(await preview()).toEqual([]);

    await query(`UPDATE candidates SET legal_hold = false WHERE id = $1`, [world.candidate.id]);
    const run = await expectStatus(api().post('/api/retention/run').set(bearer(world.owner.token)), 200);
    expect(run.body).toMatchObject({ erased: 1, skipped: false, candidateIds: [world.candidate.id] });
    // The automatic path is the same erasure: nothing left anywhere, stored responses included.
    expect(await identifiersFound()).toEqual(NOWHERE);
    const verify = (await expectStatus(api().get('/api/audit-events/verify').set(bearer(world.owner.token)), 200)).body as AuditVerification;
    expect(verify).toMatchObject({ valid: true, firstBroken: null });
  });

  it('keeps the retention period within bounds', async () => {
    const owner = await signup('Lumen');
    const res = await api().put('/api/retention/settings').set(bearer(owner.token)).send({ candidateRetentionDays: 5 });
    expectProblem(res, 400);
    const saved = await expectStatus(api().put('/api/retention/settings').set(bearer(owner.token)).send({ candidateRetentionDays: 400 }), 200);
    expect(saved.body).toEqual({ candidateRetentionDays: 400 });
  });
});
