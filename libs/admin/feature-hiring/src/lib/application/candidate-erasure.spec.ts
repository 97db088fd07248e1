import { TestBed } from '@angular/core/testing';
import type { Candidate, Role } from '@rapport/shared/contracts';
import { buttonByText, overlay, problem, renderPage, typeInto } from '../testing/render';
import { CandidateErasure } from './candidate-erasure';
import { sameName } from './erase-candidate-dialog';

const jordan: Candidate = {
  id: 'c1',
  name: 'Jordan Ellis',
  email: 'jordan.ellis@example.com',
  phone: null,
  source: 'Referral',
  notes: null,
  legalHold: false,
  erasedAt: null,
  version: 3,
  createdAt: '',
  updatedAt: '',
};

describe('CandidateErasure', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  async function render(roles: Role[], candidate: Candidate = jordan) {
    const page = await renderPage(CandidateErasure, { roles, inputs: { candidate } });
    const erased: unknown[] = [];
    const changed: Candidate[] = [];
    page.fixture.componentInstance.erased.subscribe((r) => erased.push(r));
    page.fixture.componentInstance.changed.subscribe((c) => changed.push(c));
    return { ...page, erased, changed };
  }

  it('erases only after the candidate’s name is typed, then reports the result', async () => {
    const { el, backend, stable, erased } = await render(['hr']);
    buttonByText(el, 'Erase candidate data').click();
    await stable();
    const dialog = overlay();
    expect(dialog.querySelector('[role=alertdialog]')?.textContent).toContain('Erase Jordan Ellis’s personal data?');
    expect(dialog.textContent).toContain('evidence written in interview scorecards');
    const confirm = buttonByText(dialog, 'Erase data') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);

    typeInto(dialog.querySelector('input'), 'Jordan');
    await stable();
    expect(confirm.disabled).toBe(true);
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    await stable();
    backend.expectNone({ method: 'POST' });

    typeInto(dialog.querySelector('input'), '  jordan   ellis ');
    await stable();
    expect(confirm.disabled).toBe(false);
    confirm.click();
    await stable();
    const post = backend.expectOne({ method: 'POST', url: '/api/candidates/c1/erase' });
    post.flush({ candidateId: 'c1', erasedAt: '2026-11-26T10:00:00.000Z', redactedAuditEvents: 4 });
    await stable();
    expect(erased).toEqual([{ candidateId: 'c1', erasedAt: '2026-11-26T10:00:00.000Z', redactedAuditEvents: 4 }]);
    expect(overlay().querySelector('[role=alertdialog]')).toBeNull();
  });

  it('keeps the dialog open and says why when the API refuses', async () => {
    const { el, backend, stable, erased } = await render(['owner']);
    buttonByText(el, 'Erase candidate data').click();
    await stable();
    typeInto(overlay().querySelector('input'), 'Jordan Ellis');
    await stable();
    buttonByText(overlay(), 'Erase data').click();
    const refusal = problem(409, 'The candidate has already been erased');
    backend.expectOne({ method: 'POST' }).flush(refusal.body, refusal.init);
    await stable();
    expect(overlay().querySelector('[role=alertdialog]')).not.toBeNull();
    expect(overlay().textContent).toContain('The candidate has already been erased');
    expect(erased).toEqual([]);
  });

  it('blocks erasure while the candidate is on legal hold, and says so', async () => {
    const { el } = await render(['hr'], { ...jordan, legalHold: true });
    expect((buttonByText(el, 'Erase candidate data') as HTMLButtonElement).disabled).toBe(true);
    expect(el.textContent).toContain('Erasure is blocked while the candidate is on legal hold');
  });

  it('sets a legal hold with the record’s version', async () => {
    const { el, backend, stable, changed } = await render(['admin']);
    // An admin may set a hold but not erase.
    expect(() => buttonByText(el, 'Erase candidate data')).toThrow();
    el.querySelector<HTMLButtonElement>('mat-slide-toggle button')?.click();
    await stable();
    const patch = backend.expectOne({ method: 'PATCH', url: '/api/candidates/c1' });
    expect(patch.request.body).toEqual({ legalHold: true, version: 3 });
    patch.flush({ ...jordan, legalHold: true, version: 4 });
    await stable();
    expect(changed.map((c) => [c.legalHold, c.version])).toEqual([[true, 4]]);
  });

  it('puts the toggle back when the hold cannot be saved', async () => {
    const { el, backend, stable } = await render(['hr']);
    const toggle = () => el.querySelector<HTMLButtonElement>('mat-slide-toggle button');
    toggle()?.click();
    await stable();
    const conflict = problem(409, 'Someone else changed this candidate; reload to see their changes');
    backend.expectOne({ method: 'PATCH' }).flush(conflict.body, conflict.init);
    await stable();
    expect(toggle()?.getAttribute('aria-checked')).toBe('false');
  });

  it('shows nothing to a hiring manager, and the erased state to everyone', async () => {
    const manager = await render(['hiring_manager']);
    expect(manager.el.textContent?.trim()).toBe('');
    TestBed.resetTestingModule();
    const after = await render(['hiring_manager'], { ...jordan, name: 'Erased candidate', erasedAt: '2026-11-26T10:00:00.000Z' });
    expect(after.el.querySelector('[role=status]')?.textContent).toContain('Personal data erased');
  });
});

describe('sameName', () => {
  it('ignores case and spacing but needs the whole name', () => {
    expect(sameName(' JORDAN  ellis', 'Jordan Ellis')).toBe(true);
    expect(sameName('Jordan', 'Jordan Ellis')).toBe(false);
    expect(sameName('', '')).toBe(false);
  });
});
