import type { LeaderOverview } from '@rapport/shared/contracts';
import { CHART_WIDTH, lineChartSvg } from '../files/charts';
import { fmt, PdfReport } from '../files/pdf';
import { aggregateCell } from './leadership-cells';

const text = (v: number | string) => (typeof v === 'number' ? v.toFixed(2) : v);

function leaderSection(pdf: PdfReport, o: LeaderOverview, competencyNames: Map<string, string>): void {
  pdf.heading(o.leader.name);
  pdf.heading('Goals', 2);
  if (o.goals.length === 0) pdf.paragraph('No goals set.');
  else
    pdf.table(
      [
        { header: 'Goal', width: 0.3 },
        { header: 'Competency', width: 0.2 },
        { header: 'Target', width: 0.22 },
        { header: 'Due', width: 0.12 },
        { header: 'Progress', width: 0.16, align: 'right' },
      ],
      o.goals.map((g) => [g.title, competencyNames.get(g.competencyId) ?? '', g.target, g.dueDate, g.progress === null ? '–' : `${g.progress}%`]),
    );
  const checkIns = o.goals.flatMap((g) => g.checkIns.map((c) => [c.date, g.title, `${c.progress}%`, c.note]));
  if (checkIns.length) {
    pdf.heading('Check-ins', 2);
    pdf.table(
      [
        { header: 'Date', width: 0.14 },
        { header: 'Goal', width: 0.28 },
        { header: 'Progress', width: 0.12, align: 'right' },
        { header: 'Note', width: 0.46 },
      ],
      checkIns,
    );
  }
  pdf.heading('Upward trend (how staff rate this leader)', 2);
  const shown = o.upwardTrend.filter((t) => t.points.some((p) => !p.aggregate.suppressed));
  const cycles = o.upwardTrend[0]?.points.map((p) => p.cycleName) ?? [];
  if (shown.length) {
    const series = shown.map((t) => ({ name: t.competencyName, values: t.points.map((p) => (p.aggregate.suppressed ? null : p.aggregate.mean)) }));
    pdf.svg(lineChartSvg('Upward rating by staff (1-5)', cycles, series, { min: 1, max: 5, name: 'rating' }), CHART_WIDTH, 300);
  } else {
    pdf.paragraph(`No upward rating can be shown yet: each needs at least ${o.minRaters} distinct raters (pooled over up to 4 cycles).`);
  }
  pdf.heading('Self vs staff', 2);
  pdf.table(
    [
      { header: 'Competency', width: 0.34 },
      { header: 'Self', width: 0.12, align: 'right' },
      { header: 'Staff (upward)', width: 0.36 },
      { header: 'Gap', width: 0.18, align: 'right' },
    ],
    o.gap.map((g) => [g.competencyName, fmt(g.self, 0), text(aggregateCell(g.staff)), fmt(g.gap)]),
  );
}

/** Leadership goals: per leader, goals, check-ins, upward trend chart (server-side SVG), self-vs-staff gap. */
export function leadershipPdf(overviews: readonly LeaderOverview[], competencyNames: Map<string, string>, generatedAt: Date): Promise<Buffer> {
  const pdf = new PdfReport('Leadership goals', `Rapport - confidential - generated ${generatedAt.toISOString().slice(0, 10)}`);
  const minRaters = overviews[0]?.minRaters ?? 3;
  pdf.paragraph(
    `Upward ratings are the anonymous ratings staff give their leader; each number rests on at least ${minRaters} distinct raters, ` +
      'pooling up to 4 cycles for small teams. Gap = self rating - staff rating.',
    { size: 9.5 },
  );
  if (overviews.length === 0) pdf.paragraph('No leaders yet.');
  overviews.forEach((o, i) => {
    if (i > 0) pdf.newPage();
    leaderSection(pdf, o, competencyNames);
  });
  return pdf.finish();
}
