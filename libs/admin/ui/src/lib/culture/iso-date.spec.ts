import { TestBed } from '@angular/core/testing';
import { DateAdapter } from '@angular/material/core';
import { fromIsoDate, IsoDateAdapter, provideIsoDateAdapter, toIsoDate } from './iso-date';

describe('ISO dates', () => {
  it('writes a local day without shifting it through UTC', () => {
    expect(toIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('reads YYYY-MM-DD as that local day and refuses impossible days', () => {
    const date = fromIsoDate('2026-02-28');
    expect(date && [date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2026, 1, 28]);
    expect(fromIsoDate('2026-02-30')).toBeNull();
    expect(fromIsoDate('28/02/2026')).toBeNull();
  });

  it('lets date pickers show and parse the ISO day', () => {
    TestBed.configureTestingModule({ providers: provideIsoDateAdapter() });
    const adapter = TestBed.inject(DateAdapter<Date>);
    expect(adapter).toBeInstanceOf(IsoDateAdapter);
    const parsed = adapter.parse('2026-03-04', null);
    expect(parsed && toIsoDate(parsed)).toBe('2026-03-04');
    expect(adapter.format(new Date(2026, 2, 4), { year: 'numeric', month: 'numeric', day: 'numeric' })).toBe('2026-03-04');
    expect(adapter.parse('', null)).toBeNull();
  });
});
