import { signup } from '../factories';
import { count } from '../support/db';
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
