import type { LeaderOverview, PatientAggregate, ThreeWayGap } from '@rapport/shared/contracts';
import type { Cell } from '../files/cells';
import type { SheetSpec } from '../files/xlsx';
import { aggregateCell, ratersCell } from './leadership-cells';

const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

const PATIENT_SOURCE: Record<ThreeWayGap['patientSource'], string> = {
  named: 'surveys naming the leader',
  location: "all surveys at the leader's location",
  none: 'no surveys',
};

const patientCell = (p: PatientAggregate): Cell =>
  p.suppressed ? (p.reason === 'no_data' ? 'no responses' : `withheld (${p.n} of ${p.minResponses} responses)`) : round2(p.mean);

export function leadershipSheets(
  overviews: readonly LeaderOverview[],
  competencyNames: Map<string, string>,
  threeWay: readonly ThreeWayGap[] = [],
): SheetSpec[] {
  const goals: Cell[][] = [];
  const checkIns: Cell[][] = [];
  const trend: Cell[][] = [];
  const gap: Cell[][] = [];
  for (const o of overviews) {
    const leader = o.leader.name;
    for (const g of o.goals) {
      goals.push([leader, competencyNames.get(g.competencyId) ?? '', g.title, g.target, g.dueDate, g.progress, g.checkIns.length, aggregateCell(g.upward)]);
      for (const c of g.checkIns) checkIns.push([leader, g.title, c.date, c.progress, c.note]);
    }
    for (const t of o.upwardTrend) {
      for (const p of t.points) {
        trend.push([leader, t.competencyName, p.cycleName, p.periodEnd, aggregateCell(p.aggregate), ratersCell(p.aggregate), p.pooled ? `yes (${p.cyclesPooled.length} cycles)` : 'no']);
      }
    }
    for (const g of o.gap) gap.push([leader, g.competencyName, g.self, aggregateCell(g.staff), round2(g.gap)]);
  }
  const minRaters = overviews[0]?.minRaters ?? 3;
  return [
    {
      name: 'Goals',
      columns: [
        { header: 'Leader', width: 22 },
        { header: 'Competency', width: 26 },
        { header: 'Goal', width: 34 },
        { header: 'Target', width: 30 },
        { header: 'Due', width: 12 },
        { header: 'Progress (%)', width: 12 },
        { header: 'Check-ins', width: 10 },
        { header: 'Latest upward rating (1-5)', width: 30 },
      ],
      rows: goals,
    },
    {
      name: 'Check-ins',
      columns: [
        { header: 'Leader', width: 22 },
        { header: 'Goal', width: 34 },
        { header: 'Date', width: 12 },
        { header: 'Progress (%)', width: 12 },
        { header: 'Note', width: 60 },
      ],
      rows: checkIns,
    },
    {
      name: 'Upward trend',
      columns: [
        { header: 'Leader', width: 22 },
        { header: 'Competency', width: 26 },
        { header: 'Cycle', width: 18 },
        { header: 'Period end', width: 12 },
        { header: 'Upward rating by staff (1-5)', width: 30 },
        { header: 'Raters', width: 8 },
        { header: 'Pooled', width: 16 },
      ],
      rows: trend,
      notes: [`Upward ratings are shown only from at least ${minRaters} distinct raters; small teams are pooled over up to 4 cycles.`],
    },
    {
      name: 'Self vs staff',
      columns: [
        { header: 'Leader', width: 22 },
        { header: 'Competency', width: 26 },
        { header: 'Self rating', width: 12 },
        { header: 'Staff rating (upward)', width: 30 },
        { header: 'Gap (self - staff)', width: 16 },
      ],
      rows: gap,
      notes: ['Gap > 0: the leader rates themself higher than their staff do. No gap when either side is missing or suppressed.'],
    },
    {
      name: 'Self, staff, patients',
      columns: [
        { header: 'Leader', width: 22 },
        { header: 'Competency', width: 26 },
        { header: 'Self rating', width: 12 },
        { header: 'Staff rating (upward)', width: 30 },
        { header: 'Patients (1-5)', width: 26 },
        { header: 'Patient responses', width: 16 },
        { header: 'Patient source', width: 32 },
      ],
      rows: threeWay.flatMap((g) => {
        const name = overviews.find((o) => o.leader.userId === g.leaderUserId)?.leader.name ?? '';
        return g.rows.map((r): Cell[] => [name, r.competencyName, r.self, aggregateCell(r.staff), patientCell(r.patient), r.patient.n, PATIENT_SOURCE[g.patientSource]]);
      }),
      notes: [
        'Patients: post-visit survey items mapped to the competency, over the last 12 months; withheld under 5 responses.',
        'The patient side uses surveys naming the leader, or every survey of their location when too few name them.',
      ],
    },
  ];
}
