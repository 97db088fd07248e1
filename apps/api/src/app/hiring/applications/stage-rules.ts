import { APPLICATION_STAGES, TERMINAL_STAGES, type ApplicationStage, type Decision } from '@rapport/shared/contracts';

/**
 * Stage moves: any open stage may move to any other stage (forward, back, or out to rejected /
 * withdrawn); hired, rejected and withdrawn are final.
 */
export function stageMoveError(from: ApplicationStage, to: ApplicationStage): string | null {
  if (from === to) return `The application is already in ${to}`;
  if (TERMINAL_STAGES.includes(from)) return `The application is ${from}; that stage is final`;
  return null;
}

const PIPELINE: ApplicationStage[] = APPLICATION_STAGES.filter((s) => !TERMINAL_STAGES.includes(s));

/** Where a decision takes the application. `advance` moves one stage along the pipeline. */
export function stageForDecision(current: ApplicationStage, decision: Decision): ApplicationStage {
  if (decision === 'hire') return 'hired';
  if (decision === 'reject') return 'rejected';
  const next = PIPELINE[PIPELINE.indexOf(current) + 1];
  return next ?? 'hired';
}
