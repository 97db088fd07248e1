import ExcelJS from 'exceljs';
import { PassThrough, type Writable } from 'node:stream';
import { type Cell, neutraliseCell } from './cells';

export interface SheetColumn {
  header: string;
  /** Column width in characters. */
  width?: number;
  /** Excel number format, e.g. `0.0%` or `0.00`. */
  numFmt?: string;
}

export interface SheetSpec {
  name: string;
  columns: readonly SheetColumn[];
  rows: Iterable<readonly Cell[]>;
  /** Lines written under the table (method notes, thresholds), one per row in column A. */
  notes?: readonly string[];
}

/**
 * Writes sheets with exceljs's streaming WorkbookWriter (rows are committed as they are added, so
 * a sheet never sits whole in memory) into `stream`. Every text cell goes through `neutraliseCell`
 * here, in the one writer, headers and notes included (a header may be a competency or a person's
 * name); the header row is bold and frozen.
 */
export async function writeWorkbook(stream: Writable, sheets: readonly SheetSpec[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Rapport';
  workbook.created = new Date();
  for (const spec of sheets) {
    // Excel limits sheet names to 31 characters and forbids a few.
    const sheet = workbook.addWorksheet(spec.name.replace(/[[\]*?:/\\]/g, ' ').slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = spec.columns.map((c) => ({ header: String(neutraliseCell(c.header)), width: c.width ?? 16, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (const row of spec.rows) sheet.addRow(row.map((v) => neutraliseCell(v) ?? null)).commit();
    if (spec.notes?.length) {
      sheet.addRow([]).commit();
      for (const note of spec.notes) sheet.addRow([neutraliseCell(note)]).commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}

/** The workbook as one buffer: report workbooks are small (a practice's openings, people, groups). */
export async function workbookBuffer(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  await writeWorkbook(sink, sheets);
  await ended;
  return Buffer.concat(chunks);
}
