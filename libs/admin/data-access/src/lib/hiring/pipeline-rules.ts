import {
  APPLICATION_STAGES,
  TERMINAL_STAGES,
  type ApplicationStage,
  type Decision,
  type Recommendation,
} from '@rapport/shared/contracts';

/** The board's columns, in pipeline order; the three final stages come last. */
export const PIPELINE_COLUMNS: readonly ApplicationStage[] = APPLICATION_STAGES;

export const isFinalStage = (stage: ApplicationStage): boolean => TERMINAL_STAGES.includes(stage);

/**
 * What dropping (or choosing "Move to") an application in `to` means, before anything is sent:
 * - `none`: nothing to do (same column) or not allowed (a final stage never moves again);
 * - `reason`: rejecting, which the API refuses without a reason, so ask for one first;
 * - `confirm`: hired or withdrawn, which are final, so ask before making it so;
 * - `move`: send it.
 * Mirrors the API's `stageMoveError` so a refused move never leaves the board.
 */
export type StageMovePlan =
  | { kind: 'none'; why: string | null }
  | { kind: 'reason' }
  | { kind: 'confirm'; message: string }
  | { kind: 'move' };

export function planStageMove(from: ApplicationStage, to: ApplicationStage): StageMovePlan {
  if (from === to) return { kind: 'none', why: null };
  if (isFinalStage(from)) return { kind: 'none', why: `The application is ${from}; that stage is final.` };
  if (to === 'rejected') return { kind: 'reason' };
  if (to === 'hired') {
    return { kind: 'confirm', message: 'Hired is final: the application cannot move again.' };
  }
  if (to === 'withdrawn') {
    return { kind: 'confirm', message: 'Withdrawn is final: the application cannot move again.' };
  }
  return { kind: 'move' };
}

/** Where a stage may be moved to from `from` (for the keyboard "Move to" menu): every other stage, unless final. */
export function stageTargets(from: ApplicationStage): ApplicationStage[] {
  return isFinalStage(from) ? [] : PIPELINE_COLUMNS.filter((stage) => stage !== from);
}

/** Decisions that go against each computed recommendation; the API records such a decision as an override. */
const AGAINST: Record<Decision, readonly Recommendation[]> = {
  hire: ['strong_no', 'no'],
  advance: ['strong_no', 'no'],
  reject: ['yes', 'strong_yes'],
};

/** Whether the decision goes against the computed recommendation (same rule as the API's). */
export function isOverride(decision: Decision, computed: Recommendation | null): boolean {
  return computed !== null && AGAINST[decision].includes(computed);
}
