import type {
  CultureHeatmap,
  CultureScorePoint,
  CultureScoresResponse,
  LeaderOverview,
} from '@rapport/shared/contracts';
import { signup, userWithRoles } from '../factories';
import { api, bearer, errorFields, expectProblem, expectStatus } from '../support/http';
import {
  competencies,
  createGoal,
  createLocation,
  createStaff,
  csv,
  importCsv,
  member,
  observe,
  PERIOD,
} from './culture.factory';

const scores = async (token: string, params: Record<string, string>) =>
  (await expectStatus(api().get('/api/culture/scores').query(params).set(bearer(token)), 200))
    .body as CultureScoresResponse;

const EMPTY_POINT = {
  score: null,
  delta: null,
  insufficient_data: true,
  breakdown: {
    components: [],
    dropped: [
      { component: 'ratings360', reason: 'no_data' },
      { component: 'observations', reason: 'no_data' },
      { component: 'serviceMetrics', reason: 'no_data' },
    ],
    serviceMetrics: [],
    observations: { recognitions: 0, coaching: 0 },
  },
};

/**
 * The documented blend (ADR 0004) for one recognition, one coaching note and two rates, with no 360:
 * observations 100·(1+1)/(1+1+2) = 50 (weight 0.2), service mean(90, 70) = 80 (weight 0.3), 360 dropped,
 * so the score is (0.2·50 + 0.3·80) / 0.5 = 68.
 */
const BLENDED: Partial<CultureScorePoint> = {
  score: expect.closeTo(68, 6),
  insufficient_data: true,
  breakdown: {
    components: [
      { component: 'observations', value: 50, weight: 0.2, effectiveWeight: expect.closeTo(0.4, 6) },
      {
        component: 'serviceMetrics',
        value: expect.closeTo(80, 6),
        weight: 0.3,
        effectiveWeight: expect.closeTo(0.6, 6),
      },
    ],
    dropped: [{ component: 'ratings360', reason: 'no_data' }],
    serviceMetrics: expect.arrayContaining([
      { metric: 'calls_returned_rate', raw: 0.9, normalised: expect.closeTo(90, 6) },
      { metric: 'on_time_rate', raw: 0.7, normalised: expect.closeTo(70, 6) },
    ]),
    observations: { recognitions: 1, coaching: 1 },
  },
};

