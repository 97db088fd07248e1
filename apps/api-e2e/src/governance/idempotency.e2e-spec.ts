import { signup } from '../factories';
import { count, query } from '../support/db';
import { api, bearer, expectProblem, expectStatus } from '../support/http';
import { competencies, createLocation, createStaff, importCsv, observe } from '../culture/culture.factory';
import { hiringWorld, schedulePanel } from '../hiring/hiring.factory';

describe('Idempotency-Key', () => {
  it('replays a retried observation instead of recording it twice', async () => {
    const owner = await signup('Lumen');
    const location = await createLocation(owner.token);
    const staff = await createStaff(owner.token, { locationId: location.id });
    const [competency] = await competencies(owner.token);
    const body = { staffMemberId: staff.id, competencyId: competency.id, kind: 'recognition' as const };

    const first = await expectStatus(observe(owner.token, body).set('Idempotency-Key', 'obs-retry-0001'), 201);
    const retry = await expectStatus(observe(owner.token, body).set('Idempotency-Key', 'obs-retry-0001'), 201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await count('observations')).toBe(1);

    await expectStatus(observe(owner.token, body).set('Idempotency-Key', 'obs-retry-0002'), 201);
    expect(await count('observations')).toBe(2);

    // The same key on another idempotent route is a client bug, not a replay.
    const reused = await importCsv(owner.token, 'location_code,period,metric,value\nMAIN,2026-01,on_time_rate,0.9\n').set(
      'Idempotency-Key',
      'obs-retry-0001',
    );
    expectProblem(reused, 422);
    expect(await count('service_metrics')).toBe(0);
  });

  it('replays a retried scorecard submit and rejects a malformed key', async () => {
    const world = await hiringWorld(await signup('Lumen'));
    const interview = await schedulePanel(world, [world.i1.user.id]);
    const ratings = interview.questions.map((q) => ({ questionId: q.id, rating: 4, evidence: 'Named the feeling first' }));
    await expectStatus(
      api().put(`/api/interviews/${interview.id}/scorecards/me`).set(bearer(world.i1.token)).send({ ratings, recommendation: 'yes' }),
      200,
    );
    const submit = () =>
      api().post(`/api/interviews/${interview.id}/scorecards/me/submit`).set(bearer(world.i1.token)).set('Idempotency-Key', 'submit-k-0001');
    const first = await expectStatus(submit(), 200);
    const retry = await expectStatus(submit(), 200);
    expect(retry.body).toEqual(first.body);
    expect(await count('audit_events', { action: 'scorecard.submitted' })).toBe(1);
    expectProblem(await api().post(`/api/interviews/${interview.id}/scorecards/me/submit`).set(bearer(world.i1.token)).set('Idempotency-Key', 'bad key!'), 400);
  });

  it('frees the key when the first attempt fails, so a corrected retry runs', async () => {
    const owner = await signup('Lumen');
    const location = await createLocation(owner.token);
    const staff = await createStaff(owner.token, { locationId: location.id });
    const [competency] = await competencies(owner.token);
    const bad = await observe(owner.token, { staffMemberId: staff.id, competencyId: staff.id, kind: 'recognition' }).set(
      'Idempotency-Key',
      'obs-fix-00001',
    );
    expect(bad.status).toBeGreaterThanOrEqual(400);
    await expectStatus(
      observe(owner.token, { staffMemberId: staff.id, competencyId: competency.id, kind: 'recognition' }).set('Idempotency-Key', 'obs-fix-00001'),
      201,
    );
    expect(await count('observations')).toBe(1);
  });
});

