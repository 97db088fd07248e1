import type { Location } from '@rapport/shared/contracts';
import { buttonByText, overlay, renderPage, typeInto } from '../testing/render-page';
import { LocationsPage } from './locations.page';

const downtown: Location = { id: 'l1', name: 'Downtown', code: 'DTN', version: 1, createdAt: '', updatedAt: '' };

describe('LocationsPage', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  it('shows the empty state when the practice has no locations', async () => {
    const { backend, stable, el } = await renderPage(LocationsPage);
    backend.expectOne('/api/locations').flush({ items: [], total: 0 });
    await stable();

    expect(el.textContent).toContain('No locations yet');
    expect(el.querySelector('table')).toBeNull();
  });

  it('shows a load error with a retry', async () => {
    const { backend, stable, el } = await renderPage(LocationsPage);
    backend
      .expectOne('/api/locations')
      .flush({ type: 'x', title: 'Service Unavailable', status: 503, detail: 'The database is unavailable' }, {
        status: 503,
        statusText: 'Service Unavailable',
      });
    await stable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('The database is unavailable');

    buttonByText(el, 'Try again').click();
    backend.expectOne('/api/locations').flush({ items: [downtown], total: 1 });
    await stable();
    expect(el.querySelector('table')?.textContent).toContain('Downtown');
  });

  it('puts the API refusal of a duplicate code on the code field and keeps the dialog open', async () => {
    const { backend, stable, el } = await renderPage(LocationsPage);
    backend.expectOne('/api/locations').flush({ items: [downtown], total: 1 });
    await stable();

    buttonByText(el, 'Add location').click();
    await stable();
    const dialog = overlay();
    typeInto(dialog.querySelector('input[formcontrolname=name]'), 'Uptown');
    typeInto(dialog.querySelector('input[formcontrolname=code]'), 'dtn');
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    await stable();

    const post = backend.expectOne({ method: 'POST', url: '/api/locations' });
    expect(post.request.body).toEqual({ name: 'Uptown', code: 'DTN' });
    post.flush(
      {
        type: 'conflict',
        title: 'Conflict',
        status: 409,
        detail: 'A record with this code already exists',
        errors: [{ field: 'code', message: 'DTN is already in use' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();

    const codeField = dialog.querySelector('input[formcontrolname=code]')?.closest('mat-form-field');
    expect(codeField?.querySelector('mat-error')?.textContent).toContain('DTN is already in use');
    expect(dialog.querySelector('mat-dialog-container')).not.toBeNull();
  });

  it('edits a location, sending its version so a concurrent edit is refused, not overwritten', async () => {
    const { backend, stable, el } = await renderPage(LocationsPage);
    backend.expectOne('/api/locations').flush({ items: [downtown], total: 1 });
    await stable();

    el.querySelector<HTMLButtonElement>('button[aria-label="Edit Downtown"]')?.click();
    await stable();
    const dialog = overlay();
    expect(dialog.querySelector<HTMLInputElement>('input[formcontrolname=code]')?.value).toBe('DTN');
    typeInto(dialog.querySelector('input[formcontrolname=name]'), 'Downtown clinic');
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    await stable();

    const patch = backend.expectOne({ method: 'PATCH', url: '/api/locations/l1' });
    expect(patch.request.body).toEqual({ name: 'Downtown clinic', code: 'DTN', version: 1 });
    patch.flush({ ...downtown, name: 'Downtown clinic', version: 2 });
    await stable();
    expect(el.querySelector('table')?.textContent).toContain('Downtown clinic');
  });

  it('deletes a location only after confirmation', async () => {
    const { backend, stable, el } = await renderPage(LocationsPage);
    backend.expectOne('/api/locations').flush({ items: [downtown], total: 1 });
    await stable();

    el.querySelector<HTMLButtonElement>('button[aria-label="Delete Downtown"]')?.click();
    await stable();
    buttonByText(overlay(), 'Cancel').click();
    await stable();
    backend.expectNone({ method: 'DELETE' });

    el.querySelector<HTMLButtonElement>('button[aria-label="Delete Downtown"]')?.click();
    await stable();
    buttonByText(overlay(), 'Delete').click();
    await stable();
    backend.expectOne({ method: 'DELETE', url: '/api/locations/l1' }).flush(null, { status: 204, statusText: 'No Content' });
    await stable();

    expect(el.textContent).toContain('No locations yet');
  });
});
