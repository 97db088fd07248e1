import type {
  CultureHeatmap,
  CultureScoresResponse,
  HeatmapCell,
  PatientSignals,
} from '@rapport/shared/contracts';
import { signup, type Session } from '../factories';
import { download, readPdf, readXlsx, sheetObjects } from '../reports/readers';
import { api, bearer, expectStatus } from '../support/http';
import {
  closeCycle,
  competencies,
  createCycle,
  createLocation,
  member,
  type Member,
  review,
} from './culture.factory';

/**
 * Issue 13: the unit of anonymity is a rater group (one subject × peer or upward × one cycle). A group
 * below the minimum contributes nothing to any figure, so no subtraction of two shown figures (two
 * cells, two ranges, a figure before and after a submission) recovers one person's rating.
 * The example seen: a location cell at n = 3 mean 5.0 (three peers rating a colleague) moved to n = 4
 * mean 4.0 once the leader's only upward rater submitted, and 4 · 4 − 3 · 5 = 1 is that rating.
 */

const Q2 = { periodStart: '2026-04-01', periodEnd: '2026-06-30' };
const Q3 = { periodStart: '2026-07-01', periodEnd: '2026-09-30' };
const ROLE = 'Clinician';

interface Practice {
  owner: Session;
  locationId: string;
  leader: Member;
  report: Member;
  colleague: Member;
  peers: Member[];
}

/** One location, everyone with one role title: a leader with one report, a colleague and three peers. */
async function practice(): Promise<Practice> {
  const owner = await signup('Lumen');
  const location = await createLocation(owner.token);
  const at = { locationId: location.id, roleTitle: ROLE };
  const leader = await member(owner, ['leader'], { ...at, name: 'Dr Lead' });
  const report = await member(owner, ['staff'], { ...at, managerId: leader.staff.id, name: 'Rae Report' });
  const colleague = await member(owner, ['staff'], { ...at, name: 'Xia Colleague' });
  const peers: Member[] = [];
  for (const name of ['Pat', 'Pia', 'Poe']) peers.push(await member(owner, ['staff'], { ...at, name }));
  return { owner, locationId: location.id, leader, report, colleague, peers };
}

/** A cycle in which everyone at the location is asked to rate everyone else there. */
const everyoneRatesEveryone = (token: string, period: typeof Q3, name = 'Cycle') =>
  createCycle(token, { name, ...period, peersPerPerson: 10 });

async function heatmap(token: string, by: 'location' | 'roleTitle', from: string, to: string): Promise<CultureHeatmap> {
  return (await expectStatus(api().get('/api/culture/heatmap').query({ by, from, to }).set(bearer(token)), 200))
    .body as CultureHeatmap;
}

const cell = (h: CultureHeatmap, competencyId: string, groupKey: string): HeatmapCell | undefined =>
  h.cells.find((c) => c.competencyId === competencyId && c.groupKey === groupKey);

const shown = (n: number, mean: number) => ({ insufficient_data: false, reason: null, n, mean, score: (mean - 1) * 25 });

