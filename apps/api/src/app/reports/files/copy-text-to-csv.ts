import { Transform, type TransformCallback } from 'node:stream';
import type { Cell } from './cells';
import { csvRecord, UTF8_BOM } from './csv';

const NEWLINE = 0x0a;
const UNESCAPE: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/**
 * One field of PostgreSQL's COPY text format: `\N` is NULL; otherwise backslash escapes are undone
 * (COPY TO writes `\b \f \n \r \t \v \\`; anything else after a backslash stands for itself).
 */
export function decodeCopyField(field: string): string | null {
  if (field === '\\N') return null;
  if (!field.includes('\\')) return field;
  return field.replace(/\\(.)/gs, (_m, c: string) => UNESCAPE[c] ?? c);
}

export interface CopyTextToCsvOptions {
  header: readonly string[];
  /** Turns one row of COPY fields into the exported cells (e.g. to add a derived column). */
  mapRow?: (fields: (string | null)[]) => Cell[];
}

/**
 * Streams `COPY (…) TO STDOUT` (text format) into RFC 4180 CSV with a BOM, one chunk in, one chunk
 * out, so memory stays flat whatever the row count. Rows end with a raw newline (data newlines are
 * escaped), and a chunk may end mid-row (or mid-character): the tail waits for the next chunk.
 * Every field goes through `csvRecord`, hence through the formula-injection neutraliser.
 */
export class CopyTextToCsv extends Transform {
  private tail: Buffer = Buffer.alloc(0);
  private started = false;
  rows = 0;

  constructor(private readonly options: CopyTextToCsvOptions) {
    super({ readableHighWaterMark: 64 * 1024 });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      const data = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk;
      const last = data.lastIndexOf(NEWLINE);
      if (last < 0) {
        this.tail = data;
        callback(null, this.preamble());
        return;
      }
      this.tail = data.subarray(last + 1);
      callback(null, this.preamble() + this.convert(data.toString('utf8', 0, last)));
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      // COPY ends every row with a newline; a tail here means the server stopped mid-row.
      if (this.tail.length) throw new Error('COPY output ended in the middle of a row');
      callback(null, this.preamble());
    } catch (error) {
      callback(error as Error);
    }
  }

  /** The BOM and header, once, before the first row (also for an empty result). */
  private preamble(): string {
    if (this.started) return '';
    this.started = true;
    return UTF8_BOM + csvRecord(this.options.header);
  }

  private convert(lines: string): string {
    let out = '';
    for (const line of lines.split('\n')) {
      const fields = line.split('\t').map(decodeCopyField);
      out += csvRecord(this.options.mapRow ? this.options.mapRow(fields) : fields);
      this.rows += 1;
    }
    return out;
  }
}
