import type {
  CultureHeatmap,
  CultureScorePoint,
  CultureScoresResponse,
  LeaderOverview,
  ReviewResults,
} from '@rapport/shared/contracts';
import { signup } from '../factories';
import { api, bearer, expectStatus } from '../support/http';
import {
  closeCycle,
  competencies,
  createCycle,
  createLocation,
  leaderTeam,
  member,
  review,
} from './culture.factory';

/**
 * Thresholds are not enough when two shown numbers differ by fewer than the minimum of raters: their
 * difference is then a below-threshold aggregate (ADR 0006 hides open cycles for exactly this reason).
 * The first test requires the point that would isolate one rater to be withheld; the second holds two
 * situations that differ only in peer ratings the API itself withholds, and requires the same output for both.
 */
const Q2 = { periodStart: '2026-04-01', periodEnd: '2026-06-30', from: '2026-04', to: '2026-06' };
const Q3 = { periodStart: '2026-07-01', periodEnd: '2026-09-30', from: '2026-07', to: '2026-09' };

describe('anonymous ratings cannot be recovered by comparing shown numbers', () => {
  it('does not pool a cycle with a single new upward rater onto a point that was shown on its own', async () => {
    const owner = await signup('Lumen');
    const team = await leaderTeam(owner, 4);
    const [c1] = await competencies(owner.token);
    const leaderId = team.leader.staff.id;

    const first = await createCycle(owner.token, {
      name: 'Q2',
      periodStart: Q2.periodStart,
      periodEnd: Q2.periodEnd,
    });
    for (const r of team.reports.slice(0, 3))
      await review(r.session, leaderId, 'upward', [{ competencyId: c1.id, rating: 4 }]);
    await closeCycle(owner.token, first.id);
    const second = await createCycle(owner.token, {
      name: 'Q3',
      periodStart: Q3.periodStart,
      periodEnd: Q3.periodEnd,
    });
    await review(team.reports[3].session, leaderId, 'upward', [{ competencyId: c1.id, rating: 1 }]); // the only rater of Q3
    await closeCycle(owner.token, second.id);

    const overview = (
      await expectStatus(
        api()
          .get(`/api/leaders/${team.leader.session.user.id}/overview`)
          .set(bearer(team.leader.session.token)),
        200,
      )
    ).body as LeaderOverview;
    const points = overview.upwardTrend.find((t) => t.competencyId === c1.id)?.points ?? [];
    expect(points.map((p) => p.cycleId)).toEqual([first.id, second.id]);
    expect(points[0].aggregate).toEqual({ suppressed: false, n: 3, mean: 4, comments: [] });
    // Showing Q3 pooled with Q2 (n = 4) next to Q2 alone (n = 3) hands the leader the one Q3 rating:
    // 4 · mean(Q2+Q3) − 3 · mean(Q2) = 4 · 3.25 − 12 = 1. The Q3 point (and the gap taken from it) must be withheld.
    expect({
      q3Point: points[1].aggregate,
      gapStaff: overview.gap.find((g) => g.competencyId === c1.id)?.staff,
    }).toEqual({
      q3Point: expect.objectContaining({ suppressed: true }),
      gapStaff: expect.objectContaining({ suppressed: true }),
    });
  });

  it('keeps two peer ratings out of a culture score that the person, knowing the manager’s rating, could unpick', async () => {
    const owner = await signup('Lumen');
    const hq = await createLocation(owner.token, 'Head office', 'HQ');
    const main = await createLocation(owner.token, 'Main clinic', 'MAIN');
    const manager = await member(owner, ['staff'], { locationId: hq.id, name: 'Mo Manager' });
    const subject = await member(owner, ['staff'], {
      locationId: main.id,
      managerId: manager.staff.id,
      name: 'Sue',
      roleTitle: 'Front desk',
    });
    const peers = [
      await member(owner, ['staff'], { locationId: main.id }),
      await member(owner, ['staff'], { locationId: main.id }),
    ];
    const [c1] = await competencies(owner.token);
    const s = subject.staff.id;

    // Same manager rating in both quarters; the two peers give 1 in Q2 and 5 in Q3.
    const cycles = [];
    for (const [q, peerRating] of [
      [Q2, 1],
      [Q3, 5],
    ] as const) {
      const cycle = await createCycle(owner.token, {
        name: q.from,
        periodStart: q.periodStart,
        periodEnd: q.periodEnd,
        peersPerPerson: 2,
      });
      await review(manager.session, s, 'manager', [{ competencyId: c1.id, rating: 5 }]);
      for (const p of peers)
        await review(p.session, s, 'peer', [{ competencyId: c1.id, rating: peerRating }]);
      await closeCycle(owner.token, cycle.id);
      cycles.push(cycle);
    }

    // The API itself treats the two peers as too few: their aggregate is withheld, the manager's rating is shown.
    const results = (
      await expectStatus(
        api()
          .get(`/api/review-cycles/${cycles[0].id}/results`)
          .query({ staffMemberId: s })
          .set(bearer(subject.session.token)),
        200,
      )
    ).body as ReviewResults;
    expect(results.competencies.find((c) => c.competencyId === c1.id)).toMatchObject({
      manager: { rating: 5 },
      peer: { suppressed: true, reason: 'below_min_raters' },
    });

    const scores = (
      await expectStatus(
        api()
          .get('/api/culture/scores')
          .query({ period: 'quarter', from: Q2.from, to: Q3.to })
          .set(bearer(subject.session.token)),
        200,
      )
    ).body as CultureScoresResponse;
    const [q2, q3] = scores.items.find((i) => i.subjectId === s)?.points ?? [];
    const part360 = (p: CultureScorePoint) => ({
      score: p.score,
      ratings360:
        p.breakdown.components.find((c) => c.component === 'ratings360') ??
        p.breakdown.dropped.find((d) => d.component === 'ratings360'),
    });
    const heatmapCell = async (q: typeof Q2) => {
      const res = await expectStatus(
        api()
          .get('/api/culture/heatmap')
          .query({ from: q.from, to: q.to, by: 'roleTitle' })
          .set(bearer(owner.token)),
        200,
      );
      return (res.body as CultureHeatmap).cells.find(
        (c) => c.competencyId === c1.id && c.groupKey === 'Front desk',
      );
    };
    // If the peers' ratings moved these numbers, the 360 value (Q2: mean of 5, 1, 1 → 33.3) minus the known
    // manager rating would give the peers' sum: 3 · 7/3 − 5 = 2, i.e. both peers gave 1.
    expect({ score: part360(q2), heatmap: await heatmapCell(Q2) }).toEqual({
      score: part360(q3),
      heatmap: await heatmapCell(Q3),
    });
  });
});