describe('a rater group below the minimum contributes to no figure', () => {
  it('keeps the location and role cells at n = 3 mean 5 after the leader’s only upward rater submits, in every route and export', async () => {
    const p = await practice();
    const [c1] = await competencies(p.owner.token);
    const cycle = await everyoneRatesEveryone(p.owner.token, Q3);
    for (const peer of p.peers) await review(peer.session, p.colleague.staff.id, 'peer', [{ competencyId: c1.id, rating: 5 }]);
    await review(p.report.session, p.leader.staff.id, 'upward', [{ competencyId: c1.id, rating: 1, comment: 'Never listens' }]);
    await closeCycle(p.owner.token, cycle.id);
    const range = { from: '2026-07', to: '2026-09' };

    expect({
      byLocation: cell(await heatmap(p.owner.token, 'location', range.from, range.to), c1.id, p.locationId),
      byRole: cell(await heatmap(p.owner.token, 'roleTitle', range.from, range.to), c1.id, ROLE),
    }).toEqual({
      byLocation: { competencyId: c1.id, groupKey: p.locationId, ...shown(3, 5) },
      byRole: { competencyId: c1.id, groupKey: ROLE, ...shown(3, 5) },
    });

    // Location score: the 360 component is the three peers' 5 → 100 (with the upward 1 it would be 75).
    const locations = (
      await expectStatus(
        api().get('/api/culture/scores').query({ level: 'location', period: 'quarter', ...range, limit: 50 }).set(bearer(p.owner.token)),
        200,
      )
    ).body as CultureScoresResponse;
    const point = locations.items.find((i) => i.subjectId === p.locationId)?.points[0];
    expect(point?.breakdown.components.find((c) => c.component === 'ratings360')?.value).toBe(100);

    // The leader's own score has no 360 input at all: one upward rater is as if nobody had rated.
    const staff = (
      await expectStatus(
        api()
          .get('/api/culture/scores')
          .query({ level: 'staff', period: 'quarter', ...range, staffMemberId: p.leader.staff.id, limit: 50 })
          .set(bearer(p.owner.token)),
        200,
      )
    ).body as CultureScoresResponse;
    expect(staff.items[0].points[0].breakdown.dropped).toContainEqual({ component: 'ratings360', reason: 'no_data' });

    const signals = (await expectStatus(api().get('/api/patient-signals').query(range).set(bearer(p.owner.token)), 200))
      .body as PatientSignals;
    expect(signals.cells.find((c) => c.locationId === p.locationId && c.competencyId === c1.id)?.staff).toEqual({
      insufficient_data: false,
      n: 3,
      mean: 5,
      score: 100,
    });

    const book = readXlsx((await download(api().get('/api/exports/culture').query(range).set(bearer(p.owner.token)))).body);
    const row = (sheet: string) => sheetObjects(book[sheet]).find((r) => r['Competency'] === c1.name);
    expect({
      byLocation: row('Heatmap by location')?.['Main clinic'],
      byRole: row('Heatmap by role')?.[ROLE],
      location360: sheetObjects(book['Locations']).find((r) => r['Period'] === '2026-Q3')?.['360 by others (0-100)'],
      leader360: sheetObjects(book['Staff']).find((r) => r['Staff member'] === 'Dr Lead')?.['360 by others (0-100)'],
    }).toEqual({ byLocation: 5, byRole: 5, location360: 100, leader360: 'no data' });

    const pdf = readPdf((await download(api().get('/api/exports/culture').query({ ...range, format: 'pdf' }).set(bearer(p.owner.token)))).body);
    expect(pdf).toContain('5.00');
    expect(pdf).not.toMatch(/\b4\.00\b/);
  });

  it('shows the same figures for two ranges that differ by a cycle with one upward rater', async () => {
    const p = await practice();
    const [c1] = await competencies(p.owner.token);
    const q2 = await everyoneRatesEveryone(p.owner.token, Q2, 'Q2');
    for (const peer of p.peers) await review(peer.session, p.colleague.staff.id, 'peer', [{ competencyId: c1.id, rating: 5 }]);
    await closeCycle(p.owner.token, q2.id);
    const q3 = await everyoneRatesEveryone(p.owner.token, Q3, 'Q3');
    await review(p.report.session, p.leader.staff.id, 'upward', [{ competencyId: c1.id, rating: 1 }]);
    await closeCycle(p.owner.token, q3.id);

    for (const by of ['location', 'roleTitle'] as const) {
      const key = by === 'location' ? p.locationId : ROLE;
      const quarter = cell(await heatmap(p.owner.token, by, '2026-04', '2026-06'), c1.id, key);
      const half = cell(await heatmap(p.owner.token, by, '2026-04', '2026-09'), c1.id, key);
      expect({ by, quarter, half }).toEqual({ by, quarter: expect.objectContaining(shown(3, 5)), half: quarter });
    }
  });

  it('counts a cycle in a range only when its period ends in it: a range holds whole cycles', async () => {
    const p = await practice();
    const [c1] = await competencies(p.owner.token);
    const q2 = await everyoneRatesEveryone(p.owner.token, Q2);
    for (const peer of p.peers) await review(peer.session, p.colleague.staff.id, 'peer', [{ competencyId: c1.id, rating: 5 }]);
    await closeCycle(p.owner.token, q2.id);

    // May lies inside the cycle's period, which ends in June: the cycle belongs to June, not to May.
    expect({
      may: cell(await heatmap(p.owner.token, 'location', '2026-05', '2026-05'), c1.id, p.locationId)?.reason,
      june: cell(await heatmap(p.owner.token, 'location', '2026-06', '2026-06'), c1.id, p.locationId)?.n,
    }).toEqual({ may: 'no_data', june: 3 });
  });

  it('leaves out a competency that too few of a group rated, even when the group itself is large enough', async () => {
    const p = await practice();
    const [c1, c2] = await competencies(p.owner.token);
    const [pat, pia, poe] = p.peers;
    const cycle = await everyoneRatesEveryone(p.owner.token, Q3);
    // Xia's peers: three rate c1, only two of them c2 (with 1). Pat's peers: three rate c2 with 4.
    await review(pat.session, p.colleague.staff.id, 'peer', [{ competencyId: c1.id, rating: 5 }, { competencyId: c2.id, rating: 1 }]);
    await review(pia.session, p.colleague.staff.id, 'peer', [{ competencyId: c1.id, rating: 5 }, { competencyId: c2.id, rating: 1 }]);
    await review(poe.session, p.colleague.staff.id, 'peer', [{ competencyId: c1.id, rating: 5 }]);
    for (const rater of [p.colleague, pia, poe]) await review(rater.session, pat.staff.id, 'peer', [{ competencyId: c2.id, rating: 4 }]);
    await closeCycle(p.owner.token, cycle.id);

    const h = await heatmap(p.owner.token, 'location', '2026-07', '2026-09');
    expect(cell(h, c2.id, p.locationId)).toEqual({ competencyId: c2.id, groupKey: p.locationId, ...shown(3, 4) });
  });
});

describe('a leader’s review results', () => {
  it('are visible exactly where the leader page is: to the leader and owner/admin/HR, not to another leader', async () => {
    const p = await practice();
    const other = await member(p.owner, ['leader'], { locationId: p.locationId, name: 'Dr Other' });
    const cycle = await createCycle(p.owner.token);
    const results = (token: string, staffMemberId: string) =>
      api().get(`/api/review-cycles/${cycle.id}/results`).query({ staffMemberId }).set(bearer(token));
    const overview = (token: string) => api().get(`/api/leaders/${p.leader.session.user.id}/overview`).set(bearer(token));

    await expectStatus(overview(other.session.token), 404);
    await expectStatus(results(other.session.token, p.leader.staff.id), 404);
    await expectStatus(overview(p.leader.session.token), 200);
    await expectStatus(results(p.leader.session.token, p.leader.staff.id), 200);
    await expectStatus(overview(p.owner.token), 200);
    await expectStatus(results(p.owner.token, p.leader.staff.id), 200);
    // Someone who is not a leader keeps the private-data rule: leaders read everyone's.
    await expectStatus(results(other.session.token, p.report.staff.id), 200);
  });
});
