import type { QualityCorrelation, QualityOfHire, QualityReading } from '@rapport/shared/contracts';

/** One row of a correlation table: what it is about, then the numbers. */
export type CorrelationRow = QualityCorrelation & {
  key: string;
  label: string;
  /** A second line under the label (a question's kit and competency). */
  detail?: string;
};

/** Spearman's ρ with its sign, two decimals (`+0.42`, `−0.10`); an em dash when there is none. */
export function formatRho(rho: number | null): string {
  if (rho === null) return '—';
  const fixed = Math.abs(rho).toFixed(2);
  if (fixed === '0.00') return '0.00';
  return `${rho > 0 ? '+' : '−'}${fixed}`;
}

/** The 95 % confidence interval as `−0.10 to +0.66`; an em dash when there is none. */
export function formatCi(ci: QualityCorrelation['ci95']): string {
  return ci ? `${formatRho(ci.lower)} to ${formatRho(ci.upper)}` : '—';
}

/** The chip's colour per reading: evidence either way stands out; "not enough data" is muted. */
export function readingClass(reading: QualityReading): string {
  switch (reading) {
    case 'tracks':
      return 'chip chip-positive';
    case 'inverse':
      return 'chip chip-negative';
    case 'no_evidence':
      return 'chip';
    case 'not_enough_data':
      return 'chip chip-muted';
  }
}

/** The three tables' rows, each sorted with the strongest evidence first and "not enough data" last. */
export function qualityRows(q: QualityOfHire): { competencies: CorrelationRow[]; questions: CorrelationRow[]; interviewers: CorrelationRow[] } {
  const competencyNames = new Map(q.byCompetency.map((c) => [c.competencyId, c.competencyName]));
  return {
    competencies: sortRows(q.byCompetency.map((c) => ({ ...c, key: c.competencyId, label: c.competencyName }))),
    questions: sortRows(
      q.byQuestion.map((c) => ({
        ...c,
        key: c.questionId,
        label: c.prompt,
        detail: [c.kitName, competencyNames.get(c.competencyId)].filter(Boolean).join(' · '),
      })),
    ),
    interviewers: sortRows(q.byInterviewer.map((c) => ({ ...c, key: c.interviewerId, label: c.name }))),
  };
}

function sortRows(rows: CorrelationRow[]): CorrelationRow[] {
  const strength = (r: CorrelationRow) => (r.rho === null ? -1 : Math.abs(r.rho));
  return [...rows].sort((a, b) => strength(b) - strength(a) || a.label.localeCompare(b.label));
}
