import type { Interview, KitQuestion, Scorecard } from '@rapport/shared/contracts';

/** Fixtures for hiring specs (data-access and features), shaped like the API's answers. */
export function kitQuestionFixture(id: string, overrides: Partial<KitQuestion> = {}): KitQuestion {
  return {
    id,
    prompt: `Tell me about ${id}`,
    kind: 'behavioral',
    competencyId: 'c-empathy',
    probes: ['What did you say?'],
    anchors: { '1': 'Blames the patient', '3': 'Resolves it', '5': 'Acknowledges, resolves, prevents' },
    redFlags: ['Talks over the patient'],
    ...overrides,
  };
}

export function interviewFixture(overrides: Partial<Interview> = {}): Interview {
  return {
    id: 'i1',
    applicationId: 'a1',
    candidateName: 'Riley Okafor',
    openingTitle: 'Patient coordinator',
    kitId: 'k1',
    kitVersion: 1,
    evidenceRequired: true,
    scheduledAt: '2026-11-20T10:00:00.000Z',
    questions: [kitQuestionFixture('q1'), kitQuestionFixture('q2'), kitQuestionFixture('q3')],
    panel: [
      { interviewerId: 'u-ivan', name: 'Ivan Novak', scorecardStatus: 'not_started' },
      { interviewerId: 'u-maya', name: 'Maya Chen', scorecardStatus: 'submitted' },
    ],
    createdAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

export function scorecardFixture(overrides: Partial<Scorecard> = {}): Scorecard {
  return {
    id: 's1',
    interviewId: 'i1',
    interviewerId: 'u-ivan',
    interviewerName: 'Ivan Novak',
    status: 'draft',
    ratings: [],
    recommendation: null,
    submittedAt: null,
    amendedAt: null,
    updatedAt: '2026-11-20T11:00:00.000Z',
    ...overrides,
  };
}
