import { toWinAnsi } from './pdf-text';

describe('toWinAnsi (text for the standard PDF font)', () => {
  it('keeps Western European text, curly quotes and dashes', () => {
    expect(toWinAnsi('Zoë Müller – “café” …')).toBe('Zoë Müller – “café” …');
  });

  it('maps symbols and other accents, and replaces what it cannot show', () => {
    expect(toWinAnsi('upward empathy ≥ 4.2')).toBe('upward empathy >= 4.2');
    expect(toWinAnsi('Łódź Dvořák')).toBe('?ódz Dvorák');
    expect(toWinAnsi('李')).toBe('?');
    expect(toWinAnsi('a\tb\r\nc')).toBe('a b\nc');
  });
});
