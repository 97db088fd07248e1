import { parse } from 'csv-parse/sync';
import { neutraliseCell } from './cells';
import { csvDocument, csvField, csvRecord, UTF8_BOM } from './csv';

describe('neutraliseCell (OWASP CSV injection)', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '\ncmd', '\uFF1DSUM(1)', '\uFF0B1', '\uFF0D1', '\uFF20SUM(A1)'])('prefixes %j with a quote', (text) => {
    expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text, empty cells and numbers alone', () => {
    expect(neutraliseCell('Casey Lind')).toBe('Casey Lind');
    expect(neutraliseCell('a=b')).toBe('a=b');
    expect(neutraliseCell('')).toBe('');
    expect(neutraliseCell(null)).toBeNull();
    expect(neutraliseCell(undefined)).toBeUndefined();
    // A number is written as a number and cannot carry a formula.
    expect(neutraliseCell(-5)).toBe(-5);
  });
});

describe('CSV writer (RFC 4180)', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('Lind, Casey')).toBe('"Lind, Casey"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(0.25)).toBe('0.25');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('neutralises before quoting, and ends records with CRLF', () => {
    expect(csvRecord(['=1+1', '-x, y', 3])).toBe(`'=1+1,"'-x, y",3\r\n`);
  });

  it('writes a BOM and round-trips through a standard parser', () => {
    const rows = [['Zoë "Z" Müller', 'line\nbreak', '=cmd|calc', 7]];
    const buffer = csvDocument(['name', 'note', 'formula', 'n'], rows);
    const text = buffer.toString('utf8');
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(parse(text, { bom: true })).toEqual([
      ['name', 'note', 'formula', 'n'],
      ['Zoë "Z" Müller', 'line\nbreak', "'=cmd|calc", '7'],
    ]);
  });
});
