import { assertOneRatingPerQuestion, PanelRating } from './panel';
import { competencyScore } from './ratings';
import { mean, sampleStdDev, SCORE_EPSILON } from './stats';

/** A panel rating tagged with its interview, so deviations are measured within each panel. */
export interface InterviewRating extends PanelRating {
  interviewId: string;
}

/**
 * `lenient`: rates higher than fellow panelists; `severe`: lower; `calibrated`: within the threshold;
 * `insufficient_data`: too few comparisons to say.
 */
export type CalibrationLabel = 'lenient' | 'severe' | 'calibrated' | 'insufficient_data';

export interface CalibrationOptions {
  /** Compare competency scores (default) or individual question ratings. */
  level?: 'competency' | 'question';
  /** |mean deviation| at or above which an interviewer is labelled lenient or severe. Default 0.5. */
  threshold?: number;
  /** Comparisons needed before any label other than `insufficient_data` is given. Default 3. */
  minComparisons?: number;
}

export interface InterviewerCalibration {
  interviewerId: string;
  /** Comparisons: (interview, competency or question) pairs where the interviewer and ≥ 1 other scored. */
  n: number;
  /** Interviews contributing at least one comparison. */
  interviews: number;
  /** Mean of (own score − mean of the other panelists' scores); positive = lenient. `null` when n = 0. */
  meanDeviation: number | null;
  /** Sample standard deviation of the deviations (consistency of the leniency). */
  stdDev: number | null;
  label: CalibrationLabel;
}

export const DEFAULT_CALIBRATION_THRESHOLD = 0.5;
export const DEFAULT_CALIBRATION_MIN_COMPARISONS = 3;

/**
 * Interviewer calibration (leniency / severity) over the interviews passed in (the caller picks the period).
 *
 * For every interview and every competency (or question, with `level: 'question'`) that two or more
 * interviewers scored: deviation = own score − mean of the *other* interviewers' scores (leave-one-out).
 * Leave-one-out, because including the rater in the panel mean shrinks their deviation by (k − 1)/k for
 * a panel of k: in a two-person panel a two-point gap would show as one point, so the same habit would
 * look milder on small panels. Each interviewer's calibration = mean of their deviations, with n.
 * Label: `lenient` when mean ≥ +threshold (0.5), `severe` when ≤ −threshold, otherwise `calibrated`;
 * `insufficient_data` below `minComparisons` (3) comparisons, so nobody is labelled from one interview.
 */
export function interviewerCalibration(
  ratings: readonly InterviewRating[],
  options: CalibrationOptions = {},
): InterviewerCalibration[] {
  const level = options.level ?? 'competency';
  const threshold = options.threshold ?? DEFAULT_CALIBRATION_THRESHOLD;
  const minComparisons = options.minComparisons ?? DEFAULT_CALIBRATION_MIN_COMPARISONS;
  if (!(threshold > 0) || !Number.isFinite(threshold)) throw new RangeError('threshold must be > 0');
  if (!Number.isInteger(minComparisons) || minComparisons < 1) {
    throw new RangeError('minComparisons must be an integer ≥ 1');
  }

  // interview → item → interviewer → ratings of that item
  const items = new Map<string, Map<string, Map<string, (number | null)[]>>>();
  const byInterview = new Map<string, InterviewRating[]>();
  for (const r of ratings) {
    pushTo(byInterview, r.interviewId, r);
    const itemKey = level === 'competency' ? r.competencyId : r.questionId;
    const interviewItems = items.get(r.interviewId) ?? new Map<string, Map<string, (number | null)[]>>();
    const raters = interviewItems.get(itemKey) ?? new Map<string, (number | null)[]>();
    pushTo(raters, r.interviewerId, r.rating);
    interviewItems.set(itemKey, raters);
    items.set(r.interviewId, interviewItems);
  }
  for (const list of byInterview.values()) assertOneRatingPerQuestion(list);

  const deviations = new Map<string, { values: number[]; interviews: Set<string> }>();
  const order: string[] = [];
  for (const r of ratings) {
    if (!deviations.has(r.interviewerId)) {
      deviations.set(r.interviewerId, { values: [], interviews: new Set() });
      order.push(r.interviewerId);
    }
  }
  for (const [interviewId, interviewItems] of items) {
    for (const raters of interviewItems.values()) {
      const scores: [string, number][] = [];
      for (const [interviewerId, list] of raters) {
        const score = competencyScore(list);
        if (score !== null) scores.push([interviewerId, score]);
      }
      if (scores.length < 2) continue;
      const total = scores.reduce((a, [, s]) => a + s, 0);
      for (const [interviewerId, score] of scores) {
        const othersMean = (total - score) / (scores.length - 1);
        const entry = deviations.get(interviewerId) as { values: number[]; interviews: Set<string> };
        entry.values.push(score - othersMean);
        entry.interviews.add(interviewId);
      }
    }
  }

  return order.map((interviewerId) => {
    const { values, interviews } = deviations.get(interviewerId) as {
      values: number[];
      interviews: Set<string>;
    };
    const meanDeviation = mean(values);
    return {
      interviewerId,
      n: values.length,
      interviews: interviews.size,
      meanDeviation,
      stdDev: sampleStdDev(values),
      label: calibrationLabel(meanDeviation, values.length, threshold, minComparisons),
    };
  });
}

/** Label for a mean deviation: ≥ +threshold lenient, ≤ −threshold severe, else calibrated (see above). */
export function calibrationLabel(
  meanDeviation: number | null,
  n: number,
  threshold = DEFAULT_CALIBRATION_THRESHOLD,
  minComparisons = DEFAULT_CALIBRATION_MIN_COMPARISONS,
): CalibrationLabel {
  if (meanDeviation === null || n < minComparisons) return 'insufficient_data';
  if (meanDeviation >= threshold - SCORE_EPSILON) return 'lenient';
  if (meanDeviation <= -threshold + SCORE_EPSILON) return 'severe';
  return 'calibrated';
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
