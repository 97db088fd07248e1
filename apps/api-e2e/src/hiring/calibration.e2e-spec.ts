import type { Interview, InterviewerCalibration } from '@rapport/shared/contracts';
import { signup, userWithRoles, type Session } from '../factories';
import { requireEnv } from '../support/db';
import { api, bearer, errorFields, expectStatus } from '../support/http';
import { hiringWorld, type HiringWorld, scheduleInterview } from './hiring.factory';

const A = '2026-03-10T09:00:00.000Z';
const B = '2026-04-10T09:00:00.000Z';
const C = '2026-06-10T09:00:00.000Z';

async function save(session: Session, interview: Interview, values: number[], submit = true): Promise<void> {
  const ratings = interview.questions.map((q, i) => ({ questionId: q.id, rating: values[i], evidence: `Noted ${i + 1}` }));
  const path = `/api/interviews/${interview.id}/scorecards/me`;
  await expectStatus(api().put(path).set(bearer(session.token)).send({ ratings, recommendation: 'yes' }), 200);
  if (submit) await expectStatus(api().post(`${path}/submit`).set(bearer(session.token)), 200);
}

/**
 * Three interviews of one application (kit: q1, q2 on competency 1; q3 on competency 2), scored
 * so that every number below can be worked by hand. Calibration compares competency scores: an
 * interviewer's mean over the competency's questions, minus the mean of the other panelists'.
 *
 *   A (March)  i1 5 5 1 · i2 3 3 3
 *   B (April)  i1 4 4 4 · i2 2 2 4 · i3 3 3 5
 *   C (June)   i1 1 1 1 · i2 5 5 5 · i3 5 5 5 (a draft: never counts)
 */
describe('interviewer calibration', () => {
  let world: HiringWorld;
  let i3: Session;

  beforeEach(async () => {
    world = await hiringWorld(await signup('Lumen'));
    i3 = await userWithRoles(world.owner, ['interviewer']);
    const [a, b, c] = [
      await scheduleInterview(world.application.id, [world.i1.user.id, world.i2.user.id], world.manager.token, A),
      await scheduleInterview(world.application.id, [world.i1.user.id, world.i2.user.id, i3.user.id], world.manager.token, B),
      await scheduleInterview(world.application.id, [world.i1.user.id, world.i2.user.id, i3.user.id], world.manager.token, C),
    ];
    await save(world.i1, a, [5, 5, 1]);
    await save(world.i2, a, [3, 3, 3]);
    await save(world.i1, b, [4, 4, 4]);
    await save(world.i2, b, [2, 2, 4]);
    await save(i3, b, [3, 3, 5]);
    await save(world.i1, c, [1, 1, 1]);
    await save(world.i2, c, [5, 5, 5]);
    await save(i3, c, [5, 5, 5], false);
  });

  /** Each interviewer's [scorecards, ratings, meanDeviation, extremeShare, label], by who they are. */
  async function calibration(query: Record<string, string>) {
    const res = await expectStatus(api().get('/api/analytics/interviewer-calibration').query(query).set(bearer(world.manager.token)), 200);
    const who = new Map([
      [world.i1.user.id, 'i1'],
      [world.i2.user.id, 'i2'],
      [i3.user.id, 'i3'],
    ]);
    return Object.fromEntries(
      (res.body as InterviewerCalibration[]).map((r) => [who.get(r.interviewerId) ?? r.interviewerId, [r.scorecards, r.ratings, r.meanDeviation, r.extremeShare, r.label]]),
    );
  }

  it('measures each interviewer against the other panelists of interviews scheduled in [from, to)', async () => {
    // March and April (A, B). Deviations per (interview, competency):
    //   i1: A +2 (5 − 3), −2 (1 − 3); B +1.5 (4 − mean 2, 3), −0.5 (4 − mean 4, 5) → 1 / 4 = 0.25
    //   i2: A −2, +2; B −1.5 (2 − mean 4, 3), −0.5 (4 − mean 4, 5) → −2 / 4 = −0.5 (severe at −0.5)
    //   i3: B 0 (3 − mean 4, 2), +1 (5 − mean 4, 4) → 0.5 from two comparisons: too few to label
    // Extremes (1s and 5s): i1 5, 5, 1 of six ratings; i2 none; i3 one 5 of three.
    expect(await calibration({ from: '2026-03-01', to: '2026-05-01' })).toEqual({
      i1: [2, 6, 0.25, 0.5, 'calibrated'],
      i2: [2, 6, -0.5, 0, 'severe'],
      i3: [1, 3, 0.5, 0.33, 'insufficient_data'],
    });

    // All time adds June (C), where i3's draft does not count: i1 −4, −4; i2 +4, +4.
    //   i1: (1 − 8) / 6 = −1.17, extremes 6 of 9; i2: (−2 + 8) / 6 = 1, extremes 3 of 9.
    expect(await calibration({})).toEqual({
      i1: [3, 9, -1.17, 0.67, 'severe'],
      i2: [3, 9, 1, 0.33, 'lenient'],
      i3: [1, 3, 0.5, 0.33, 'insufficient_data'],
    });

    // `from` is inclusive (B and C): i1 (1.5 − 0.5 − 4 − 4) / 4 = −1.75; i2 (−1.5 − 0.5 + 4 + 4) / 4 = 1.5.
    expect(await calibration({ from: B })).toEqual({
      i1: [2, 6, -1.75, 0.5, 'severe'],
      i2: [2, 6, 1.5, 0.5, 'lenient'],
      i3: [1, 3, 0.5, 0.33, 'insufficient_data'],
    });

    // `to` is exclusive (A alone): two comparisons each, nobody labelled.
    expect(await calibration({ to: B })).toEqual({
      i1: [1, 3, 0, 1, 'insufficient_data'],
      i2: [1, 3, 0, 0, 'insufficient_data'],
    });

    expect(await calibration({ from: B, to: B })).toEqual({});
  });

  it('refuses a period whose from is after its to with 400 naming from', async () => {
    const ask = (query: Record<string, string>) => api().get('/api/analytics/interviewer-calibration').query(query).set(bearer(world.manager.token));
    expect(errorFields(await ask({ from: '2026-05-01', to: '2026-03-01' }))).toEqual(['from']);
    expect(errorFields(await ask({ from: '2026-04-10T10:00:00.000Z', to: B }))).toEqual(['from']);
    expect(errorFields(await ask({ from: 'last spring' }))).toEqual(['from']);
  });
});

describe('interviewer calibration in the OpenAPI document', () => {
  it('says the deviation is measured against the other panelists (leave-one-out)', async () => {
    const res = await fetch(`${requireEnv('E2E_BASE_URL')}/api/docs-json`);
    const doc = (await res.json()) as { paths: Record<string, { get?: { description?: string } }> };
    const description = doc.paths['/api/analytics/interviewer-calibration'].get?.description ?? '';
    expect(description).toMatch(/leave-one-out/);
    expect(description).toMatch(/mean\s+of the \*?other\*? panelists/);
  });
});
