import type { CultureHeatmap, CultureScoresResponse } from '@rapport/shared/contracts';
import { CHART_WIDTH, heatmapSvg, lineChartSvg } from '../files/charts';
import { fmt, PdfReport } from '../files/pdf';
import type { CultureExportData } from './culture-export.service';
import { componentCell, heatmapCell, suppressedText } from './culture-cells';

/** More lines than this make a trend chart unreadable: the table below it has every number anyway. */
const MAX_CHART_LINES = 12;
const TABLE_PERIODS = 6;

function trendSection(pdf: PdfReport, title: string, scores: CultureScoresResponse, nameHeader: string): void {
  pdf.heading(title);
  const charted = scores.items.filter((i) => i.points.some((p) => p.score !== null)).slice(0, MAX_CHART_LINES);
  if (charted.length) {
    const series = charted.map((i) => ({ name: i.name, values: i.points.map((p) => p.score) }));
    pdf.svg(lineChartSvg(`${title} (0-100)`, scores.periods, series, { min: 0, max: 100, name: 'score' }), CHART_WIDTH, 300);
    if (scores.items.length > charted.length) pdf.note(`The chart shows ${charted.length} of ${scores.items.length}; the table lists all.`);
  } else {
    pdf.paragraph('No scores in this range yet.');
  }
  // A page is wide enough for six period columns; the workbook export has every period.
  const shown = scores.periods.slice(-TABLE_PERIODS);
  const offset = scores.periods.length - shown.length;
  const last = scores.periods.length - 1;
  pdf.table(
    [
      { header: nameHeader, width: 0.2 },
      ...shown.map((p) => ({ header: p, width: 0.48 / TABLE_PERIODS, align: 'right' as const })),
      { header: 'Trend', width: 0.08, align: 'right' },
      { header: `360 by others, ${scores.periods[last] ?? ''}`, width: 0.72 - (0.48 / TABLE_PERIODS) * shown.length },
    ],
    scores.items.map((i) => [
      i.name,
      ...i.points.slice(offset).map((p) => fmt(p.score, 1)),
      fmt(i.slope, 1),
      i.points[last] ? String(componentCell(i.points[last], 'ratings360', scores.minRaters)) : '–',
    ]),
  );
}

function heatmapSection(pdf: PdfReport, heatmap: CultureHeatmap): void {
  pdf.heading('Heatmap: competency by location');
  if (heatmap.groups.length === 0 || heatmap.competencies.length === 0) {
    pdf.paragraph('No locations or competencies.');
    return;
  }
  const cells = heatmap.competencies.flatMap((c, y) =>
    heatmap.groups.map((g, x) => {
      const value = heatmapCell(heatmap, c.id, g.key);
      return typeof value === 'number'
        ? { x, y, value, label: value.toFixed(2) }
        : { x, y, value: null, label: value.startsWith('suppressed') ? 'suppressed' : 'no data' };
    }),
  );
  const svg = heatmapSvg(
    'Mean 360 rating by others (1-5)',
    heatmap.groups.map((g) => g.name),
    heatmap.competencies.map((c) => c.name),
    cells,
    { min: 1, max: 5 },
  );
  pdf.svg(svg, CHART_WIDTH, Math.max(220, 70 + 28 * heatmap.competencies.length));
  pdf.note(`Grey cells: "suppressed" = ${suppressedText(heatmap.minRaters)}, shown without any number; "no data" = no ratings, or only from groups too small to count.`);
}

/** Culture report: location and staff trends (charts rendered server-side as SVG), heatmap. */
export function culturePdf(data: CultureExportData, generatedAt: Date): Promise<Buffer> {
  const { locations, staff, heatmaps } = data;
  const pdf = new PdfReport(
    `Culture report ${locations.from} to ${locations.to}`,
    `Rapport - confidential - generated ${generatedAt.toISOString().slice(0, 10)}`,
  );
  pdf.paragraph(
    `Culture score per ${locations.period} (0-100): a weighted blend of 360 ratings by others, observations and service metrics. ` +
      `360 ratings count only when at least ${locations.minRaters} different people rated; below that they are suppressed and never shown. ` +
      `Peers or staff of one person in one cycle who are fewer than ${locations.minRaters} count in no figure at all.`,
    { size: 9.5 },
  );
  trendSection(pdf, 'Locations', locations, 'Location');
  pdf.newPage();
  trendSection(pdf, 'Staff', staff, 'Staff member');
  pdf.newPage();
  heatmapSection(pdf, heatmaps[0]);
  return pdf.finish();
}
