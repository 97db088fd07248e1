import { buildGap, buildUpwardTrend, type LeaderCycle, type LeaderReview } from './leader-view';

const competencies = [{ id: 'c-empathy', name: 'Empathy' }];
const cycles: LeaderCycle[] = [
  { id: 'cy-1', name: 'Q1', periodEnd: '2026-03-31' },
  { id: 'cy-2', name: 'Q2', periodEnd: '2026-06-30' },
  { id: 'cy-3', name: 'Q3', periodEnd: '2026-09-30' },
];
const up = (cycleId: string, raterUserId: string, rating: number): LeaderReview => ({
  cycleId,
  raterUserId,
  relation: 'upward',
  ratings: [{ competencyId: 'c-empathy', rating, comment: `comment by ${raterUserId}` }],
});
const self = (cycleId: string, rating: number): LeaderReview => ({
  cycleId,
  raterUserId: 'u-leader',
  relation: 'self',
  ratings: [{ competencyId: 'c-empathy', rating, comment: '' }],
});

describe('leader view', () => {
  // Two upward raters per cycle (a team of two reports): never enough alone, enough when pooled.
  const reviews = [up('cy-1', 'u-a', 2), up('cy-1', 'u-b', 3), up('cy-2', 'u-c', 3), up('cy-2', 'u-a', 2), up('cy-3', 'u-b', 3), up('cy-3', 'u-c', 4), self('cy-3', 5)];

  it('pools small cycles to reach the minimum and says which cycles it pooled', () => {
    const [trend] = buildUpwardTrend(competencies, cycles, reviews, 3);
    expect(trend.points[0].cyclesPooled).toEqual([]);
    expect(trend.points[1]).toMatchObject({ pooled: true, cyclesPooled: ['cy-2', 'cy-1'] });
    // u-a answered twice (2 and 2) and counts once: mean of (2, 3, 3) over three people.
    expect(trend.points[1].aggregate).toMatchObject({ suppressed: false, n: 3, mean: 8 / 3 });
    // cy-2 is spent: cy-3 alone has two raters, so it stays hidden rather than overlap the shown window.
    expect(trend.points.map((p) => p.aggregate.suppressed)).toEqual([true, false, true]);
  });

  it('never shows overlapping windows whose difference would reveal one person', () => {
    // Q2: three people rate 4 (shown). Q3: a fourth person alone rates 1. Pooling Q3 with Q2 would show
    // n=4, mean 3.25 — and 4·3.25 − 3·4 = 1 gives that person's rating away.
    const q = [up('cy-2', 'u-a', 4), up('cy-2', 'u-b', 4), up('cy-2', 'u-c', 4), up('cy-3', 'u-d', 1)];
    const [trend] = buildUpwardTrend(competencies, cycles, q, 3);
    expect(trend.points[1].aggregate).toMatchObject({ suppressed: false, n: 3, mean: 4 });
    expect(trend.points[2].aggregate.suppressed).toBe(true);
    expect(buildGap(competencies, cycles, [...q, self('cy-3', 5)], 3).gap[0]).toMatchObject({ gap: null, staff: { suppressed: true } });
  });

  it('never shows a pool that stays below the minimum, and no rater id anywhere', () => {
    const lonely = [up('cy-1', 'u-a', 1), up('cy-2', 'u-a', 1), up('cy-3', 'u-b', 1)];
    const [trend] = buildUpwardTrend(competencies, cycles, lonely, 3);
    expect(trend.points.every((p) => p.aggregate.suppressed)).toBe(true);
    expect(JSON.stringify(trend)).not.toMatch(/u-[ab]/);
    expect(trend.slope).toBeNull();
  });

  it('gives the self-vs-staff gap from the latest self-review, with staff pooled as of that cycle', () => {
    // Nothing shown before cy-3, so cy-3 pools with cy-2: u-b 3, u-c (3, 4) → 3.5, u-a 2.
    const later = [up('cy-2', 'u-c', 3), up('cy-2', 'u-a', 2), up('cy-3', 'u-b', 3), up('cy-3', 'u-c', 4), self('cy-3', 5)];
    const { gap, gapCycleId } = buildGap(competencies, cycles, later, 3);
    expect(gapCycleId).toBe('cy-3');
    expect(gap[0].self).toBe(5);
    expect(gap[0].cyclesPooled).toEqual(['cy-3', 'cy-2']);
    expect(gap[0].gap).toBeCloseTo(5 - 8.5 / 3, 10);
  });

  it('has no gap when staff ratings are suppressed or the leader gave no self-review', () => {
    const { gap } = buildGap(competencies, cycles, [self('cy-3', 5), up('cy-3', 'u-a', 2)], 3);
    expect(gap[0]).toMatchObject({ self: 5, gap: null, staff: { suppressed: true } });
    const none = buildGap(competencies, cycles, reviews.filter((r) => r.relation !== 'self'), 3);
    expect(none.gapCycleId).toBeNull();
    expect(none.gap[0].self).toBeNull();
    expect(none.gap[0].gap).toBeNull();
  });
});
