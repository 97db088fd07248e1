import { SCORE_EPSILON } from './stats';

/** Self-identification answer that is counted but never compared. */
export const PREFER_NOT_TO_SAY = 'prefer_not_to_say';
/** Label of the pooled entry for groups too small to report on their own. */
export const SMALL_GROUPS_LABEL = 'other/small groups';
/** Groups with fewer applicants than this are not reported individually (default). */
export const DEFAULT_MIN_GROUP_SIZE = 5;
/**
 * The four-fifths rule (US Uniform Guidelines, 29 CFR 1607.4(D)): an impact ratio below 0.8 is taken
 * as evidence of adverse impact.
 */
export const FOUR_FIFTHS = 0.8;

/** Applicants and selections of one self-identified group; `group: null` = did not answer. */
export interface GroupCount {
  group: string | null;
  applicants: number;
  selected: number;
}

export interface GroupImpact {
  group: string;
  applicants: number;
  selected: number;
  /** selected / applicants. */
  selectionRate: number;
  /** selectionRate / highest reported group's rate; `null` when no reported group selected anyone. */
  impactRatio: number | null;
  /** impactRatio < 0.8. */
  fourFifthsFlag: boolean;
}

export interface AdverseImpactReport {
  /** Groups with ≥ minGroupSize applicants, highest selection rate first. */
  groups: GroupImpact[];
  /** Groups below minGroupSize, pooled; `selectionRate` only if the pool itself reaches minGroupSize. */
  smallGroups: {
    label: string;
    groupCount: number;
    applicants: number;
    selected: number;
    selectionRate: number | null;
  } | null;
  /** Counted but excluded from every ratio: "prefer not to say" and no answer. */
  excluded: {
    preferNotToSay: { applicants: number; selected: number };
    notAnswered: { applicants: number; selected: number };
  };
  /** Group with the highest selection rate (the ratios' denominator); `null` when none. */
  referenceGroup: string | null;
  totals: { applicants: number; selected: number };
  minGroupSize: number;
}

/**
 * Adverse impact by the four-fifths rule, from voluntary self-identification counts (DESIGN §4).
 *
 * selection rate = selected / applicants per group; impact ratio = rate / highest group's rate (so the
 * highest group is 1 and every ratio is ≤ 1); flagged when the ratio is below 0.8 (exactly 4/5 is not).
 * Groups with fewer than `minGroupSize` (default 5) applicants are not reported on their own: with 3
 * applicants one hire moves the rate by 33 points, and a named tiny group points at individuals. They are
 * pooled as "other/small groups" (counts, and a rate only when the pool reaches the minimum) and never
 * ratioed, since a mixed pool is not a group the rule speaks about. "Prefer not to say" and unanswered
 * are counted in the totals and excluded from all rates and ratios. Rows with the same group are summed.
 */
export function adverseImpact(
  counts: readonly GroupCount[],
  minGroupSize = DEFAULT_MIN_GROUP_SIZE,
): AdverseImpactReport {
  if (!Number.isInteger(minGroupSize) || minGroupSize < 1) {
    throw new RangeError('minGroupSize must be an integer ≥ 1');
  }
  const merged = new Map<string | null, { applicants: number; selected: number }>();
  for (const c of counts) {
    if (
      !Number.isInteger(c.applicants) ||
      !Number.isInteger(c.selected) ||
      c.selected < 0 ||
      c.selected > c.applicants
    ) {
      throw new RangeError(`group ${String(c.group)}: need integers 0 ≤ selected ≤ applicants`);
    }
    const m = merged.get(c.group) ?? { applicants: 0, selected: 0 };
    merged.set(c.group, { applicants: m.applicants + c.applicants, selected: m.selected + c.selected });
  }
  const none = { applicants: 0, selected: 0 };
  const excluded = {
    preferNotToSay: merged.get(PREFER_NOT_TO_SAY) ?? none,
    notAnswered: merged.get(null) ?? none,
  };

  const reported: { group: string; applicants: number; selected: number; selectionRate: number }[] = [];
  const small = { groupCount: 0, applicants: 0, selected: 0 };
  const totals = { applicants: 0, selected: 0 };
  for (const [group, c] of merged) {
    totals.applicants += c.applicants;
    totals.selected += c.selected;
    if (group === null || group === PREFER_NOT_TO_SAY || c.applicants === 0) continue;
    if (c.applicants < minGroupSize) {
      small.groupCount += 1;
      small.applicants += c.applicants;
      small.selected += c.selected;
    } else reported.push({ group, ...c, selectionRate: c.selected / c.applicants });
  }
  reported.sort((a, b) => b.selectionRate - a.selectionRate || a.group.localeCompare(b.group));
  const best = reported.length > 0 ? reported[0] : null;
  const groups = reported.map((g) => {
    const impactRatio = best && best.selectionRate > 0 ? g.selectionRate / best.selectionRate : null;
    return {
      ...g,
      impactRatio,
      fourFifthsFlag: impactRatio !== null && impactRatio < FOUR_FIFTHS - SCORE_EPSILON,
    };
  });
  return {
    groups,
    smallGroups:
      small.groupCount === 0
        ? null
        : {
            label: SMALL_GROUPS_LABEL,
            ...small,
            selectionRate: small.applicants >= minGroupSize ? small.selected / small.applicants : null,
          },
    excluded,
    referenceGroup: best && best.selectionRate > 0 ? best.group : null,
    totals,
    minGroupSize,
  };
}

/** Per-group counts from one row per applicant (`group: null` = did not answer), in first-seen order. */
export function countSelections(
  applicants: readonly { group: string | null; selected: boolean }[],
): GroupCount[] {
  const counts = new Map<string | null, GroupCount>();
  for (const a of applicants) {
    const c = counts.get(a.group) ?? { group: a.group, applicants: 0, selected: 0 };
    c.applicants += 1;
    if (a.selected) c.selected += 1;
    counts.set(a.group, c);
  }
  return [...counts.values()];
}
