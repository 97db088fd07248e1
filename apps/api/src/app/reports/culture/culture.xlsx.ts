import type { CultureHeatmap, CultureScoreSeries } from '@rapport/shared/contracts';
import type { Cell } from '../files/cells';
import type { SheetSpec } from '../files/xlsx';
import type { CultureExportData } from './culture-export.service';
import { componentCell, heatmapCell, scoreCell } from './culture-cells';

const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

function seriesRows(items: readonly CultureScoreSeries[], minRaters: number, staff: boolean, locationNames: Map<string, string>): Cell[][] {
  return items.flatMap((item) =>
    item.points.map((p) => [
      item.name,
      ...(staff ? [locationNames.get(item.locationId ?? '') ?? '', item.roleTitle ?? ''] : []),
      p.period,
      scoreCell(p),
      round2(p.delta),
      p.insufficient_data ? 'yes' : 'no',
      componentCell(p, 'ratings360', minRaters),
      componentCell(p, 'observations', minRaters),
      componentCell(p, 'serviceMetrics', minRaters),
      p.breakdown.observations.recognitions,
      p.breakdown.observations.coaching,
      round2(item.slope),
    ]),
  );
}

const SCORE_COLUMNS = [
  { header: 'Period', width: 10 },
  { header: 'Culture score (0-100)', width: 20 },
  { header: 'Change', width: 9 },
  { header: 'Insufficient data', width: 16 },
  { header: '360 by others (0-100)', width: 30 },
  { header: 'Observations (0-100)', width: 20 },
  { header: 'Service metrics (0-100)', width: 22 },
  { header: 'Recognitions', width: 12 },
  { header: 'Coaching notes', width: 14 },
  { header: 'Trend (points per period)', width: 22 },
];

function heatmapSheet(name: string, heatmap: CultureHeatmap): SheetSpec {
  return {
    name,
    columns: [{ header: 'Competency', width: 34 }, ...heatmap.groups.map((g) => ({ header: g.name, width: 24 }))],
    rows: heatmap.competencies.map((c) => [c.name, ...heatmap.groups.map((g) => heatmapCell(heatmap, c.id, g.key))]),
    notes: [
      `Mean 360 rating by others (1-5), ${heatmap.from} to ${heatmap.to}, closed review cycles only.`,
      `A cell rated by fewer than ${heatmap.minRaters} distinct people is suppressed: no mean, no count. Peers or staff of one person in one cycle who are fewer than ${heatmap.minRaters} count nowhere (no data).`,
    ],
  };
}

export function cultureSheets(data: CultureExportData): SheetSpec[] {
  const { locations, staff, heatmaps } = data;
  const locationNames = new Map(locations.items.map((l) => [l.subjectId, l.name]));
  const notes = [
    `Culture score per ${locations.period}, ${locations.from} to ${locations.to}: weighted blend of 360 ratings by others, observations and service metrics (ADR 0004).`,
    `360 ratings count only with at least ${locations.minRaters} distinct raters; below that the component is suppressed and the score rests on the other components. Peers or staff of one person in one cycle who are fewer than ${locations.minRaters} count in no figure at all.`,
  ];
  return [
    {
      name: 'Locations',
      columns: [{ header: 'Location', width: 24 }, ...SCORE_COLUMNS],
      rows: seriesRows(locations.items, locations.minRaters, false, locationNames),
      notes,
    },
    {
      name: 'Staff',
      columns: [{ header: 'Staff member', width: 24 }, { header: 'Location', width: 20 }, { header: 'Role', width: 18 }, ...SCORE_COLUMNS],
      rows: seriesRows(staff.items, staff.minRaters, true, locationNames),
      notes,
    },
    heatmapSheet('Heatmap by location', heatmaps[0]),
    heatmapSheet('Heatmap by role', heatmaps[1]),
  ];
}
