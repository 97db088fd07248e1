import { formatDay, formatPeriod, shortName } from './format';

describe('culture formats', () => {
  it('writes periods and days with month words', () => {
    expect(formatPeriod('2026-03')).toBe('Mar 2026');
    expect(formatPeriod('2026-Q4')).toBe('Q4 2026');
    expect(formatDay('2026-03-04')).toBe('Mar 4, 2026');
    expect(formatDay('2026-11-30T10:00:00.000Z')).toBe('Nov 30, 2026');
    expect(formatDay(null)).toBe('');
  });

  it('shortens competency names for chart axes', () => {
    expect(shortName('Billing integrity & fee transparency')).toBe('Billing integrity');
    expect(shortName('Responsiveness')).toBe('Responsiveness');
  });
});
