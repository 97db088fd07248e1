import type { Role } from '@rapport/shared/contracts';
import { buttonByText, overlay, problem, renderPage, typeInto } from '../testing/render-page';
import { RetentionPage } from './retention.page';

const due = [
  { candidateId: 'c1', name: 'Jamie Novak', lastActivityAt: '2025-01-10T10:00:00.000Z', eraseAfter: '2026-01-10T10:00:00.000Z' },
  { candidateId: 'c2', name: 'Rowan Patel', lastActivityAt: '2025-02-10T10:00:00.000Z', eraseAfter: '2026-02-10T10:00:00.000Z' },
];

describe('RetentionPage', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  async function render(roles: Role[] = ['hr']) {
    const page = await renderPage(RetentionPage, { roles });
    page.backend.expectOne('/api/retention/settings').flush({ candidateRetentionDays: 365 });
    return page;
  }

  it('shows the policy and what the next run would erase', async () => {
    const { backend, stable, el } = await render();
    backend.expectOne('/api/retention/preview').flush(due);
    await stable();
    expect(el.querySelector<HTMLInputElement>('input[formcontrolname=candidateRetentionDays]')?.value).toBe('365');
    const rows = Array.from(el.querySelectorAll('table[aria-label="Candidates the next run would erase"] tbody tr'));
    expect(rows.map((r) => r.querySelector('td')?.textContent?.trim())).toEqual(['Jamie Novak', 'Rowan Patel']);
  });

  it('checks the days before saving, then saves, confirms and refreshes the preview', async () => {
    const { backend, stable, el } = await render();
    backend.expectOne('/api/retention/preview').flush([]);
    await stable();
    expect(el.textContent).toContain('Nobody is due');
    const input = el.querySelector('input[formcontrolname=candidateRetentionDays]');

    typeInto(input, '10');
    await stable();
    buttonByText(el, 'Save policy').click();
    await stable();
    backend.expectNone({ method: 'PUT' });
    expect(el.querySelector('mat-error')?.textContent).toContain('Enter a whole number of days from 30 to 3650');

    typeInto(input, '90');
    await stable();
    buttonByText(el, 'Save policy').click();
    const put = backend.expectOne({ method: 'PUT', url: '/api/retention/settings' });
    expect(put.request.body).toEqual({ candidateRetentionDays: 90 });
    put.flush({ candidateRetentionDays: 90 });
    backend.expectOne('/api/retention/preview').flush(due);
    await stable();
    expect(overlay().textContent).toContain('Retention policy saved: 90 days');
    expect(el.querySelectorAll('table tbody tr')).toHaveLength(2);
  });

  it('puts the API refusal of the days on the field', async () => {
    const { backend, stable, el } = await render();
    backend.expectOne('/api/retention/preview').flush([]);
    await stable();
    typeInto(el.querySelector('input[formcontrolname=candidateRetentionDays]'), '400');
    await stable();
    buttonByText(el, 'Save policy').click();
    const refusal = problem(400, 'The request is invalid', [{ field: 'candidateRetentionDays', message: 'candidateRetentionDays must not be greater than 3650' }]);
    backend.expectOne({ method: 'PUT' }).flush(refusal.body, refusal.init);
    await stable();
    expect(el.querySelector('mat-error')?.textContent).toContain('must not be greater than 3650');
  });

  it('runs the policy only after confirmation', async () => {
    const { backend, stable, el } = await render();
    backend.expectOne('/api/retention/preview').flush(due);
    await stable();

    buttonByText(el, 'Run now').click();
    await stable();
    expect(overlay().querySelector('[role=alertdialog]')?.textContent).toContain('Erase 2 candidates now?');
    buttonByText(overlay(), 'Cancel').click();
    await stable();
    backend.expectNone({ method: 'POST' });

    buttonByText(el, 'Run now').click();
    await stable();
    buttonByText(overlay(), 'Erase now').click();
    await stable();
    backend.expectOne({ method: 'POST', url: '/api/retention/run' }).flush({ erased: 2, skipped: false, candidateIds: ['c1', 'c2'] });
    backend.expectOne('/api/retention/preview').flush([]);
    await stable();
    expect(overlay().textContent).toContain('Retention run finished: 2 candidates erased.');
    expect(el.textContent).toContain('Nobody is due');
  });

  it('lets an admin read the policy but not change, preview or run it', async () => {
    const { backend, stable, el } = await render(['admin']);
    backend.expectNone('/api/retention/preview');
    await stable();
    expect(el.querySelector<HTMLInputElement>('input[formcontrolname=candidateRetentionDays]')?.disabled).toBe(true);
    expect(el.textContent).toContain('Only HR or an owner can change the policy');
    expect(() => buttonByText(el, 'Run now')).toThrow();
    expect(() => buttonByText(el, 'Save policy')).toThrow();
  });
});
