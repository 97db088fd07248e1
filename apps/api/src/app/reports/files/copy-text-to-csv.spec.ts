import { parse } from 'csv-parse/sync';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { CopyTextToCsv, decodeCopyField } from './copy-text-to-csv';

/** Pipes `chunks` through the converter and returns the CSV text (BOM kept: TextDecoder would drop it). */
async function convert(chunks: Buffer[], header = ['a', 'b', 'c']): Promise<string> {
  return (await buffer(Readable.from(chunks).pipe(new CopyTextToCsv({ header })))).toString('utf8');
}

describe('COPY text format to CSV', () => {
  it('decodes NULL and backslash escapes', () => {
    expect(decodeCopyField('\\N')).toBeNull();
    expect(decodeCopyField('a\\tb\\nc\\\\d\\re')).toBe('a\tb\nc\\d\re');
    expect(decodeCopyField('plain')).toBe('plain');
  });

  it('converts rows split at any byte, multi-byte characters included', async () => {
    const copy = Buffer.from('1\tZoë, "Z"\t\\N\n2\t=cmd|calc\tline\\nbreak\n', 'utf8');
    // Every split point: a row (or the ë) may straddle two chunks.
    for (let cut = 1; cut < copy.length; cut++) {
      const csv = await convert([copy.subarray(0, cut), copy.subarray(cut)]);
      expect(parse(csv, { bom: true })).toEqual([
        ['a', 'b', 'c'],
        ['1', 'Zoë, "Z"', ''],
        ['2', "'=cmd|calc", 'line\nbreak'],
      ]);
    }
  });

  it('writes the header of an empty result', async () => {
    expect(await convert([])).toBe('\uFEFFa,b,c\r\n');
  });

  it('fails when the server stops mid-row', async () => {
    await expect(convert([Buffer.from('1\t2')])).rejects.toThrow('middle of a row');
  });
});
