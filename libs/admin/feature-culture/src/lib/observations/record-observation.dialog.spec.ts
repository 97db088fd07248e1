import { Component, inject, Injector } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { Competency, StaffMember } from '@rapport/shared/contracts';
import { buttonByText, overlay, problem, renderPage, typeInto } from '../testing/render-page';
import { openRecordObservation } from './open-record-observation';
import { notInFuture } from './record-observation.dialog';
import { FormControl } from '@angular/forms';

const marco = { id: 's-marco', name: 'Marco Bianchi', roleTitle: 'Nurse injector' } as StaffMember;
const empathy = { id: 'c-empathy', name: 'Empathy & warmth' } as Competency;

@Component({ template: '' })
class Host {
  readonly dialog = inject(MatDialog);
  readonly injector = inject(Injector);
  result: unknown = 'open';
  open(staffMemberId?: string) {
    openRecordObservation(this.dialog, this.injector, { staff: [marco], competencies: [empathy], staffMemberId }).subscribe(
      (r) => (this.result = r),
    );
  }
}

describe('RecordObservationDialog', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  it('refuses a future date', () => {
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    expect(notInFuture(new FormControl<Date | null>(tomorrow))).toEqual({ message: 'The date cannot be in the future' });
    expect(notInFuture(new FormControl<Date | null>(new Date()))).toBeNull();
  });

  it('does not send a note of only spaces and says what is missing', async () => {
    const { fixture, backend, stable } = await renderPage(Host, { roles: ['staff'] });
    fixture.componentInstance.open('s-marco');
    await stable();
    const dialog = overlay();
    typeInto(dialog.querySelector('textarea'), '   ');
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    await stable();

    backend.expectNone({ method: 'POST', url: '/api/observations' });
    const errors = Array.from(dialog.querySelectorAll('mat-error')).map((e) => e.textContent?.trim());
    expect(errors).toEqual(expect.arrayContaining(['Competency is required', 'Note is required']));
  });

  it('saves a coaching note with the day as YYYY-MM-DD and closes with it', async () => {
    const { fixture, backend, stable } = await renderPage(Host, { roles: ['leader'] });
    fixture.componentInstance.open('s-marco');
    await stable();
    const dialog = overlay();
    buttonByText(dialog, 'Coaching').click();
    await stable();
    expect(dialog.textContent).toContain('Coaching notes are private');

    // Competency: pick the only option through the select.
    dialog.querySelector<HTMLElement>('mat-select[formcontrolname=competencyId]')?.click();
    await stable();
    document.querySelector<HTMLElement>('mat-option')?.click();
    await stable();
    typeInto(dialog.querySelector('textarea'), '  Started late without telling the patient.  ');
    typeInto(dialog.querySelector('input[formcontrolname=observedAt]'), '2026-01-15');
    buttonByText(dialog, 'Save coaching note').click();
    await stable();

    const post = backend.expectOne({ method: 'POST', url: '/api/observations' });
    expect(post.request.body).toEqual({
      staffMemberId: 's-marco',
      competencyId: 'c-empathy',
      kind: 'coaching',
      note: 'Started late without telling the patient.',
      observedAt: '2026-01-15',
    });
    post.flush({ id: 'o1', ...post.request.body });
    await stable();
    expect(fixture.componentInstance.result).toMatchObject({ id: 'o1' });
  });

  it('shows the API refusal on the field it names and stays open', async () => {
    const { fixture, backend, stable } = await renderPage(Host, { roles: ['staff'] });
    fixture.componentInstance.open('s-marco');
    await stable();
    const dialog = overlay();
    dialog.querySelector<HTMLElement>('mat-select[formcontrolname=competencyId]')?.click();
    await stable();
    document.querySelector<HTMLElement>('mat-option')?.click();
    typeInto(dialog.querySelector('textarea'), 'Walked a nervous patient through every step.');
    buttonByText(dialog, 'Save recognition').click();
    await stable();

    const { body, init } = problem(400, 'Validation failed', [
      { field: 'staffMemberId', message: 'an observation is about someone else, not yourself' },
    ]);
    backend.expectOne({ method: 'POST', url: '/api/observations' }).flush(body, init);
    await stable();
    expect(dialog.textContent).toContain('an observation is about someone else, not yourself');
    expect(fixture.componentInstance.result).toBe('open');
  });
});
