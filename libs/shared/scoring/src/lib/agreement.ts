import { assertOneRatingPerQuestion, PanelRating } from './panel';
import { assertRating } from './ratings';
import { assertFinite } from './stats';

/**
 * Krippendorff's alpha, computed with the coincidence-matrix procedure of Krippendorff (2011),
 * "Computing Krippendorff's Alpha-Reliability", University of Pennsylvania, ASC papers 43.
 *
 *   α = 1 − D_o / D_e
 *   D_o = (1/n) Σ_c Σ_k o_ck δ²(c,k)                 observed disagreement
 *   D_e = (1/(n(n−1))) Σ_c Σ_k n_c n_k δ²(c,k)        disagreement expected by chance
 *
 * where o_ck is the coincidence matrix (each unit u with m_u ≥ 2 values adds, for every ordered pair of
 * its values from different raters, 1/(m_u − 1) to the pair's cell), n_c its marginals and n the number
 * of pairable values.
 */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** Why alpha could not be computed (ADR 0004, "too few data"). */
export type AlphaUnavailableReason =
  /** No unit was rated by two or more raters, so there are fewer than 2 pairable values. */
  | 'no_pairable_units'
  /** Every pairable value is the same: D_e = 0 and alpha is 0/0 (perfect but uninformative agreement). */
  | 'no_variation';

export interface AlphaComputed {
  alpha: number;
  metric: AlphaMetric;
  /** Pairable values n (values in units rated by at least two raters). */
  n: number;
  /** Units rated by at least two raters. */
  pairableUnits: number;
  observedDisagreement: number;
  expectedDisagreement: number;
}

export interface AlphaUnavailable {
  alpha: null;
  metric: AlphaMetric;
  reason: AlphaUnavailableReason;
  n: number;
  pairableUnits: number;
}

export type AlphaResult = AlphaComputed | AlphaUnavailable;

/**
 * Coincidence matrix of reliability data: `values` sorted ascending, `matrix[c][k]` = o_ck,
 * `marginals[c]` = n_c.
 */
export interface CoincidenceMatrix {
  values: number[];
  matrix: number[][];
  marginals: number[];
  /** n = Σ n_c, the number of pairable values. */
  n: number;
  pairableUnits: number;
}

/**
 * Coincidence matrix of a units × raters table (`null` = rater did not rate the unit):
 * o_ck = Σ_u (number of ordered pairs (c, k) of values from different raters in u) / (m_u − 1),
 * over units u with m_u ≥ 2 values. Units with a single value are not pairable and are ignored.
 */
export function coincidenceMatrix(data: readonly (readonly (number | null)[])[]): CoincidenceMatrix {
  const units: number[][] = [];
  for (const row of data) {
    const present = row.filter((v): v is number => v !== null);
    assertFinite(present, 'reliability value');
    if (present.length >= 2) units.push(present);
  }
  const values = [...new Set(units.flat())].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const matrix = values.map(() => values.map(() => 0));
  for (const unit of units) {
    const counts = values.map(() => 0);
    for (const v of unit) counts[index.get(v) as number] += 1;
    const weight = 1 / (unit.length - 1);
    for (let c = 0; c < values.length; c++) {
      if (counts[c] === 0) continue;
      for (let k = 0; k < values.length; k++) {
        // pairs of a value with itself only between different raters: n_uc (n_uc − 1)
        const pairs = counts[c] * (c === k ? counts[k] - 1 : counts[k]);
        matrix[c][k] += pairs * weight;
      }
    }
  }
  const marginals = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  // n counted directly (not as Σ n_c) so it is an exact integer.
  const n = units.reduce((a, u) => a + u.length, 0);
  return { values, matrix, marginals, n, pairableUnits: units.length };
}

/**
 * Squared difference δ²(c, k) for each metric (Krippendorff 2011):
 * - nominal: 0 when c = k, else 1;
 * - ordinal: (Σ_{g=c..k} n_g − (n_c + n_k)/2)², using the marginals n_g, so the distance between two
 *   ranks grows with how many values lie between them, not with their numeric gap;
 * - interval: (c − k)²;
 * - ratio: ((c − k)/(c + k))² (0 when c = k).
 */
