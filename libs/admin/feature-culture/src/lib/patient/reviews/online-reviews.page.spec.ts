import { renderPage, buttonByText } from '../../testing/render-page';
import { review, SUMMARY } from '../testing/patient-fixtures';
import { OnlineReviewsPage } from './online-reviews.page';

const LOCATIONS = {
  items: [
    { id: 'l-ngt', name: 'Northgate Studio', code: 'NGT', version: 1, createdAt: '', updatedAt: '' },
    { id: 'l-dtn', name: 'Downtown Clinic', code: 'DTN', version: 1, createdAt: '', updatedAt: '' },
  ],
  total: 2,
};

async function render() {
  const page = await renderPage(OnlineReviewsPage);
  page.backend.expectOne('/api/locations').flush(LOCATIONS);
  return page;
}

describe('OnlineReviewsPage', () => {
  it('lists theme counts per location over the period', async () => {
    const { backend, stable, el } = await render();
    const summary = backend.expectOne((r) => r.url === '/api/reviews/summary');
    expect(summary.request.params.get('period')).toBe('month');
    expect(summary.request.params.has('locationId')).toBe(false);
    summary.flush(SUMMARY);
    backend.expectOne((r) => r.url === '/api/reviews').flush({ items: [], nextCursor: null });
    await stable();

    const table = el.querySelector('table[aria-label="Theme counts per location"]');
    const header = Array.from(table?.querySelectorAll('thead th') ?? []).map((th) => th.textContent?.trim());
    expect(header).toEqual(['Location', 'Reviews', 'Mean rating', 'Staff', 'Billing', 'Wait time', 'Pressure to buy', 'Communication', 'Results']);
    const rows = Array.from(table?.querySelectorAll('tbody tr') ?? []).map((tr) =>
      Array.from(tr.querySelectorAll('th, td')).map((c) => c.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Downtown Clinic', '4', '3.5 / 5', '3', '2', '0', '0', '0', '0'],
      ['Northgate Studio', '1', '1 / 5', '0', '0', '0', '1', '0', '0'],
    ]);
    expect(el.querySelectorAll('rp-chart')).toHaveLength(2);
  });

  it('shows reviews with their theme chips and loads more through the cursor', async () => {
    const { backend, stable, el } = await render();
    backend.expectOne((r) => r.url === '/api/reviews/summary').flush(SUMMARY);
    const first = backend.expectOne((r) => r.url === '/api/reviews');
    expect(first.request.params.get('limit')).toBe('20');
    expect(first.request.params.has('cursor')).toBe(false);
    first.flush({ items: [review({ themes: ['billing', 'staff'] })], nextCursor: 'next-1' });
    await stable();

    const item = el.querySelector('[data-testid=review]');
    expect(item?.textContent).toContain('Surprise bill after the visit.');
    expect(item?.textContent).toContain('Downtown Clinic');
    expect(item?.textContent).toContain('May 3, 2026');
    expect(Array.from(item?.querySelectorAll('.theme-chip') ?? []).map((c) => c.textContent?.trim())).toEqual(['Billing', 'Staff']);

    buttonByText(el, 'Load more reviews').click();
    await stable();
    const more = backend.expectOne((r) => r.url === '/api/reviews');
    expect(more.request.params.get('cursor')).toBe('next-1');
    more.flush({ items: [review({ id: 'r2', text: 'Kept waiting an hour', themes: [] })], nextCursor: null });
    await stable();
    expect(el.querySelectorAll('[data-testid=review]')).toHaveLength(2);
    expect(el.querySelectorAll('[data-testid=review]')[1].textContent).toContain('No theme');
    expect(() => buttonByText(el, 'Load more reviews')).toThrow();
  });

  it('filters the reviews by theme from the first page again', async () => {
    const { backend, stable, el } = await render();
    backend.expectOne((r) => r.url === '/api/reviews/summary').flush(SUMMARY);
    backend.expectOne((r) => r.url === '/api/reviews').flush({ items: [review()], nextCursor: 'n' });
    await stable();
    const chip = (name: string) => Array.from(el.querySelectorAll<HTMLElement>('mat-chip-option')).find((c) => c.textContent?.trim() === name);
    const option = (name: string) => chip(name)?.querySelector<HTMLElement>('[role=option]');
    expect(option('All themes')?.getAttribute('aria-selected')).toBe('true');
    option('Billing')?.click();
    await stable();
    const filtered = backend.expectOne((r) => r.url === '/api/reviews');
    expect(filtered.request.params.get('theme')).toBe('billing');
    expect(filtered.request.params.has('cursor')).toBe(false);
    filtered.flush({ items: [], nextCursor: null });
    await stable();
    expect(el.textContent).toContain('No reviews tagged Billing here.');
    expect(option('Billing')?.getAttribute('aria-selected')).toBe('true');

    // Clicking the chosen theme again goes back to every theme, with "All themes" shown as chosen.
    option('Billing')?.click();
    await stable();
    const all = backend.expectOne((r) => r.url === '/api/reviews');
    expect(all.request.params.has('theme')).toBe(false);
    all.flush({ items: [review()], nextCursor: null });
    await stable();
    expect(option('All themes')?.getAttribute('aria-selected')).toBe('true');
  });

  it('says so when there are no reviews yet', async () => {
    const { backend, stable, el } = await render();
    backend.expectOne((r) => r.url === '/api/reviews/summary').flush({ ...SUMMARY, points: [] });
    backend.expectOne((r) => r.url === '/api/reviews').flush({ items: [], nextCursor: null });
    await stable();
    expect(el.textContent).toContain('No online reviews in the last 12 months.');
    expect(el.textContent).toContain('No online reviews yet: import a reviews file.');
    expect(el.querySelector('rp-chart')).toBeNull();
  });
});
