/**
 * The PDFs use the standard Helvetica font (no font file to ship or find on the server), which covers
 * the Windows-1252 ("WinAnsi") character set: Latin letters with Western European accents, curly
 * quotes, dashes, €. Other characters would print as garbage, so they are mapped first: common
 * symbols to ASCII look-alikes, other accented letters to their base letter, anything else to `?`.
 */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Record<string, string> = {
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '−': '-',
  '→': '->',
  '←': '<-',
  '✓': 'v',
  '✔': 'v',
  '×': 'x',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};

const isWinAnsi = (c: string) => {
  const code = c.codePointAt(0) as number;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(c) || c === '\n';
};

export function toWinAnsi(text: string): string {
  let out = '';
  for (const c of text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    if (isWinAnsi(c)) out += c;
    else if (REPLACEMENTS[c] !== undefined) out += REPLACEMENTS[c];
    else {
      const base = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += base.length > 0 && [...base].every(isWinAnsi) ? base : '?';
    }
  }
  return out;
}
