import type { MatDialog } from '@angular/material/dialog';
import { planStageMove } from '@rapport/admin/data-access';
import { openConfirmDialog, openReasonDialog, STAGE_LABELS } from '@rapport/admin/ui';
import type { ApplicationStage } from '@rapport/shared/contracts';
import { map, type Observable, of } from 'rxjs';

/** What the user agreed to: move (with the reason, when one was asked for). */
export interface StageMoveConsent {
  stage: ApplicationStage;
  reason?: string;
}

/**
 * Asks whatever a stage move needs before it is sent (pipeline rules in data-access): a reason to
 * reject, a confirmation for final stages. Emits once: the consent, or `null` (cancelled, or nothing
 * to do — `notify` is told why when the move is not allowed).
 */
export function askStageMove(
  dialog: MatDialog,
  move: { candidateName: string; from: ApplicationStage; to: ApplicationStage },
  notify: (message: string) => void,
): Observable<StageMoveConsent | null> {
  const plan = planStageMove(move.from, move.to);
  const to = STAGE_LABELS[move.to];
  switch (plan.kind) {
    case 'none':
      if (plan.why) notify(plan.why);
      return of(null);
    case 'move':
      return of({ stage: move.to });
    case 'confirm':
      return openConfirmDialog(dialog, {
        title: `Move ${move.candidateName} to ${to}?`,
        message: plan.message,
        confirmLabel: `Move to ${to}`,
      }).pipe(map((ok) => (ok ? { stage: move.to } : null)));
    case 'reason':
      return openReasonDialog(dialog, {
        title: `Reject ${move.candidateName}?`,
        message: 'Rejecting is final. The reason is kept in the stage history (the candidate does not see it).',
        label: 'Reason for rejecting',
        confirmLabel: 'Reject',
        danger: true,
      }).pipe(map((reason) => (reason === null ? null : { stage: move.to, reason })));
  }
}
