import type { ApplicationStage, SelectionStage } from '@rapport/shared/contracts';

const DAY_MS = 24 * 3600 * 1000;

/** The forward pipeline; rejected and withdrawn are exits from it, not stages along it. */
export const PIPELINE: readonly ApplicationStage[] = ['applied', 'screening', 'interviewing', 'offer', 'hired'];
export type PipelineStage = 'applied' | 'screening' | 'interviewing' | 'offer' | 'hired';

/** One application's path: its current stage and every stage change, oldest first. */
export interface Journey {
  applicationId: string;
  openingId: string;
  candidateId: string;
  stage: ApplicationStage;
  createdAt: Date;
  changes: readonly { toStage: ApplicationStage; at: Date }[];
}

/** Where an application stands with respect to one stage. */
export type StageOutcome = 'not_reached' | 'selected' | 'rejected' | 'withdrawn' | 'pending';

export const rankOf = (stage: ApplicationStage): number => PIPELINE.indexOf(stage);

/**
 * The furthest pipeline stage the application ever reached (its rank). Stages may be skipped (an
 * interview scheduled straight from `applied`) and moved back; reaching a later stage implies having
 * passed the earlier ones, and moving back does not undo having reached it.
 */
export function furthestRank(journey: Journey): number {
  let furthest = Math.max(0, rankOf(journey.stage));
  for (const change of journey.changes) furthest = Math.max(furthest, rankOf(change.toStage));
  return furthest;
}

/**
 * The outcome at `stage`: selected = reached a later stage (hired, for offer); otherwise the
 * application ended there (rejected or withdrawn) or is still waiting (pending).
 */
export function outcomeAt(journey: Journey, stage: SelectionStage): StageOutcome {
  const rank = rankOf(stage);
  const furthest = furthestRank(journey);
  if (furthest < rank) return 'not_reached';
  if (furthest > rank) return 'selected';
  if (journey.stage === 'rejected') return 'rejected';
  if (journey.stage === 'withdrawn') return 'withdrawn';
  return 'pending';
}

/**
 * Days spent in `stage` over completed stays (a stay ends with the next stage change); `null` when
 * the application never left the stage. Several stays (after a move back) add up.
 */
export function daysInStage(journey: Journey, stage: ApplicationStage): number | null {
  let total: number | null = null;
  for (let i = 0; i + 1 < journey.changes.length; i++) {
    const [change, next] = [journey.changes[i], journey.changes[i + 1]];
    if (change.toStage === stage) total = (total ?? 0) + (next.at.getTime() - change.at.getTime()) / DAY_MS;
  }
  return total;
}

/**
 * When the application started: its first stage change (`applied`) or, if earlier, the row's creation.
 * Imported or seeded histories can start before the row was written.
 */
export function startOf(journey: Journey): Date {
  const first = journey.changes[0]?.at;
  return first && first < journey.createdAt ? first : journey.createdAt;
}

/** Days from the application to its hiring; `null` when not hired. */
export function daysToHire(journey: Journey): number | null {
  const hired = journey.changes.find((c) => c.toStage === 'hired');
  return hired ? (hired.at.getTime() - startOf(journey).getTime()) / DAY_MS : null;
}
