import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import type { Reply } from './client';

/**
 * The readable text of a reply, so that a leak hidden in an export can be searched for: XLSX cells
 * (read back with exceljs) and PDF text (poppler's pdftotext, which CI installs); anything else as
 * UTF-8. Compressed formats would otherwise hide every name and id from a plain substring search.
 */
export async function readableText(reply: Reply): Promise<string> {
  const type = reply.contentType.toLowerCase();
  if (type.includes('spreadsheetml')) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(reply.bytes as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.eachSheet((sheet) => {
      cells.push(sheet.name);
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text ?? cell.value ?? ''))));
    });
    return cells.join('\n');
  }
  if (type.includes('application/pdf')) {
    const out = spawnSync('pdftotext', ['-q', '-', '-'], { input: reply.bytes, maxBuffer: 64 * 1024 * 1024 });
    if (out.error || out.status !== 0)
      throw new Error(`pdftotext could not read the PDF: ${out.error?.message ?? out.stderr.toString()}`);
    return out.stdout.toString('utf8');
  }
  return reply.text;
}
