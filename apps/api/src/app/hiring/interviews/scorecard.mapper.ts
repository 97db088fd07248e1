import type { Scorecard } from '@rapport/shared/contracts';
import type { ScorecardEntity } from './scorecard.entity';

/** A `not_started` scorecard is shown as an empty draft. */
export function toScorecard(s: ScorecardEntity, interviewerName: string): Scorecard {
  if (s.status === 'not_started') {
    return { ...baseScorecard(s, interviewerName), status: 'draft', ratings: [], recommendation: null };
  }
  return baseScorecard(s, interviewerName);
}

function baseScorecard(s: ScorecardEntity, interviewerName: string): Scorecard {
  return {
    id: s.id,
    interviewId: s.interviewId,
    interviewerId: s.interviewerId,
    interviewerName,
    status: s.status === 'submitted' ? 'submitted' : 'draft',
    ratings: s.ratings,
    recommendation: s.recommendation,
    submittedAt: s.submittedAt?.toISOString() ?? null,
    amendedAt: s.amendedAt?.toISOString() ?? null,
    updatedAt: s.updatedAt.toISOString(),
  };
}
