import { FormControl, FormGroup } from '@angular/forms';
import { notBeforeStart, quarterOf, toCreateCycleRequest } from './create-cycle.dialog';

describe('create cycle form', () => {
  it('proposes the current calendar quarter', () => {
    const q = quarterOf(new Date(2026, 10, 26));
    expect([q.start.getMonth(), q.start.getDate(), q.end.getMonth(), q.end.getDate()]).toEqual([9, 1, 11, 31]);
    expect(q.label).toBe('Q4 2026 360 review');
  });

  it('refuses a period that ends before it starts', () => {
    const form = new FormGroup({
      periodStart: new FormControl<Date | null>(new Date(2026, 5, 1)),
      periodEnd: new FormControl<Date | null>(new Date(2026, 4, 31), notBeforeStart),
    });
    // The rule reads the start through the parent, which exists once the group is built.
    form.controls.periodEnd.updateValueAndValidity();
    expect(form.controls.periodEnd.errors).toEqual({ message: 'The period cannot end before it starts' });
    form.controls.periodEnd.setValue(new Date(2026, 5, 1));
    expect(form.controls.periodEnd.errors).toBeNull();
  });

  it('sends all locations as no filter, and days as YYYY-MM-DD', () => {
    const base = {
      name: '  Q3 360  ',
      periodStart: new Date(2026, 6, 1),
      periodEnd: new Date(2026, 8, 30),
      peersPerPerson: 2,
      includeUpward: false,
    };
    expect(toCreateCycleRequest({ ...base, locationIds: [] })).toEqual({
      name: 'Q3 360',
      periodStart: '2026-07-01',
      periodEnd: '2026-09-30',
      peersPerPerson: 2,
      includeUpward: false,
    });
    expect(toCreateCycleRequest({ ...base, locationIds: ['l1'] }).locationIds).toEqual(['l1']);
  });
});
