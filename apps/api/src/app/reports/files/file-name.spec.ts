import { attachment, exportFileName, periodLabel, slugify } from './file-name';

describe('export file names', () => {
  it('slugs names to lower-case ASCII', () => {
    expect(slugify('Zoë Müller-Lind')).toBe('zoe-muller-lind');
    expect(slugify('  Dr. O’Brien & Co  ')).toBe('dr-o-brien-co');
    expect(slugify('李小龍')).toBe('');
    expect(slugify('a'.repeat(100)).length).toBe(60);
  });

  it.each([
    ['2026-07-01', '2026-09-30', '2026-q3'],
    ['2026-07', '2026-09', '2026-q3'],
    ['2026-10', '2026-12', '2026-q4'],
    ['2026-01-01', '2026-12-31', '2026'],
    ['2026-02', '2026-02', '2026-02'],
    ['2026-02-01', '2026-02-28', '2026-02'],
    ['2026-07-04', '2026-07-04', '2026-07-04'],
    ['2026-07-01', '2026-08-15', '2026-07-01-to-2026-08-15'],
    ['2026-08', '2026-10', '2026-08-to-2026-10'],
    ['2025-11', '2026-01', '2025-11-to-2026-01'],
  ])('labels %s .. %s as %s', (from, to, label) => {
    expect(periodLabel(from, to, '2026-11-26')).toBe(label);
  });

  it('labels open ranges and no range', () => {
    expect(periodLabel(undefined, undefined, '2026-11-26')).toBe('2026-11-26');
    expect(periodLabel('2026-07', undefined, '2026-11-26')).toBe('from-2026-07-01');
    expect(periodLabel(undefined, '2026-02', '2026-11-26')).toBe('to-2026-02-28');
  });

  it('builds rapport-<report>-<parts>.<format>, leaving out empty parts', () => {
    expect(exportFileName('hiring-funnel', 'xlsx', undefined, '2026-q3')).toBe('rapport-hiring-funnel-2026-q3.xlsx');
    expect(exportFileName('candidate-packet', 'pdf', 'Casey Lind')).toBe('rapport-candidate-packet-casey-lind.pdf');
    expect(exportFileName('hiring-funnel', 'csv', 'Patient coordinator (Main)', '2026')).toBe(
      'rapport-hiring-funnel-patient-coordinator-main-2026.csv',
    );
  });

  it('quotes the name in Content-Disposition without letting it break the header', () => {
    expect(attachment('rapport-audit-log-2026.csv')).toBe('attachment; filename="rapport-audit-log-2026.csv"');
    expect(attachment('a"b\r\nc.csv')).toBe('attachment; filename="abc.csv"');
  });
});
