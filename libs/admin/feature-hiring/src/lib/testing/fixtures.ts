import type { Application, CompetencyAggregate, Debrief, Interview, Opening } from '@rapport/shared/contracts';

/** API answers shaped like the demo practice's, for page specs. */
export function opening(overrides: Partial<Opening> = {}): Opening {
  return {
    id: 'o1',
    title: 'Patient coordinator',
    locationId: 'l1',
    hiringManagerId: 'u-maya',
    kitId: 'k1',
    status: 'open',
    stageCounts: {},
    version: 1,
    createdAt: '',
    updatedAt: '',
    ...overrides,
  };
}

export function application(overrides: Partial<Application> = {}): Application {
  return {
    id: 'a1',
    candidateId: 'c1',
    candidateName: 'Jordan Ellis',
    openingId: 'o1',
    stage: 'interviewing',
    stageEnteredAt: '2026-11-10T10:00:00.000Z',
    daysInStage: 3,
    history: [{ fromStage: null, toStage: 'applied', reason: null, changedById: 'u-maya', changedAt: '2026-11-01T10:00:00.000Z' }],
    decision: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

export function interview(overrides: Partial<Interview> = {}): Interview {
  return {
    id: 'i1',
    applicationId: 'a1',
    candidateName: 'Jordan Ellis',
    openingTitle: 'Patient coordinator',
    kitId: 'k1',
    kitVersion: 1,
    evidenceRequired: true,
    scheduledAt: '2026-11-12T10:00:00.000Z',
    questions: [],
    panel: [
      { interviewerId: 'u-maya', name: 'Maya Chen', scorecardStatus: 'submitted' },
      { interviewerId: 'u-ivan', name: 'Ivan Novak', scorecardStatus: 'submitted' },
    ],
    createdAt: '',
    ...overrides,
  };
}

export function aggregate(overrides: Partial<CompetencyAggregate> = {}): CompetencyAggregate {
  return {
    competencyId: 'c-empathy',
    competencyName: 'Empathy & warmth',
    mean: 3.5,
    min: 2,
    max: 5,
    sd: 2.12,
    n: 2,
    disagreement: true,
    byInterviewer: [
      { interviewerId: 'u-maya', score: 2 },
      { interviewerId: 'u-ivan', score: 5 },
    ],
    ...overrides,
  };
}

export function debrief(overrides: Partial<Debrief> = {}): Debrief {
  return {
    applicationId: 'a1',
    interviewIds: ['i1'],
    submittedScorecards: 2,
    pendingScorecards: 0,
    competencies: [aggregate(), aggregate({ competencyId: 'c-time', competencyName: 'Respect for the patient’s time', mean: 4, min: 4, max: 4, sd: 0, disagreement: false, byInterviewer: [{ interviewerId: 'u-maya', score: 4 }, { interviewerId: 'u-ivan', score: 4 }] })],
    agreement: { alpha: 0.31, metric: 'ordinal', raters: 2, units: 8 },
    overallScore: 3.75,
    computedRecommendation: 'yes',
    recommendations: [
      { interviewerId: 'u-maya', recommendation: 'no' },
      { interviewerId: 'u-ivan', recommendation: 'strong_yes' },
    ],
    decision: null,
    ...overrides,
  };
}