describe('Idempotency-Key belongs to one request: its author, route and body', () => {
  it("never replays one panelist's submit to another: 422, nothing shown, nothing written", async () => {
    const world = await hiringWorld(await signup('Lumen'));
    const interview = await schedulePanel(world, [world.i1.user.id, world.i2.user.id]);
    for (const [who, evidence] of [
      [world.i1, 'Named the feeling first'],
      [world.i2, 'Talked over the patient'],
    ] as const) {
      const ratings = interview.questions.map((q) => ({ questionId: q.id, rating: 3, evidence }));
      await expectStatus(
        api().put(`/api/interviews/${interview.id}/scorecards/me`).set(bearer(who.token)).send({ ratings, recommendation: 'yes' }),
        200,
      );
    }
    const submit = (token: string) =>
      api().post(`/api/interviews/${interview.id}/scorecards/me/submit`).set(bearer(token)).set('Idempotency-Key', 'submit-shared-01');
    await expectStatus(submit(world.i1.token), 200);

    const replayed = await submit(world.i2.token);
    expectProblem(replayed, 422);
    expect(JSON.stringify(replayed.body)).not.toContain('Named the feeling first');
    expect(replayed.headers['idempotent-replayed']).toBeUndefined();
    // i2's own scorecard stayed a draft: nothing ran for them.
    const [card] = await query<{ status: string }>(`SELECT status FROM scorecards WHERE interview_id = $1 AND interviewer_id = $2`, [
      interview.id,
      world.i2.user.id,
    ]);
    expect(card.status).toBe('draft');
    expect(await count('audit_events', { action: 'scorecard.submitted' })).toBe(1);
    // With a key of their own, i2 submits their own scorecard.
    const own = await expectStatus(
      api().post(`/api/interviews/${interview.id}/scorecards/me/submit`).set(bearer(world.i2.token)).set('Idempotency-Key', 'submit-own-0002'),
      200,
    );
    expect(own.body).toMatchObject({ interviewerId: world.i2.user.id, status: 'submitted' });
  });

  it('refuses the same key with another body (422, nothing written) and replays the same body in any key order', async () => {
    const owner = await signup('Lumen');
    const location = await createLocation(owner.token);
    const staff = await createStaff(owner.token, { locationId: location.id });
    const [competency] = await competencies(owner.token);
    const body = { staffMemberId: staff.id, competencyId: competency.id, kind: 'recognition' as const, note: 'Calmed a patient' };
    const first = await expectStatus(observe(owner.token, body).set('Idempotency-Key', 'obs-body-0001'), 201);

    const other = await observe(owner.token, { ...body, note: 'Something else entirely' }).set('Idempotency-Key', 'obs-body-0001');
    expectProblem(other, 422);
    expect(JSON.stringify(other.body)).not.toContain(first.body.id);
    expect(await count('observations')).toBe(1);

    const reordered = Object.fromEntries(Object.entries({ observedAt: '2026-08-10', ...body }).reverse());
    const replay = await expectStatus(
      api().post('/api/observations').set(bearer(owner.token)).set('Idempotency-Key', 'obs-body-0001').send(reordered),
      201,
    );
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(first.body);
    expect(await count('observations')).toBe(1);
  });

  it('binds an upload to its file: another CSV under the same key is refused, the same one replays', async () => {
    const owner = await signup('Lumen');
    await createLocation(owner.token);
    const march = 'location_code,period,metric,value\nMAIN,2026-03,on_time_rate,0.9\n';
    const april = 'location_code,period,metric,value\nMAIN,2026-04,on_time_rate,0.8\n';
    const first = await expectStatus(importCsv(owner.token, march).set('Idempotency-Key', 'csv-file-0001'), 200);
    expectProblem(await importCsv(owner.token, april).set('Idempotency-Key', 'csv-file-0001'), 422);
    expect(await count('service_metrics')).toBe(1);
    const replay = await expectStatus(importCsv(owner.token, march).set('Idempotency-Key', 'csv-file-0001'), 200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(first.body);
    expect(await count('service_metrics')).toBe(1);
  });

  it('expires a key after 24 hours, and the daily retention run deletes expired keys with their responses', async () => {
    const owner = await signup('Lumen');
    const location = await createLocation(owner.token);
    const staff = await createStaff(owner.token, { locationId: location.id });
    const [competency] = await competencies(owner.token);
    const body = { staffMemberId: staff.id, competencyId: competency.id, kind: 'recognition' as const };
    await expectStatus(observe(owner.token, body).set('Idempotency-Key', 'obs-old-00001'), 201);
    await expectStatus(observe(owner.token, body).set('Idempotency-Key', 'obs-new-00001'), 201);
    const [ttl] = await query<{ hours: number }>(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours FROM idempotency_keys WHERE key = 'obs-new-00001'`,
    );
    expect(ttl.hours).toBe(24);

    await query(`UPDATE idempotency_keys SET expires_at = now() - interval '1 minute' WHERE key = 'obs-old-00001'`);
    // An expired key is free again: the same key with another body runs instead of a 422.
    await expectStatus(observe(owner.token, { ...body, note: 'A new day' }).set('Idempotency-Key', 'obs-old-00001'), 201);
    expect(await count('observations')).toBe(3);

    await query(`UPDATE idempotency_keys SET expires_at = now() - interval '1 minute' WHERE key = 'obs-old-00001'`);
    const run = await expectStatus(api().post('/api/retention/run').set(bearer(owner.token)), 200);
    expect(run.body).toMatchObject({ skipped: false, expiredIdempotencyKeys: 1 });
    expect((await query<{ key: string }>(`SELECT key FROM idempotency_keys`)).map((r) => r.key)).toEqual(['obs-new-00001']);
  });
});
