import { QUALITY_READING_TEXT, type QualityCorrelation, type QualityOfHire } from '@rapport/shared/contracts';
import { DEFAULT_CORRELATION_MIN_N, mean, readCorrelation, spearman } from '@rapport/shared/scoring';

export interface HireOutcome {
  staffMemberId: string;
  /** Mean quarterly culture score after the hire quarter; `null` when the hire has too little culture data. */
  outcome: number | null;
}

export interface HireScorecard {
  staffMemberId: string;
  interviewerId: string;
  ratings: readonly { questionId: string; rating: number | null }[];
}

export interface QuestionInfo {
  prompt: string;
  competencyId: string;
  kitId: string;
  kitName: string;
}

export interface QualityInput {
  hires: readonly HireOutcome[];
  scorecards: readonly HireScorecard[];
  questions: ReadonlyMap<string, QuestionInfo>;
  competencies: readonly { id: string; name: string }[];
  interviewers: ReadonlyMap<string, string>;
  minQuarters: number;
  minN?: number;
}

type Body = Omit<QualityOfHire, 'hiddenInterviewers'>;

/**
 * Rank correlation between what interviewers rated and how each hire later treated patients (their
 * culture score), per competency, per kit question and per interviewer. Each hire is one pair: their
 * mean interview rating on the competency / question (across the panel), or the named interviewer's
 * mean rating of them, against their later outcome. Hires without an outcome are left out.
 */
export function buildQualityOfHire(input: QualityInput): Body {
  const minN = input.minN ?? DEFAULT_CORRELATION_MIN_N;
  const outcome = new Map(input.hires.filter((h) => h.outcome !== null).map((h) => [h.staffMemberId, h.outcome as number]));
  const cards = input.scorecards.filter((c) => outcome.has(c.staffMemberId));

  /** One pair per hire: the mean of the ratings `pick` selects from their scorecards. */
  const correlate = (pick: (card: HireScorecard) => number[]): QualityCorrelation => {
    const perHire = new Map<string, number[]>();
    for (const card of cards) {
      const values = pick(card);
      if (values.length) perHire.set(card.staffMemberId, [...(perHire.get(card.staffMemberId) ?? []), ...values]);
    }
    const hires = [...perHire.keys()];
    const result = spearman(
      hires.map((h) => mean(perHire.get(h) ?? [])),
      hires.map((h) => outcome.get(h) ?? null),
      { minN },
    );
    const reading = readCorrelation(result);
    return {
      n: result.n,
      rho: result.rho,
      ci95: result.rho === null ? null : result.ci95,
      reading,
      readingText: QUALITY_READING_TEXT[reading],
    };
  };
  const rated = (card: HireScorecard, keep: (questionId: string) => boolean) =>
    card.ratings.filter((r): r is { questionId: string; rating: number } => r.rating !== null && keep(r.questionId)).map((r) => r.rating);

  const byCompetency = input.competencies.map((c) => ({
    competencyId: c.id,
    competencyName: c.name,
    ...correlate((card) => rated(card, (q) => input.questions.get(q)?.competencyId === c.id)),
  }));
  const askedQuestions = [...new Set(cards.flatMap((c) => c.ratings.map((r) => r.questionId)))].filter((q) => input.questions.has(q));
  const byQuestion = askedQuestions
    .map((questionId) => {
      const info = input.questions.get(questionId) as QuestionInfo;
      return { questionId, ...info, ...correlate((card) => rated(card, (q) => q === questionId)) };
    })
    .sort((a, b) => a.kitName.localeCompare(b.kitName) || b.n - a.n);
  const interviewerIds = [...new Set(cards.map((c) => c.interviewerId))];
  const byInterviewer = interviewerIds
    .map((interviewerId) => ({
      interviewerId,
      name: input.interviewers.get(interviewerId) ?? 'Former user',
      ...correlate((card) => (card.interviewerId === interviewerId ? rated(card, () => true) : [])),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    hires: outcome.size,
    minN,
    minQuarters: input.minQuarters,
    outcome: 'mean_culture_score_after_hire',
    byCompetency,
    byQuestion,
    byInterviewer,
  };
}

/**
 * A hire's outcome: the mean of their scored quarters after the quarter they were hired in, when
 * there are at least `minQuarters` of them; otherwise `null`.
 */
export function outcomeAfterHire(points: readonly { period: string; score: number | null }[], hireQuarter: string, minQuarters: number): number | null {
  const later = points.filter((p) => p.period > hireQuarter && p.score !== null).map((p) => p.score as number);
  return later.length >= minQuarters ? mean(later) : null;
}
