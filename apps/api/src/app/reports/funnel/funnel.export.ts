import { FUNNEL_SMALL_SAMPLE } from '@rapport/shared/contracts';
import type { Cell } from '../files/cells';
import { csvDocument } from '../files/csv';
import type { SheetSpec } from '../files/xlsx';
import type { FunnelRow } from './funnel.builder';

const COLUMNS = [
  { header: 'Opening', width: 28 },
  { header: 'Location', width: 18 },
  { header: 'Opening status', width: 14 },
  { header: 'Stage', width: 13 },
  { header: 'Entered', width: 9 },
  { header: 'Advanced', width: 10 },
  { header: 'Rejected', width: 9 },
  { header: 'Withdrawn', width: 10 },
  { header: 'Open', width: 7 },
  { header: 'Pass-through rate', width: 16, numFmt: '0.0%' },
  { header: 'Median days in stage', width: 19, numFmt: '0.0' },
  { header: 'Median days to hire', width: 18, numFmt: '0.0' },
  { header: `Small sample (entered < ${FUNNEL_SMALL_SAMPLE})`, width: 24 },
] as const;

const NOTES = [
  'Entered: applications that reached the stage (or a later one; stages may be skipped). Advanced: reached a later stage.',
  'Open: got this far, no further, and still open. Median days in stage: completed stays only. Days to hire: application to hire.',
  `Small sample: fewer than ${FUNNEL_SMALL_SAMPLE} entered, so the rate moves a lot with one application.`,
];

const cells = (r: FunnelRow): Cell[] => [
  r.opening,
  r.location,
  r.openingStatus,
  r.stage,
  r.entered,
  r.advanced,
  r.rejected,
  r.withdrawn,
  r.open,
  r.passThroughRate === null ? null : Math.round(r.passThroughRate * 10000) / 10000,
  r.medianDaysInStage,
  r.medianDaysToHire,
  r.smallSample ? 'yes' : 'no',
];

export function funnelCsv(rows: readonly FunnelRow[]): Buffer {
  return csvDocument(
    COLUMNS.map((c) => c.header),
    rows.map(cells),
  );
}

export function funnelSheets(rows: readonly FunnelRow[]): SheetSpec[] {
  return [{ name: 'Hiring funnel', columns: COLUMNS, rows: rows.map(cells), notes: NOTES }];
}
