import type { LeaderOverview } from '@rapport/shared/contracts';
import type { Cell } from '../files/cells';
import type { SheetSpec } from '../files/xlsx';
import { aggregateCell, ratersCell } from './leadership-cells';

const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

export function leadershipSheets(overviews: readonly LeaderOverview[], competencyNames: Map<string, string>): SheetSpec[] {
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
  ];
}
