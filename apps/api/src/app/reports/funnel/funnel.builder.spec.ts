import type { ApplicationStage } from '@rapport/shared/contracts';
import type { Journey } from '../journeys';
import { buildFunnel } from './funnel.builder';

const day = (n: number) => new Date(Date.UTC(2026, 6, 1) + n * 24 * 3600 * 1000);

/** A journey from `[stage, day]` steps; the current stage is the last step's. */
function journey(id: string, steps: [ApplicationStage, number][], openingId = 'o1'): Journey {
  return {
    applicationId: id,
    openingId,
    candidateId: `c-${id}`,
    stage: steps[steps.length - 1][0],
    createdAt: day(steps[0][1]),
    changes: steps.map(([toStage, d]) => ({ toStage, at: day(d) })),
  };
}

const journeys = [
  journey('j1', [['applied', 0], ['screening', 2], ['interviewing', 5], ['offer', 9], ['hired', 10]]),
  journey('j2', [['applied', 0], ['screening', 4], ['rejected', 6]]),
  journey('j3', [['applied', 0], ['interviewing', 1]]), // screening skipped, still interviewing
  journey('j4', [['applied', 0], ['withdrawn', 3]]),
  journey('j5', [['applied', 0], ['screening', 1], ['interviewing', 3], ['screening', 5]]), // moved back, open
];

describe('hiring funnel', () => {
  const rows = buildFunnel([{ id: 'o1', title: 'Coordinator', locationName: 'Main', status: 'open' }], journeys);
  const row = (stage: string) => rows.find((r) => r.stage === stage);

  it('counts entered and advanced by the furthest stage reached (skips and moves back included)', () => {
    expect(rows.map((r) => [r.stage, r.entered, r.advanced, r.rejected, r.withdrawn, r.open])).toEqual([
      ['applied', 5, 4, 0, 1, 0],
      ['screening', 4, 3, 1, 0, 0],
      ['interviewing', 3, 1, 0, 0, 2],
      ['offer', 1, 1, 0, 0, 0],
      ['hired', 1, null, null, null, null],
    ]);
  });

  it('gives pass-through rates and median days over completed stays', () => {
    expect(row('applied')).toMatchObject({ passThroughRate: 0.8, medianDaysInStage: 2 });
    // j1 3 days, j2 2, j5 2 (its second, unfinished stay does not count); j3 never was in screening.
    expect(row('screening')).toMatchObject({ passThroughRate: 0.75, medianDaysInStage: 2 });
    expect(row('interviewing')?.passThroughRate).toBeCloseTo(1 / 3, 12);
    expect(row('interviewing')?.medianDaysInStage).toBe(3);
    expect(row('hired')).toMatchObject({ entered: 1, passThroughRate: null, medianDaysToHire: 10 });
  });

  it('measures time to hire from the first stage change when the history starts before the row', () => {
    const backdated = { ...journey('b', [['applied', 0], ['hired', 7]]), createdAt: day(30) };
    const [hired] = buildFunnel([{ id: 'o1', title: 'Coordinator', locationName: 'Main', status: 'open' }], [backdated]).filter(
      (r) => r.stage === 'hired',
    );
    expect(hired.medianDaysToHire).toBe(7);
  });

  it('flags every count below 10 and reports openings without applications', () => {
    expect(rows.every((r) => r.smallSample)).toBe(true);
    const many = Array.from({ length: 12 }, (_, i) => journey(`m${i}`, [['applied', 0], ['screening', 1]]));
    const big = buildFunnel([{ id: 'o1', title: 'Coordinator', locationName: 'Main', status: 'open' }], many);
    expect(big.find((r) => r.stage === 'applied')).toMatchObject({ entered: 12, smallSample: false });
    const empty = buildFunnel([{ id: 'o2', title: 'Nurse', locationName: 'Main', status: 'open' }], journeys);
    expect(empty.map((r) => r.entered)).toEqual([0, 0, 0, 0, 0]);
    expect(empty[0].passThroughRate).toBeNull();
  });
});
