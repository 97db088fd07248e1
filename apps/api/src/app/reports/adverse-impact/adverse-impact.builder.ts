import {
  ADVERSE_IMPACT_DIMENSIONS,
  SELF_ID_LABELS,
  type AdverseImpactDimension,
  type AdverseImpactOpening,
  type AdverseImpactStage,
  type AdverseImpactTable,
  type SelectionStage,
  type SelfIdentification,
} from '@rapport/shared/contracts';
import { adverseImpact, countSelections } from '@rapport/shared/scoring';
import { type Journey, outcomeAt, PIPELINE } from '../journeys';

export type Answers = Pick<SelfIdentification, 'sex' | 'raceEthnicity'>;

const labelOf = (group: string) => SELF_ID_LABELS[group as keyof typeof SELF_ID_LABELS] ?? group;

/**
 * Adverse impact of one opening (or of all openings pooled) at each stage, for each dimension of
 * self-identification, by `adverseImpact` of the scoring library (four-fifths rule, groups under
 * `minGroupSize` pooled and never ratioed, "prefer not to say" and unanswered counted but excluded).
 *
 * The applicants of a stage are the applications decided there: selected (reached the next stage;
 * hired, for offer) or rejected there. Applications still waiting in the stage, and those withdrawn
 * by the candidate, are counted apart: neither is a selection decision.
 */
export function adverseImpactOf(
  opening: { id: string | null; title: string },
  journeys: readonly Journey[],
  answers: ReadonlyMap<string, Answers>,
  stages: readonly SelectionStage[],
  minGroupSize: number,
): AdverseImpactOpening {
  return {
    openingId: opening.id,
    title: opening.title,
    stages: stages.map((stage) => stageImpact(stage, journeys, answers, minGroupSize)),
  };
}

function stageImpact(
  stage: SelectionStage,
  journeys: readonly Journey[],
  answers: ReadonlyMap<string, Answers>,
  minGroupSize: number,
): AdverseImpactStage {
  const decided: { journey: Journey; selected: boolean }[] = [];
  let pending = 0;
  let withdrawn = 0;
  for (const journey of journeys) {
    const outcome = outcomeAt(journey, stage);
    if (outcome === 'selected' || outcome === 'rejected') decided.push({ journey, selected: outcome === 'selected' });
    else if (outcome === 'pending') pending += 1;
    else if (outcome === 'withdrawn') withdrawn += 1;
  }
  const tables = ADVERSE_IMPACT_DIMENSIONS.map((dimension) =>
    table(
      dimension,
      decided.map((d) => ({ group: answers.get(d.journey.candidateId)?.[dimension] ?? null, selected: d.selected })),
      minGroupSize,
    ),
  );
  return {
    stage,
    selectedMeans: PIPELINE[PIPELINE.indexOf(stage) + 1],
    decided: decided.length,
    selected: decided.filter((d) => d.selected).length,
    pending,
    withdrawn,
    tables,
  };
}

function table(
  dimension: AdverseImpactDimension,
  applicants: { group: string | null; selected: boolean }[],
  minGroupSize: number,
): AdverseImpactTable {
  const report = adverseImpact(countSelections(applicants), minGroupSize);
  return {
    dimension,
    groups: report.groups.map((g) => ({ ...g, label: labelOf(g.group) })),
    smallGroups: report.smallGroups && {
      groupCount: report.smallGroups.groupCount,
      applicants: report.smallGroups.applicants,
      selected: report.smallGroups.selected,
      selectionRate: report.smallGroups.selectionRate,
    },
    excluded: report.excluded,
    referenceGroup: report.referenceGroup,
    totals: report.totals,
    smallSampleWarning: report.smallGroups !== null,
  };
}
