import type { AdverseImpactReport, AdverseImpactTable } from '@rapport/shared/contracts';
import type { Cell } from '../files/cells';
import type { SheetSpec } from '../files/xlsx';

const DIMENSION_LABELS = { sex: 'Sex', raceEthnicity: 'Race/ethnicity' } as const;

function tableRows(prefix: Cell[], table: AdverseImpactTable, minGroupSize: number): Cell[][] {
  const rows: Cell[][] = table.groups.map((g) => [
    ...prefix,
    g.label,
    g.applicants,
    g.selected,
    g.selectionRate,
    g.impactRatio,
    g.fourFifthsFlag ? 'yes' : 'no',
    g.group === table.referenceGroup ? 'reference group (highest rate)' : '',
  ]);
  if (table.smallGroups) {
    rows.push([
      ...prefix,
      `Groups under ${minGroupSize} (${table.smallGroups.groupCount}, pooled)`,
      table.smallGroups.applicants,
      table.smallGroups.selected,
      table.smallGroups.selectionRate,
      null,
      '',
      'small sample: not shown individually, not compared',
    ]);
  }
  const { preferNotToSay, notAnswered } = table.excluded;
  if (preferNotToSay.applicants) {
    rows.push([...prefix, 'Prefer not to say', preferNotToSay.applicants, preferNotToSay.selected, null, null, '', 'excluded from rates']);
  }
  if (notAnswered.applicants) {
    rows.push([...prefix, 'Not answered', notAnswered.applicants, notAnswered.selected, null, null, '', 'excluded from rates']);
  }
  return rows;
}

/** The adverse impact report as a workbook: one row per opening × stage × dimension × group. */
export function adverseImpactSheets(report: AdverseImpactReport): SheetSpec[] {
  const rows: Cell[][] = [];
  const stages: Cell[][] = [];
  for (const opening of report.openings) {
    for (const s of opening.stages) {
      stages.push([opening.title, s.stage, s.selectedMeans, s.decided, s.selected, s.pending, s.withdrawn]);
      for (const table of s.tables) {
        rows.push(...tableRows([opening.title, s.stage, DIMENSION_LABELS[table.dimension]], table, report.minGroupSize));
      }
    }
  }
  return [
    {
      name: 'Adverse impact',
      columns: [
        { header: 'Opening', width: 28 },
        { header: 'Stage', width: 13 },
        { header: 'Dimension', width: 15 },
        { header: 'Group', width: 38 },
        { header: 'Applicants', width: 11 },
        { header: 'Selected', width: 10 },
        { header: 'Selection rate', width: 14, numFmt: '0.0%' },
        { header: 'Impact ratio', width: 13, numFmt: '0.00' },
        { header: 'Below four-fifths', width: 17 },
        { header: 'Note', width: 44 },
      ],
      rows,
      notes: [
        'Applicants at a stage: applications decided there (selected, or rejected at that stage).',
        'Selected: reached the next stage (hired, for offer). Pending and withdrawn applications are left out.',
        `Impact ratio: a group's selection rate divided by the highest group's rate; below ${report.fourFifths} is flagged (four-fifths rule).`,
        `Groups with fewer than ${report.minGroupSize} applicants are pooled and never compared.`,
        'Self-identification is voluntary; "prefer not to say" and unanswered are counted but excluded from rates.',
      ],
    },
    {
      name: 'Stages',
      columns: [
        { header: 'Opening', width: 28 },
        { header: 'Stage', width: 13 },
        { header: 'Selected means', width: 15 },
        { header: 'Decided', width: 10 },
        { header: 'Selected', width: 10 },
        { header: 'Pending', width: 10 },
        { header: 'Withdrawn', width: 10 },
      ],
      rows: stages,
    },
  ];
}
