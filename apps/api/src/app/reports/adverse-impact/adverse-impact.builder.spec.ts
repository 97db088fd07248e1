import type { ApplicationStage, SelfIdentifiedRaceEthnicity, SelfIdentifiedSex } from '@rapport/shared/contracts';
import type { Journey } from '../journeys';
import { type Answers, adverseImpactOf } from './adverse-impact.builder';

let n = 0;
const answers = new Map<string, Answers>();

/** `count` applications that reached `furthest` and now sit in `current`, by candidates who answered so. */
function applicants(
  count: number,
  furthest: ApplicationStage,
  current: ApplicationStage,
  sex: SelfIdentifiedSex | null,
  race: SelfIdentifiedRaceEthnicity | null,
): Journey[] {
  return Array.from({ length: count }, () => {
    n += 1;
    const candidateId = `c${n}`;
    if (sex || race) answers.set(candidateId, { sex, raceEthnicity: race });
    const at = new Date('2026-07-01T00:00:00Z');
    const path: ApplicationStage[] = ['applied', ...(furthest === 'applied' ? [] : [furthest]), ...(current === furthest ? [] : [current])];
    return { applicationId: `a${n}`, openingId: 'o1', candidateId, stage: current, createdAt: at, changes: path.map((toStage) => ({ toStage, at })) };
  });
}

// The hand-computed example (screening stage): selected = reached interviewing.
const journeys = [
  ...applicants(3, 'interviewing', 'interviewing', 'female', 'white'),
  ...applicants(3, 'screening', 'rejected', 'female', 'white'),
  ...applicants(2, 'interviewing', 'interviewing', 'female', 'asian'),
  ...applicants(2, 'screening', 'rejected', 'female', 'asian'),
  ...applicants(5, 'offer', 'offer', 'male', 'white'),
  ...applicants(1, 'screening', 'rejected', 'male', 'white'),
  ...applicants(1, 'hired', 'hired', 'male', 'black_or_african_american'),
  ...applicants(1, 'screening', 'rejected', 'male', 'black_or_african_american'),
  ...applicants(1, 'interviewing', 'rejected', 'prefer_not_to_say', 'prefer_not_to_say'),
  ...applicants(1, 'screening', 'rejected', 'prefer_not_to_say', 'prefer_not_to_say'),
  ...applicants(1, 'interviewing', 'interviewing', null, null),
  ...applicants(1, 'screening', 'screening', 'female', 'white'), // pending: not decided
  ...applicants(1, 'screening', 'withdrawn', 'male', 'white'), // withdrew: not a selection decision
];

describe('adverse impact per opening and stage', () => {
  const [screening] = adverseImpactOf({ id: 'o1', title: 'Coordinator' }, journeys, answers, ['screening'], 5).stages;
  const sex = screening.tables.find((t) => t.dimension === 'sex');
  const race = screening.tables.find((t) => t.dimension === 'raceEthnicity');

  it('counts decided, selected, pending and withdrawn at the stage', () => {
    expect(screening).toMatchObject({ stage: 'screening', selectedMeans: 'interviewing', decided: 21, selected: 13, pending: 1, withdrawn: 1 });
  });

  it('matches the hand computation by sex: female 5/10 = 0.5, male 6/8 = 0.75, ratio 0.667 flagged', () => {
    expect(sex?.referenceGroup).toBe('male');
    expect(sex?.groups.map((g) => [g.label, g.applicants, g.selected, g.selectionRate, g.fourFifthsFlag])).toEqual([
      ['Male', 8, 6, 0.75, false],
      ['Female', 10, 5, 0.5, true],
    ]);
    expect(sex?.groups[0].impactRatio).toBe(1);
    expect(sex?.groups[1].impactRatio).toBeCloseTo(2 / 3, 12);
    expect(sex?.excluded).toEqual({ preferNotToSay: { applicants: 2, selected: 1 }, notAnswered: { applicants: 1, selected: 1 } });
    expect(sex?.totals).toEqual({ applicants: 21, selected: 13 });
    expect(sex?.smallSampleWarning).toBe(false);
  });

  it('pools groups under 5 by race/ethnicity and never names them', () => {
    // White: 3/6 female + 5/6 male = 8/12; Asian 2/4 and Black 1/2 are below 5 and pooled: 3/6.
    expect(race?.groups.map((g) => [g.group, g.applicants, g.selected])).toEqual([['white', 12, 8]]);
    expect(race?.groups[0].impactRatio).toBe(1);
    expect(race?.smallGroups).toEqual({ groupCount: 2, applicants: 6, selected: 3, selectionRate: 0.5 });
    expect(race?.smallSampleWarning).toBe(true);
    expect(JSON.stringify(race)).not.toMatch(/asian|black/);
  });

  it('counts everyone who got past applied as selected there, and only offers that became hires at offer', () => {
    const stages = adverseImpactOf({ id: 'o1', title: 'Coordinator' }, journeys, answers, ['applied', 'offer'], 5).stages;
    expect(stages[0]).toMatchObject({ decided: 23, selected: 23, pending: 0 });
    expect(stages[1]).toMatchObject({ selectedMeans: 'hired', decided: 1, selected: 1, pending: 5 });
  });
});
