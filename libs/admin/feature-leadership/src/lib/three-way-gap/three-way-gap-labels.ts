import { formatDay, formatPeriod } from '@rapport/admin/ui';
import type { AnonymousAggregate, PatientAggregate, ThreeWayGap } from '@rapport/shared/contracts';

/** A staff (upward) figure in words: the mean with its raters, or why it is withheld. */
export function staffLabel(staff: AnonymousAggregate): string {
  if (!staff.suppressed) return `${staff.mean.toFixed(1)} (${staff.n} ${staff.n === 1 ? 'rater' : 'raters'})`;
  return staff.reason === 'cycle_open' ? 'Shown when the cycle closes' : `Not enough raters (fewer than ${staff.minRaters})`;
}

/** A patient figure in words: the mean with its responses, or why there is none. */
export function patientLabel(patient: PatientAggregate): string {
  if (!patient.suppressed) return `${patient.mean.toFixed(1)} (${patient.n} ${patient.n === 1 ? 'response' : 'responses'})`;
  if (patient.reason === 'no_data' || patient.n === 0) return 'No responses';
  return `Not enough responses (${patient.n} of ${patient.minResponses})`;
}

export function selfLabel(self: number | null): string {
  return self === null ? 'No self review' : self.toFixed(1).replace(/\.0$/, '');
}

/** A bound of the window as words: `2026-05-31` → `May 31, 2026`, `2026-05` → `May 2026`. */
function when(value: string): string {
  return formatDay(value) || formatPeriod(value);
}

/** Where the patient side comes from, in a sentence for the leader (`isMe`) or about them. */
export function patientSourceText(gap: Pick<ThreeWayGap, 'patientSource' | 'from' | 'to'>, isMe: boolean): string {
  const window = `${when(gap.from)} – ${when(gap.to)}`;
  switch (gap.patientSource) {
    case 'named':
      return `Patients: surveys naming ${isMe ? 'you' : 'this leader'}, ${window}.`;
    case 'location':
      return `Patients: all surveys at ${isMe ? 'your' : 'their'} location, ${window} (too few surveys name ${isMe ? 'you' : 'them'}).`;
    case 'none':
      return `Patients: no post-visit surveys for ${isMe ? 'you or your' : 'this leader or their'} location, ${window}.`;
  }
}
