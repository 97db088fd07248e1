import fc from 'fast-check';
import { aggregateWithThreshold, type ThresholdAggregate } from './anonymity';
import { withoutSuppressedGroups, type GroupedRating } from './rater-groups';

/**
 * The figures the API builds from 360 ratings, modelled on the same rule: culture-score inputs (all
 * competencies) per person, location, role title and organization, heatmap cells (one competency ×
 * location or role title), for every range of whole cycles (a cycle counts when its period ends in it).
 */
interface Org {
  subjects: { id: string; location: string; role: string }[];
  /** Cycle id → month index its period ends in. */
  cycles: Map<string, number>;
  minRaters: number;
}

function figures(org: Org, ratings: readonly GroupedRating[]): Record<string, ThresholdAggregate> {
  const out: Record<string, ThresholdAggregate> = {};
  const subject = new Map(org.subjects.map((s) => [s.id, s]));
  const months = [...new Set(org.cycles.values())].sort((a, b) => a - b);
  for (const from of months) {
    for (const to of months.filter((m) => m >= from)) {
      const inRange = ratings.filter((r) => {
        const end = org.cycles.get(r.cycleId) as number;
        return end >= from && end <= to;
      });
      const whole = withoutSuppressedGroups(inRange, { minRaters: org.minRaters, per: 'review' });
      const perCompetency = withoutSuppressedGroups(inRange, { minRaters: org.minRaters, per: 'competency' });
      const add = (key: string, rows: readonly GroupedRating[]) => {
        out[`${from}-${to}|${key}`] = aggregateWithThreshold(
          rows.map((r) => ({ raterId: r.raterId, value: r.value })),
          org.minRaters,
        );
      };
      add('org', whole);
      for (const s of org.subjects) {
        add(`staff:${s.id}`, whole.filter((r) => r.subjectId === s.id));
        add(`location:${s.location}`, whole.filter((r) => subject.get(r.subjectId)?.location === s.location));
        add(`role:${s.role}`, whole.filter((r) => subject.get(r.subjectId)?.role === s.role));
        for (const c of ['c1', 'c2']) {
          const ofCompetency = perCompetency.filter((r) => r.competencyId === c);
          add(`cell:${c}:${s.location}`, ofCompetency.filter((r) => subject.get(r.subjectId)?.location === s.location));
          add(`cell:${c}:${s.role}`, ofCompetency.filter((r) => subject.get(r.subjectId)?.role === s.role));
        }
      }
    }
  }
  return out;
}

const RELATIONS = ['self', 'manager', 'peer', 'upward'] as const;

const ratingArb = fc.record({
  subjectId: fc.constantFrom('s1', 's2', 's3', 's4', 's5'),
  relation: fc.constantFrom(...RELATIONS),
  cycleId: fc.constantFrom('cy1', 'cy2', 'cy3'),
  raterId: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'),
  competencyId: fc.constantFrom('c1', 'c2'),
  value: fc.integer({ min: 1, max: 5 }),
});

const orgArb = fc.record({
  locations: fc.array(fc.constantFrom('north', 'south'), { minLength: 5, maxLength: 5 }),
  roles: fc.array(fc.constantFrom('nurse', 'front desk', 'physician'), { minLength: 5, maxLength: 5 }),
  ends: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
  minRaters: fc.constantFrom(3, 4),
}).map(
  ({ locations, roles, ends, minRaters }): Org => ({
    subjects: locations.map((location, i) => ({ id: `s${i + 1}`, location, role: roles[i] })),
    cycles: new Map(ends.map((end, i) => [`cy${i + 1}`, end])),
    minRaters,
  }),
);

/** As the API stores them: one relation per rater, subject and cycle; one rating per competency of a review. */
function valid(ratings: readonly GroupedRating[]): boolean {
  const relation = new Map<string, string>();
  const seen = new Set<string>();
  for (const r of ratings) {
    const review = `${r.subjectId}|${r.cycleId}|${r.raterId}`;
    if ((relation.get(review) ?? r.relation) !== r.relation) return false;
    relation.set(review, r.relation);
    if (seen.has(`${review}|${r.competencyId}`)) return false;
    seen.add(`${review}|${r.competencyId}`);
  }
  return true;
}

const dedupe = (ratings: readonly GroupedRating[]) => {
  const kept: GroupedRating[] = [];
  for (const r of ratings) if (valid([...kept, r])) kept.push(r);
  return kept;
};

const groupKey = (r: GroupedRating) => `${r.subjectId}|${r.relation}|${r.cycleId}`;
const ratersOf = (ratings: readonly GroupedRating[], key: string) =>
  new Set(ratings.filter((r) => groupKey(r) === key).map((r) => r.raterId)).size;
const isAnonymous = (r: GroupedRating) => r.relation === 'peer' || r.relation === 'upward';

