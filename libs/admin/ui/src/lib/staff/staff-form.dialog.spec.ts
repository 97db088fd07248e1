import { HttpErrorResponse } from '@angular/common/http';
import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import type { StaffMember } from '@rapport/shared/contracts';
import { type Observable, of, throwError } from 'rxjs';
import { openStaffForm, type StaffFormData, type StaffFormValue } from './staff-form.dialog';

@Component({ template: '' })
class Host {
  readonly dialog = inject(MatDialog);
}

const saved = { id: 's-new', name: 'Jordan Ellis' } as StaffMember;
const staff = [
  { id: 's-leo', name: 'Dr. Leo Martins', roleTitle: 'Medical director' },
  { id: 's-ana', name: 'Ana Ruiz', roleTitle: 'Practice manager' },
];
const locations = [
  { id: 'l1', name: 'Riverside Medspa' },
  { id: 'l2', name: 'Northgate Studio' },
];

describe('openStaffForm', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  async function open(overrides: Partial<StaffFormData>, answer: () => Observable<StaffMember> = () => of(saved)) {
    TestBed.configureTestingModule({ providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
    const fixture = TestBed.createComponent(Host);
    const sent: StaffFormValue[] = [];
    const results: (StaffMember | undefined)[] = [];
    openStaffForm(fixture.componentInstance.dialog, {
      title: 'Create staff member',
      submitLabel: 'Create staff member',
      locations,
      staff,
      save: (value) => {
        sent.push(value);
        return answer();
      },
      ...overrides,
    }).subscribe((r) => results.push(r));
    const stable = () => fixture.whenStable();
    await stable();
    const overlay = document.querySelector('.cdk-overlay-container') as HTMLElement;
    const input = (name: string) => overlay.querySelector<HTMLInputElement>(`input[formcontrolname=${name}]`) as HTMLInputElement;
    const type = (name: string, value: string) => {
      input(name).value = value;
      input(name).dispatchEvent(new Event('input'));
      input(name).dispatchEvent(new Event('blur'));
    };
    const submit = async () => {
      overlay.querySelector('form')?.dispatchEvent(new Event('submit'));
      await stable();
    };
    const errorOf = (name: string) =>
      input(name)?.closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim() ?? '';
    return { overlay, input, type, submit, errorOf, sent, results, stable };
  }

  it("starts from a hire's draft and sends it trimmed, with the day as YYYY-MM-DD and no manager as null", async () => {
    const { overlay, input, type, submit, sent, results } = await open({
      intro: "From Jordan Ellis's application for Patient coordinator.",
      initial: { name: 'Jordan Ellis', email: 'jordan.ellis@example.com', roleTitle: 'Patient coordinator', locationId: 'l2', hiredAt: '2026-11-20' },
    });
    expect(overlay.textContent).toContain("From Jordan Ellis's application for Patient coordinator.");
    expect(input('name').value).toBe('Jordan Ellis');
    expect(input('hiredAt').value).toBe('2026-11-20');
    expect(overlay.querySelector('mat-select[formcontrolname=locationId]')?.textContent).toContain('Northgate Studio');

    type('roleTitle', '  Senior patient coordinator ');
    await submit();

    expect(sent).toEqual([
      {
        name: 'Jordan Ellis',
        email: 'jordan.ellis@example.com',
        roleTitle: 'Senior patient coordinator',
        locationId: 'l2',
        managerId: null,
        hiredAt: '2026-11-20',
      },
    ]);
    expect(results).toEqual([saved]);
  });

  it('sends the manager picked, and offers everyone but the person edited', async () => {
    const { overlay, submit, sent, stable } = await open({
      editingId: 's-leo',
      initial: { name: 'Dr. Leo Martins', email: 'leo@example.com', roleTitle: 'Medical director', locationId: 'l1', managerId: null, hiredAt: '2020-02-03' },
    });
    overlay.querySelector<HTMLElement>('mat-select[formcontrolname=managerId]')?.click();
    await stable();
    const options = Array.from(overlay.querySelectorAll<HTMLElement>('mat-option'));
    expect(options.map((o) => o.textContent?.trim())).toEqual(['No manager', 'Ana Ruiz · Practice manager']);
    options[1].click();
    await stable();
    await submit();
    expect(sent[0]).toEqual(expect.objectContaining({ managerId: 's-ana', hiredAt: '2020-02-03' }));
  });

  it('refuses blank required fields without sending anything', async () => {
    const { type, submit, errorOf, sent, results } = await open({});
    type('name', '   ');
    await submit();
    expect(sent).toEqual([]);
    expect(results).toEqual([]);
    expect(errorOf('name')).toBe('Name is required');
    expect(errorOf('email')).toBe('Email is required');
  });

  it("puts the API's field errors on their fields and stays open", async () => {
    const refusal = new HttpErrorResponse({
      status: 400,
      statusText: 'Bad Request',
      error: {
        type: 'about:blank',
        title: 'Validation failed',
        status: 400,
        errors: [
          { field: 'email', message: 'email is already used by another staff member' },
          { field: 'locationId', message: 'locationId is not a location of this organization' },
        ],
      },
    });
    const { overlay, submit, errorOf, sent, results } = await open(
      { initial: { name: 'Jordan Ellis', email: 'jordan@example.com', roleTitle: 'Patient coordinator', locationId: 'l1' } },
      () => throwError(() => refusal),
    );
    await submit();
    expect(sent).toHaveLength(1);
    expect(results).toEqual([]);
    expect(errorOf('email')).toBe('email is already used by another staff member');
    expect(overlay.querySelector('mat-select[formcontrolname=locationId]')?.closest('mat-form-field')?.textContent).toContain(
      'locationId is not a location of this organization',
    );
    expect(overlay.querySelector('h2')?.textContent).toContain('Create staff member');
    // Fields are sendable again: the button is not stuck on "saving".
    expect(overlay.querySelector<HTMLButtonElement>('button[type=submit]')?.disabled).toBe(false);
  });
});
