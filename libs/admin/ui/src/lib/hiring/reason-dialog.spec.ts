import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { openReasonDialog } from './reason-dialog';

@Component({ template: '' })
class Host {
  readonly dialog = inject(MatDialog);
}

describe('openReasonDialog', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  async function open() {
    TestBed.configureTestingModule({ providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
    const fixture = TestBed.createComponent(Host);
    const results: (string | null)[] = [];
    openReasonDialog(fixture.componentInstance.dialog, {
      title: 'Reject Jordan Ellis?',
      message: 'Rejecting is final.',
      label: 'Reason for rejecting',
      confirmLabel: 'Reject',
      danger: true,
    }).subscribe((r) => results.push(r));
    await fixture.whenStable();
    const overlay = document.querySelector('.cdk-overlay-container') as HTMLElement;
    const textarea = overlay.querySelector('textarea') as HTMLTextAreaElement;
    const submit = () => overlay.querySelector('form')?.dispatchEvent(new Event('submit'));
    return { fixture, overlay, textarea, submit, results };
  }

  it('refuses a blank reason and says it is required', async () => {
    const { fixture, overlay, textarea, submit, results } = await open();
    textarea.value = '   ';
    textarea.dispatchEvent(new Event('input'));
    submit();
    await fixture.whenStable();
    expect(results).toEqual([]);
    expect(overlay.querySelector('mat-error')?.textContent).toContain('Reason for rejecting is required');
  });

  it('closes with the trimmed reason', async () => {
    const { fixture, textarea, submit, results } = await open();
    textarea.value = '  Pushed a package in the role-play ';
    textarea.dispatchEvent(new Event('input'));
    submit();
    await fixture.whenStable();
    expect(results).toEqual(['Pushed a package in the role-play']);
  });
});
