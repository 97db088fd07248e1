import { buttonByText, overlay, problem, renderPage, typeInto } from '../testing/render-page';
import { AnonymityPage } from './anonymity.page';

describe('AnonymityPage', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  const field = (el: HTMLElement) => el.querySelector<HTMLInputElement>('input[formcontrolname=anonymityMinRaters]');

  it('shows loading, then the current minimum and what it means', async () => {
    const { backend, stable, el } = await renderPage(AnonymityPage, { roles: ['admin'] });
    expect(el.querySelector('[role=status]')?.textContent).toContain('Loading');

    backend.expectOne({ method: 'GET', url: '/api/culture/settings' }).flush({ anonymityMinRaters: 5 });
    await stable();
    expect(field(el)?.value).toBe('5');
    expect(field(el)?.min).toBe('3');
    expect(field(el)?.max).toBe('50');
    expect(el.textContent).toContain('never below 3');
    expect(el.querySelector('h2')?.textContent).toContain('What the minimum does');
    expect(buttonByText(el, 'Save minimum').disabled).toBe(true);
  });

  it('shows a load error with a retry', async () => {
    const { backend, stable, el } = await renderPage(AnonymityPage, { roles: ['owner'] });
    const down = problem(503, 'The database is unavailable');
    backend.expectOne('/api/culture/settings').flush(down.body, down.init);
    await stable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('The database is unavailable');
    expect(field(el)).toBeNull();

    buttonByText(el, 'Try again').click();
    backend.expectOne('/api/culture/settings').flush({ anonymityMinRaters: 3 });
    await stable();
    expect(field(el)?.value).toBe('3');
  });

  it('refuses a minimum below 3 before asking the API', async () => {
    const { backend, stable, el } = await renderPage(AnonymityPage, { roles: ['owner'] });
    backend.expectOne('/api/culture/settings').flush({ anonymityMinRaters: 3 });
    await stable();

    typeInto(field(el), '2');
    await stable();
    buttonByText(el, 'Save minimum').click();
    await stable();
    backend.expectNone({ method: 'PUT' });
    expect(el.querySelector('mat-error')?.textContent).toContain('Enter a whole number from 3 to 50');

    typeInto(field(el), '3.5');
    await stable();
    buttonByText(el, 'Save minimum').click();
    await stable();
    backend.expectNone({ method: 'PUT' });
    expect(el.querySelector('mat-error')?.textContent).toContain('Enter a whole number from 3 to 50');
  });

  it('saves a raised minimum with PUT and confirms it', async () => {
    const { backend, stable, el } = await renderPage(AnonymityPage, { roles: ['owner'] });
    backend.expectOne('/api/culture/settings').flush({ anonymityMinRaters: 3 });
    await stable();

    typeInto(field(el), '4');
    await stable();
    buttonByText(el, 'Save minimum').click();
    const put = backend.expectOne({ method: 'PUT', url: '/api/culture/settings' });
    expect(put.request.body).toEqual({ anonymityMinRaters: 4 });
    put.flush({ anonymityMinRaters: 4 });
    await stable();

    expect(overlay().textContent).toContain('Anonymity minimum saved: 4 raters');
    expect(field(el)?.value).toBe('4');
    expect(buttonByText(el, 'Save minimum').disabled).toBe(true);
  });

  it('puts the API refusal of the minimum on the field', async () => {
    const { backend, stable, el } = await renderPage(AnonymityPage, { roles: ['admin'] });
    backend.expectOne('/api/culture/settings').flush({ anonymityMinRaters: 3 });
    await stable();

    typeInto(field(el), '7');
    await stable();
    buttonByText(el, 'Save minimum').click();
    const refusal = problem(400, 'The request is invalid', [
      { field: 'anonymityMinRaters', message: 'anonymityMinRaters must be at least 8 here' },
    ]);
    backend.expectOne({ method: 'PUT', url: '/api/culture/settings' }).flush(refusal.body, refusal.init);
    await stable();

    expect(el.querySelector('mat-error')?.textContent).toContain('anonymityMinRaters must be at least 8 here');
    expect(document.querySelector('mat-snack-bar-container')).toBeNull();
  });
});
