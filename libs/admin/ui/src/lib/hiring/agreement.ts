import type { Agreement } from '@rapport/shared/contracts';

export type AgreementLevel = 'strong' | 'tentative' | 'weak' | 'unknown';

export interface AgreementExplanation {
  level: AgreementLevel;
  headline: string;
  detail: string;
  /** How the number was computed, for the curious. */
  method: string;
}

/** Krippendorff's conventional thresholds (2004): ≥ .800 reliable, .667–.800 tentative conclusions only. */
export const STRONG_ALPHA = 0.8;
export const TENTATIVE_ALPHA = 0.667;

/** The panel's inter-rater agreement in plain words, for the debrief. */
export function explainAgreement(agreement: Agreement): AgreementExplanation {
  const method =
    `Krippendorff's alpha (ordinal) over ${agreement.raters} interviewer${agreement.raters === 1 ? '' : 's'} ` +
    `and ${agreement.units} rated question${agreement.units === 1 ? '' : 's'}: 1 means the panel agrees exactly, ` +
    '0 means no better than chance. ≥ 0.8 is strong agreement; 0.667–0.8 is tentative; below 0.667 the panel does not agree.';
  if (agreement.alpha === null) {
    return {
      level: 'unknown',
      headline: 'Agreement cannot be computed yet',
      detail: agreement.reason,
      method,
    };
  }
  const alpha = agreement.alpha.toFixed(2);
  if (agreement.alpha >= STRONG_ALPHA) {
    return {
      level: 'strong',
      headline: `Strong agreement (α = ${alpha})`,
      detail: 'The interviewers rated this candidate consistently: the scores below are the panel’s shared view.',
      method,
    };
  }
  if (agreement.alpha >= TENTATIVE_ALPHA) {
    return {
      level: 'tentative',
      headline: `Tentative agreement (α = ${alpha})`,
      detail: 'The panel broadly agrees, but not enough to rest the decision on the numbers alone. Check the flagged competencies.',
      method,
    };
  }
  return {
    level: 'weak',
    headline: `The panel does not agree (α = ${alpha})`,
    detail:
      'The interviewers saw this candidate differently. Talk through the flagged competencies and the evidence behind each rating before deciding.',
    method,
  };
}
