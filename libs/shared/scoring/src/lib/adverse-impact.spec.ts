import fc from 'fast-check';
import {
  adverseImpact,
  countSelections,
  GroupCount,
  PREFER_NOT_TO_SAY,
  SMALL_GROUPS_LABEL,
} from './adverse-impact';

describe('adverseImpact', () => {
  const counts: GroupCount[] = [
    { group: 'A', applicants: 100, selected: 40 }, // 0.40 → 0.40/0.50 = 0.80, not flagged (exactly 4/5)
    { group: 'B', applicants: 50, selected: 15 }, // 0.30 → 0.60, flagged
    { group: 'C', applicants: 20, selected: 10 }, // 0.50 → highest, ratio 1
    { group: 'D', applicants: 3, selected: 1 }, // small
    { group: 'E', applicants: 2, selected: 2 }, // small; D + E = 3 of 5 → 0.6
    { group: PREFER_NOT_TO_SAY, applicants: 10, selected: 3 },
    { group: null, applicants: 5, selected: 1 },
  ];

  it('computes selection rates, impact ratios against the highest group, and the four-fifths flag', () => {
    const report = adverseImpact(counts);
    expect(report.referenceGroup).toBe('C');
    expect(report.groups.map((g) => [g.group, g.selectionRate, g.fourFifthsFlag])).toEqual([
      ['C', 0.5, false],
      ['A', 0.4, false],
      ['B', 0.3, true],
    ]);
    const [c, a, b] = report.groups;
    expect(c.impactRatio).toBe(1);
    expect(a.impactRatio).toBeCloseTo(0.8, 12);
    expect(b.impactRatio).toBeCloseTo(0.6, 12);
  });

  it('pools groups below the minimum size and never ratios them', () => {
    expect(adverseImpact(counts).smallGroups).toEqual({
      label: SMALL_GROUPS_LABEL,
      groupCount: 2,
      applicants: 5,
      selected: 3,
      selectionRate: 0.6,
    });
    // a pool still below the minimum shows counts only
    expect(adverseImpact(counts, 6).smallGroups).toMatchObject({
      groupCount: 2,
      applicants: 5,
      selectionRate: null,
    });
  });

  it('counts "prefer not to say" and unanswered but keeps them out of the ratios', () => {
    const report = adverseImpact(counts);
    expect(report.excluded).toEqual({
      preferNotToSay: { applicants: 10, selected: 3 },
      notAnswered: { applicants: 5, selected: 1 },
    });
    expect(report.groups.map((g) => g.group)).not.toContain(PREFER_NOT_TO_SAY);
    expect(report.totals).toEqual({ applicants: 190, selected: 72 });
  });

  it('does not flag a ratio of exactly 4/5 that floating point computes as 0.7999999999999999', () => {
    // 3/5 = 0.6 vs 6/8 = 0.75: 0.6/0.75 is 4/5 on paper
    const report = adverseImpact([
      { group: 'X', applicants: 5, selected: 3 },
      { group: 'Y', applicants: 8, selected: 6 },
    ]);
    expect(report.groups[1].impactRatio).toBeLessThan(0.8);
    expect(report.groups[1].fourFifthsFlag).toBe(false);
  });

  it('has no ratios when nobody was selected', () => {
    const report = adverseImpact([
      { group: 'X', applicants: 5, selected: 0 },
      { group: 'Y', applicants: 6, selected: 0 },
    ]);
    expect(report.referenceGroup).toBeNull();
    expect(report.groups.every((g) => g.impactRatio === null && !g.fourFifthsFlag)).toBe(true);
  });

  it('merges repeated groups and rejects impossible counts', () => {
    const report = adverseImpact([
      { group: 'X', applicants: 3, selected: 1 },
      { group: 'X', applicants: 3, selected: 2 },
    ]);
    expect(report.groups).toMatchObject([{ group: 'X', applicants: 6, selected: 3, selectionRate: 0.5 }]);
    expect(() => adverseImpact([{ group: 'X', applicants: 2, selected: 3 }])).toThrow(RangeError);
    expect(() => adverseImpact([{ group: 'X', applicants: 2.5, selected: 1 }])).toThrow(RangeError);
  });

  it('counts per-applicant rows', () => {
    expect(
      countSelections([
        { group: 'X', selected: true },
        { group: null, selected: false },
        { group: 'X', selected: false },
      ]),
    ).toEqual([
      { group: 'X', applicants: 2, selected: 1 },
      { group: null, applicants: 1, selected: 0 },
    ]);
  });

  it('property: ratios ≤ 1, the highest group is exactly 1, small groups never appear individually', () => {
    const group = fc
      .tuple(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([applicants, share]) => ({ applicants, selected: Math.floor(applicants * share) }));
    fc.assert(
      fc.property(fc.array(group, { maxLength: 8 }), fc.integer({ min: 1, max: 10 }), (gs, minSize) => {
        const input = gs.map((g, i) => ({ group: `g${i}`, ...g }));
        const report = adverseImpact(input, minSize);
        for (const g of report.groups) {
          expect(g.applicants).toBeGreaterThanOrEqual(minSize);
          if (g.impactRatio !== null) expect(g.impactRatio).toBeLessThanOrEqual(1);
        }
        if (report.referenceGroup !== null)
          expect(report.groups[0]).toMatchObject({ group: report.referenceGroup, impactRatio: 1 });
        const pooled = report.smallGroups?.applicants ?? 0;
        const shown = report.groups.reduce((a, g) => a + g.applicants, 0);
        expect(shown + pooled).toBe(report.totals.applicants);
      }),
    );
  });
});
