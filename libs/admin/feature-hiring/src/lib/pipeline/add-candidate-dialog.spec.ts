import { Component, inject, Injector } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { PipelineStore } from '@rapport/admin/data-access';
import type { Application, Candidate } from '@rapport/shared/contracts';
import { application, opening } from '../testing/fixtures';
import { buttonByText, overlay, problem, renderPage, typeInto } from '../testing/render';
import { AddCandidateDialog } from './add-candidate-dialog';

/** Stands in for the pipeline page: provides the store the dialog saves through. */
@Component({ template: '', providers: [PipelineStore] })
class Host {
  readonly store = inject(PipelineStore);
  readonly dialog = inject(MatDialog);
  readonly injector = inject(Injector);
  result: Application | undefined;
  open(): void {
    this.dialog
      .open(AddCandidateDialog, { injector: this.injector })
      .afterClosed()
      .subscribe((app: Application | undefined) => (this.result = app));
  }
}

const blake: Candidate = {
  id: 'c-blake',
  name: 'Blake Moreno',
  email: 'blake.moreno@example.com',
  phone: null,
  source: 'Referral',
  notes: null,
  legalHold: false,
  erasedAt: null,
  version: 1,
  createdAt: '',
  updatedAt: '',
};

describe('AddCandidateDialog', () => {
  afterEach(() => {
    document.querySelector('.cdk-overlay-container')?.remove();
    jest.useRealTimers();
  });

  async function open() {
    const page = await renderPage(Host);
    const host = page.fixture.componentInstance;
    host.store.load('o1');
    page.backend.expectOne('/api/openings/o1').flush(opening());
    page.backend.expectOne('/api/applications?openingId=o1').flush({ items: [], total: 0 });
    page.backend.expectOne('/api/interviews?openingId=o1').flush({ items: [], total: 0 });
    host.open();
    await page.stable();
    return { ...page, host };
  }

  it('creates a new candidate, then their application to the opening', async () => {
    const { backend, stable, host } = await open();
    overlay().querySelector<HTMLElement>('mat-button-toggle[value=new] button')?.click();
    await stable();
    typeInto(overlay().querySelector('input[formcontrolname=name]'), ' Dana Whitfield ');
    typeInto(overlay().querySelector('input[formcontrolname=email]'), 'dana@example.com');
    buttonByText(overlay(), 'Add to opening').click();
    await stable();

    const create = backend.expectOne({ method: 'POST', url: '/api/candidates' });
    expect(create.request.body).toEqual({ name: 'Dana Whitfield', email: 'dana@example.com' });
    create.flush({ ...blake, id: 'c-dana', name: 'Dana Whitfield' });
    const apply = backend.expectOne({ method: 'POST', url: '/api/applications' });
    expect(apply.request.body).toEqual({ candidateId: 'c-dana', openingId: 'o1' });
    const created = application({ id: 'a-dana', candidateName: 'Dana Whitfield', stage: 'applied' });
    apply.flush(created);
    await stable();

    expect(host.result).toEqual(created);
    expect(host.store.applications()).toEqual([created]);
  });

  it('puts an invalid email from the API on the email field', async () => {
    const { backend, stable } = await open();
    overlay().querySelector<HTMLElement>('mat-button-toggle[value=new] button')?.click();
    await stable();
    typeInto(overlay().querySelector('input[formcontrolname=name]'), 'Dana');
    typeInto(overlay().querySelector('input[formcontrolname=email]'), 'dana@example.com');
    buttonByText(overlay(), 'Add to opening').click();
    const refusal = problem(400, 'Validation failed', [{ field: 'email', message: 'email must be a valid email address' }]);
    backend.expectOne('/api/candidates').flush(refusal.body, refusal.init);
    await stable();
    expect(overlay().textContent).toContain('email must be a valid email address');
    backend.expectNone('/api/applications');
  });

  it('finds an existing candidate by name and adds them without creating a duplicate', async () => {
    const { backend, stable, host } = await open();
    jest.useFakeTimers();
    const search = overlay().querySelector<HTMLInputElement>('input[aria-autocomplete]');
    if (!search) throw new Error('no search box');
    // Focused and typed into (not blurred), as the autocomplete panel only opens for the focused box.
    search.focus();
    search.value = 'blak';
    search.dispatchEvent(new Event('input'));
    jest.advanceTimersByTime(300);
    jest.useRealTimers();
    backend.expectOne((r) => r.url === '/api/candidates' && r.params.get('search') === 'blak').flush({ items: [blake], total: 1 });
    await stable();

    const option = overlay().querySelector<HTMLElement>('mat-option');
    expect(option?.textContent).toContain('blake.moreno@example.com');
    option?.click();
    await stable();
    buttonByText(overlay(), 'Add to opening').click();
    await stable();
    backend.expectNone({ method: 'POST', url: '/api/candidates' });
    const apply = backend.expectOne({ method: 'POST', url: '/api/applications' });
    expect(apply.request.body).toEqual({ candidateId: 'c-blake', openingId: 'o1' });
    apply.flush(application({ id: 'a-blake', candidateName: 'Blake Moreno', stage: 'applied' }));
    await stable();
    expect(host.result?.candidateName).toBe('Blake Moreno');
  });
});
