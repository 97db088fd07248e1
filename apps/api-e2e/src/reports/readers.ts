import { parse } from 'csv-parse/sync';
import { spawnSync } from 'node:child_process';
import type { Response, Test } from 'supertest';

/**
 * Exports are read back by programs other than the ones that wrote them: openpyxl (Debian's
 * python3-openpyxl, run with /usr/bin/python3) for XLSX, poppler's pdftotext for PDF, csv-parse for CSV.
 */

export type XlsxCell = string | number | boolean | null;
export type Workbook = Record<string, XlsxCell[][]>;

const PYTHON = process.env['OPENPYXL_PYTHON'] ?? '/usr/bin/python3';
const OPENPYXL_DUMP = `
import io, json, sys, openpyxl
wb = openpyxl.load_workbook(io.BytesIO(sys.stdin.buffer.read()), read_only=True, data_only=False)
print(json.dumps({ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}, default=str))
`;

/** Every sheet's rows of cell values, as openpyxl reads them. */
export function readXlsx(body: Buffer): Workbook {
  const run = spawnSync(PYTHON, ['-c', OPENPYXL_DUMP], { input: body, maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`openpyxl could not read the workbook: ${run.stderr?.toString() ?? run.error?.message}`);
  return JSON.parse(run.stdout.toString()) as Workbook;
}

/** The PDF's text (pdftotext), with runs of white space collapsed so that line wrapping does not matter. */
export function readPdf(body: Buffer): string {
  const run = spawnSync('pdftotext', ['-', '-'], { input: body, maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`pdftotext could not read the PDF: ${run.stderr?.toString() ?? run.error?.message}`);
  return run.stdout.toString().replace(/\s+/g, ' ');
}

/** RFC 4180 records (the BOM is checked and dropped). */
export function readCsv(body: Buffer): string[][] {
  const text = body.toString('utf8');
  if (!text.startsWith('\uFEFF')) throw new Error('the CSV does not start with a UTF-8 byte-order mark');
  return parse(text, { bom: true, relax_column_count: false }) as string[][];
}

/** Sends the request and collects the body as bytes, whatever its content type. */
export async function download(test: Test): Promise<Response & { body: Buffer }> {
  const res = await test.buffer(true).parse((stream, done) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => done(null, Buffer.concat(chunks)));
  });
  return res as Response & { body: Buffer };
}

/** Rows of a sheet as objects keyed by the header row (trailing note rows, without a first-column key in the header sense, are kept). */
export function sheetObjects(rows: XlsxCell[][]): Record<string, XlsxCell>[] {
  const [header, ...data] = rows;
  return data.filter((r) => r.some((c) => c !== null)).map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i] ?? null])));
}

/** Every cell of every sheet, flattened (to assert that a value appears nowhere). */
export const allCells = (workbook: Workbook): XlsxCell[] => Object.values(workbook).flat(2);
