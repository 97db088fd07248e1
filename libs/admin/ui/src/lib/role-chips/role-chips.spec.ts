import { TestBed } from '@angular/core/testing';
import { RoleChips } from './role-chips';

describe('RoleChips', () => {
  it('labels roles in the canonical order whatever order they come in', async () => {
    const fixture = TestBed.createComponent(RoleChips);
    fixture.componentRef.setInput('roles', ['staff', 'hiring_manager', 'owner']);
    await fixture.whenStable();

    const chips = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('mat-chip'));
    expect(chips.map((c) => c.textContent?.trim())).toEqual(['Owner', 'Hiring manager', 'Staff']);
  });
});