describe('culture scores and heatmap', () => {
  it('returns the series shape, marks missing inputs, blends what is there, and keeps location views for overseers', async () => {
    const owner = await signup('Lumen');
    const main = await createLocation(owner.token, 'Main clinic', 'MAIN');
    const north = await createLocation(owner.token, 'North clinic', 'NORTH');
    const ana = await createStaff(owner.token, {
      locationId: main.id,
      name: 'Ana',
      email: 'ana@lumen.test',
      roleTitle: 'Coordinator',
    });
    const range = { from: PERIOD.months[0], to: PERIOD.months[2] };

    const empty = await scores(owner.token, { level: 'staff', period: 'month', ...range });
    expect(empty).toEqual({
      level: 'staff',
      period: 'month',
      ...range,
      periods: PERIOD.months,
      minRaters: 3,
      items: [
        {
          subjectId: ana.id,
          name: 'Ana',
          locationId: main.id,
          roleTitle: 'Coordinator',
          points: PERIOD.months.map((period) => ({ period, ...EMPTY_POINT })),
          slope: null,
        },
      ],
      nextCursor: null,
    });

    const [c1] = await competencies(owner.token);
    await expectStatus(
      observe(owner.token, { staffMemberId: ana.id, competencyId: c1.id, kind: 'recognition' }),
      201,
    );
    await expectStatus(
      observe(owner.token, { staffMemberId: ana.id, competencyId: c1.id, kind: 'coaching' }),
      201,
    );
    const metrics = csv([
      ['staff_email', 'period', 'metric', 'value'],
      ['ana@lumen.test', '2026-08', 'calls_returned_rate', '0.9'],
      ['ana@lumen.test', '2026-08', 'on_time_rate', '0.7'],
      // The fee metrics are imported but not scored (ADR 0006): a very low one must not move the score.
      ['ana@lumen.test', '2026-08', 'fee_estimate_given_rate', '0.1'],
    ]);
    await expectStatus(importCsv(owner.token, metrics), 200);

    const monthly = (await scores(owner.token, { ...range })).items[0].points;
    expect(monthly.map((p) => p.score)).toEqual([null, expect.closeTo(68, 6), null]);
    expect(monthly[1]).toEqual({ period: '2026-08', delta: null, ...BLENDED });

    // By quarter, a month inside the quarter widens the range to the whole quarter.
    const quarterly = await scores(owner.token, { period: 'quarter', from: '2026-08', to: '2026-08' });
    expect({ from: quarterly.from, to: quarterly.to, periods: quarterly.periods }).toEqual({
      from: '2026-07',
      to: '2026-09',
      periods: ['2026-Q3'],
    });
    expect(quarterly.items[0].points[0]).toEqual({ period: '2026-Q3', delta: null, ...BLENDED });

    // A location pools its people's inputs; its own imported figure, when there is one, replaces theirs.
    const byLocation = await scores(owner.token, { level: 'location', ...range });
    expect(byLocation.items.map((i) => [i.name, i.points[1].score])).toEqual([
      ['Main clinic', expect.closeTo(68, 6)],
      ['North clinic', null],
    ]);
    await expectStatus(
      importCsv(
        owner.token,
        csv([
          ['location_code', 'period', 'metric', 'value'],
          ['MAIN', '2026-08', 'on_time_rate', '0.3'],
        ]),
      ),
      200,
    );
    const withOwnFigure = await scores(owner.token, { level: 'location', ...range });
    // service = mean(calls 90 from Ana, on-time 30 from the location) = 60; (0.2·50 + 0.3·60) / 0.5 = 56.
    expect(withOwnFigure.items.find((i) => i.subjectId === main.id)?.points[1].score).toBeCloseTo(56, 6);
    expect((await scores(owner.token, range)).items[0].points[1].score).toBeCloseTo(68, 6); // Ana's own score is hers

    const heatmap = (
      await expectStatus(api().get('/api/culture/heatmap').query(range).set(bearer(owner.token)), 200)
    ).body as CultureHeatmap;
    const comps = await competencies(owner.token);
    expect(heatmap).toMatchObject({
      by: 'location',
      ...range,
      minRaters: 3,
      groups: [
        { key: main.id, name: 'Main clinic' },
        { key: north.id, name: 'North clinic' },
      ],
    });
    expect(heatmap.competencies.map((c) => c.id)).toEqual(comps.map((c) => c.id));
    expect(heatmap.cells).toHaveLength(comps.length * 2);
    for (const cell of heatmap.cells)
      expect(cell).toMatchObject({
        insufficient_data: true,
        reason: 'no_data',
        n: null,
        mean: null,
        score: null,
      });
    const byRole = (
      await expectStatus(
        api()
          .get('/api/culture/heatmap')
          .query({ ...range, by: 'roleTitle' })
          .set(bearer(owner.token)),
        200,
      )
    ).body as CultureHeatmap;
    expect(byRole.groups).toEqual([{ key: 'Coordinator', name: 'Coordinator' }]);

    // Staff see their own staff-level series (none here: no staff record), never locations or the heatmap.
    const staff = await userWithRoles(owner, ['staff']);
    expectProblem(
      await api().get('/api/culture/scores').query({ level: 'location' }).set(bearer(staff.token)),
      403,
    );
    expectProblem(await api().get('/api/culture/heatmap').set(bearer(staff.token)), 403);
    expect((await scores(staff.token, range)).items).toEqual([]);
  });

  it('pages subjects in name order, each page scored from its own subjects only', async () => {
    const owner = await signup('Lumen');
    const main = await createLocation(owner.token, 'Main clinic', 'MAIN');
    const names = ['Cleo', 'Ana', 'Dora', 'Ben', 'Eli'];
    const people = new Map<string, string>();
    for (const name of names) people.set(name, (await createStaff(owner.token, { locationId: main.id, name })).id);
    const [c1] = await competencies(owner.token);
    // Only Dora is recognised: her score must follow her onto her page.
    await expectStatus(observe(owner.token, { staffMemberId: people.get('Dora') as string, competencyId: c1.id, kind: 'recognition' }), 201);
    const range = { from: PERIOD.months[0], to: PERIOD.months[2], level: 'staff', period: 'quarter' };

    const seen: CultureScoresResponse['items'] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await scores(owner.token, { ...range, limit: '2', ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen.map((i) => i.name)).toEqual(['Ana', 'Ben', 'Cleo', 'Dora', 'Eli']);
    const recognised = seen.filter((i) => i.points.some((p) => p.breakdown.observations.recognitions > 0)).map((i) => i.name);
    expect(recognised).toEqual(['Dora']);
    // One person (their profile): only them; another organization's person is not found.
    const dora = await scores(owner.token, { ...range, staffMemberId: people.get('Dora') as string });
    expect(dora.items.map((i) => i.name)).toEqual(['Dora']);
    expect(dora.items[0].points.some((p) => p.breakdown.observations.recognitions > 0)).toBe(true);
    const other = await signup('Other');
    const theirs = await createStaff(other.token, { locationId: (await createLocation(other.token, 'Their clinic', 'THEIRS')).id, name: 'Zed' });
    expectProblem(await api().get('/api/culture/scores').query({ ...range, staffMemberId: theirs.id }).set(bearer(owner.token)), 404);
    expect(errorFields(await api().get('/api/culture/scores').query({ level: 'location', staffMemberId: theirs.id }).set(bearer(owner.token)))).toEqual([
      'staffMemberId',
    ]);
    // Without a limit the page is the default (500): everyone, and no next page.
    const all = await scores(owner.token, range);
    expect(all.items).toHaveLength(5);
    expect(all.nextCursor).toBeNull();
  });

  it('validates the query', async () => {
    const owner = await signup('Lumen');
    const get = (path: string, params: Record<string, string>) =>
      api().get(path).query(params).set(bearer(owner.token));
    expect(errorFields(await get('/api/culture/scores', { level: 'planet', period: 'week' })).sort()).toEqual(
      ['level', 'period'],
    );
    expect(errorFields(await get('/api/culture/scores', { from: '2026-09', to: '2026-07' }))).toEqual([
      'from',
    ]);
    expect(errorFields(await get('/api/culture/scores', { from: '2026-13' }))).toEqual(['from']);
    expect(errorFields(await get('/api/culture/heatmap', { by: 'shoe_size' }))).toEqual(['by']);
    expect(errorFields(await get('/api/culture/scores', { limit: '501' }))).toEqual(['limit']);
    expect(errorFields(await get('/api/culture/scores', { cursor: 'not-a-cursor' }))).toEqual(['cursor']);
  });

  it('gives the leader page its shape before any review: goals with check-ins, empty trends, no gap', async () => {
    const owner = await signup('Lumen');
    const location = await createLocation(owner.token);
    const leader = await member(owner, ['leader'], {
      locationId: location.id,
      name: 'Dr Lead',
      roleTitle: 'Physician',
    });
    const comps = await competencies(owner.token);
    const goal = await createGoal(leader.session.token, leader.session.user.id, comps[0].id);
    await expectStatus(
      api()
        .post(`/api/leadership-goals/${goal.id}/check-ins`)
        .set(bearer(leader.session.token))
        .send({ progress: 20, note: 'Begun', date: '2026-10-01' }),
      201,
    );

    const overview = (
      await expectStatus(
        api().get(`/api/leaders/${leader.session.user.id}/overview`).set(bearer(leader.session.token)),
        200,
      )
    ).body as LeaderOverview;
    expect(overview.leader).toEqual({
      userId: leader.session.user.id,
      name: leader.session.user.name,
      staffMemberId: leader.staff.id,
    });
    expect(overview.minRaters).toBe(3);
    expect(overview.goals).toEqual([
      expect.objectContaining({
        id: goal.id,
        progress: 20,
        upward: null,
        checkIns: [expect.objectContaining({ progress: 20, note: 'Begun' })],
      }),
    ]);
    expect(overview.upwardTrend).toEqual(
      comps.map((c) => ({ competencyId: c.id, competencyName: c.name, points: [], slope: null })),
    );
    expect(overview.gap).toEqual(
      comps.map((c) => ({
        competencyId: c.id,
        competencyName: c.name,
        self: null,
        staff: { suppressed: true, reason: 'below_min_raters', minRaters: 3 },
        cyclesPooled: [],
        gap: null,
      })),
    );
    expect(overview.gapCycleId).toBeNull();

    // Only leaders (and the practice owner) have a leader page.
    const hr = await userWithRoles(owner, ['hr']);
    expectProblem(await api().get(`/api/leaders/${hr.user.id}/overview`).set(bearer(owner.token)), 404);
  });
});