function distanceTable(cm: CoincidenceMatrix, metric: AlphaMetric): number[][] {
  const { values, marginals } = cm;
  // prefix[i] = Σ_{g < i} n_g, so Σ_{g=c..k} n_g = prefix[k+1] − prefix[c] for c ≤ k
  const prefix = [0];
  for (const m of marginals) prefix.push(prefix[prefix.length - 1] + m);
  return values.map((vc, c) =>
    values.map((vk, k) => {
      if (c === k) return 0;
      switch (metric) {
        case 'nominal':
          return 1;
        case 'interval':
          return (vc - vk) ** 2;
        case 'ratio':
          return ((vc - vk) / (vc + vk)) ** 2;
        case 'ordinal': {
          const lo = Math.min(c, k);
          const hi = Math.max(c, k);
          return (prefix[hi + 1] - prefix[lo] - (marginals[c] + marginals[k]) / 2) ** 2;
        }
      }
    }),
  );
}

/**
 * Krippendorff's alpha over a units × raters table (rows = units, e.g. questions; columns = raters,
 * e.g. interviewers; `null` = missing). Default metric: ordinal, because ratings are ordered categories.
 *
 * Too few data (ADR 0004): `alpha` is `null` with a reason when no unit was rated by two or more raters
 * (then there are also fewer than two pairable values), or when every pairable value is identical
 * (D_e = 0: alpha is undefined, the panel agreed but the data cannot show it was not by chance).
 * Alpha is ≤ 1; 1 is perfect agreement, 0 agreement at chance level, negative systematic disagreement.
 */
export function krippendorffAlpha(
  data: readonly (readonly (number | null)[])[],
  metric: AlphaMetric = 'ordinal',
): AlphaResult {
  const cm = coincidenceMatrix(data);
  const base = { metric, n: cm.n, pairableUnits: cm.pairableUnits };
  if (cm.pairableUnits === 0) return { ...base, alpha: null, reason: 'no_pairable_units' };
  if (cm.values.length < 2) return { ...base, alpha: null, reason: 'no_variation' };
  if (metric === 'ratio' && cm.values.some((v) => v < 0)) {
    throw new RangeError('ratio metric needs non-negative values');
  }
  const delta = distanceTable(cm, metric);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < cm.values.length; c++) {
    for (let k = 0; k < cm.values.length; k++) {
      observed += cm.matrix[c][k] * delta[c][k];
      expected += cm.marginals[c] * cm.marginals[k] * delta[c][k];
    }
  }
  const observedDisagreement = observed / cm.n;
  const expectedDisagreement = expected / (cm.n * (cm.n - 1));
  return {
    ...base,
    alpha: 1 - observedDisagreement / expectedDisagreement,
    observedDisagreement,
    expectedDisagreement,
  };
}

/**
 * Inter-rater agreement of one interview panel: Krippendorff's alpha with units = questions and
 * raters = interviewers, from the panel's question ratings (1–5; `null` = not rated).
 */
export function panelAgreement(
  ratings: readonly PanelRating[],
  metric: AlphaMetric = 'ordinal',
): AlphaResult {
  assertOneRatingPerQuestion(ratings);
  const questions = [...new Set(ratings.map((r) => r.questionId))];
  const interviewers = [...new Set(ratings.map((r) => r.interviewerId))];
  const qIndex = new Map(questions.map((q, i) => [q, i]));
  const iIndex = new Map(interviewers.map((p, i) => [p, i]));
  const table: (number | null)[][] = questions.map(() => interviewers.map(() => null));
  for (const r of ratings) {
    if (r.rating === null) continue;
    assertRating(r.rating);
    table[qIndex.get(r.questionId) as number][iIndex.get(r.interviewerId) as number] = r.rating;
  }
  return krippendorffAlpha(table, metric);
}