describe('withoutSuppressedGroups', () => {
  const r = (subjectId: string, relation: string, raterId: string, value: number, competencyId = 'c1'): GroupedRating => ({
    subjectId,
    relation,
    cycleId: 'cy',
    raterId,
    competencyId,
    value,
  });

  it('keeps the issue’s location figure at n = 3 mean 5 when the leader’s only upward rater submits', () => {
    const peers = ['p1', 'p2', 'p3'].map((p) => r('colleague', 'peer', p, 5));
    const withUpward = [...peers, r('leader', 'upward', 'report', 1)];
    const location = (rows: GroupedRating[]) =>
      aggregateWithThreshold(withoutSuppressedGroups(rows, { minRaters: 3, per: 'review' }).map((x) => ({ raterId: x.raterId, value: x.value })));
    expect(location(peers)).toEqual({ suppressed: false, n: 3, mean: 5 });
    expect(location(withUpward)).toEqual({ suppressed: false, n: 3, mean: 5 });
    // Without the rule the pooled figure moves to n = 4 mean 4, and 4 · 4 − 3 · 5 = 1 is the report's rating.
    expect(aggregateWithThreshold(withUpward.map((x) => ({ raterId: x.raterId, value: x.value })))).toEqual({ suppressed: false, n: 4, mean: 4 });
  });

  it('drops self ratings, keeps the manager’s, and counts raters per competency when asked', () => {
    const rows = [
      r('s', 'self', 's', 5),
      r('s', 'manager', 'm', 4),
      ...['a', 'b', 'c'].map((p) => r('s', 'peer', p, 3)),
      r('s', 'peer', 'a', 2, 'c2'),
      r('s', 'peer', 'b', 2, 'c2'),
    ];
    expect(withoutSuppressedGroups(rows, { minRaters: 3, per: 'review' }).map((x) => `${x.raterId}${x.competencyId}`)).toEqual([
      'mc1',
      'ac1',
      'bc1',
      'cc1',
      'ac2',
      'bc2',
    ]);
    expect(withoutSuppressedGroups(rows, { minRaters: 3, per: 'competency' }).map((x) => `${x.raterId}${x.competencyId}`)).toEqual([
      'mc1',
      'ac1',
      'bc1',
      'cc1',
    ]);
    expect(() => withoutSuppressedGroups(rows, { minRaters: 2, per: 'review' })).toThrow(RangeError);
  });

  it('property: adding a rating to a group that stays below the minimum changes no figure of any aggregate', () => {
    fc.assert(
      fc.property(orgArb, fc.array(ratingArb, { maxLength: 45 }), ratingArb, (org, raw, extra) => {
        const ratings = dedupe(raw);
        const after = [...ratings, extra];
        fc.pre(isAnonymous(extra) && valid(after) && ratersOf(after, groupKey(extra)) < org.minRaters);
        expect(figures(org, after)).toEqual(figures(org, ratings));
      }),
      { numRuns: 300 },
    );
  });

  it('property: removing or changing a rating of a group below the minimum changes no figure of any aggregate', () => {
    fc.assert(
      fc.property(orgArb, fc.array(ratingArb, { minLength: 1, maxLength: 45 }), fc.nat(), fc.integer({ min: 1, max: 5 }), (org, raw, pick, value) => {
        const ratings = dedupe(raw);
        const suppressed = ratings.filter((x) => isAnonymous(x) && ratersOf(ratings, groupKey(x)) < org.minRaters);
        fc.pre(suppressed.length > 0);
        const target = suppressed[pick % suppressed.length];
        const before = figures(org, ratings);
        expect(figures(org, ratings.filter((x) => x !== target))).toEqual(before);
        expect(figures(org, ratings.map((x) => (x === target ? { ...x, value } : x)))).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('property: a competency rated by too few of a group changes no figure about that competency', () => {
    fc.assert(
      fc.property(orgArb, fc.array(ratingArb, { minLength: 1, maxLength: 45 }), fc.nat(), fc.integer({ min: 1, max: 5 }), (org, raw, pick, value) => {
        const ratings = dedupe(raw);
        const key = (x: GroupedRating) => `${groupKey(x)}|${x.competencyId}`;
        const few = ratings.filter(
          (x) => isAnonymous(x) && new Set(ratings.filter((y) => key(y) === key(x)).map((y) => y.raterId)).size < org.minRaters,
        );
        fc.pre(few.length > 0);
        const target = few[pick % few.length];
        const cells = (rows: readonly GroupedRating[]) =>
          Object.fromEntries(Object.entries(figures(org, rows)).filter(([k]) => k.includes(`cell:${target.competencyId}:`)));
        expect(cells(ratings.map((x) => (x === target ? { ...x, value } : x)))).toEqual(cells(ratings));
      }),
      { numRuns: 300 },
    );
  });
});
