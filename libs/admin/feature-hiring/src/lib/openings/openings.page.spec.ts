import { opening } from '../testing/fixtures';
import { buttonByText, overlay, renderPage, typeInto } from '../testing/render';
import { OpeningsPage } from './openings.page';

describe('OpeningsPage', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  async function render() {
    const page = await renderPage(OpeningsPage);
    const { backend, stable } = page;
    backend.expectOne('/api/openings').flush({
      items: [opening({ stageCounts: { applied: 1, interviewing: 3, rejected: 1 } }), opening({ id: 'o2', title: 'Nurse injector', status: 'on_hold' })],
      total: 2,
    });
    backend.expectOne('/api/interview-kits').flush({
      items: [{ id: 'k1', name: 'Front desk kit', roleTitle: 'Patient coordinator', questions: [{}, {}], version: 1 }],
      total: 1,
    });
    backend.expectOne('/api/locations').flush({ items: [{ id: 'l1', name: 'Downtown Clinic', code: 'DTN', version: 1 }], total: 1 });
    backend.expectOne('/api/interviews').flush({ items: [], total: 0 });
    await stable();
    return page;
  }

  it('lists openings with status and candidates per stage', async () => {
    const { el } = await render();
    const rows = el.querySelectorAll('tr[mat-row]');
    expect(rows[0].textContent).toContain('Open');
    expect(rows[0].textContent).toContain('5');
    expect(Array.from(rows[0].querySelectorAll('.stage-counts li')).map((li) => li.textContent)).toEqual([
      '1 Applied',
      '3 Interviewing',
      '1 Rejected',
    ]);
    expect(rows[0].textContent).toContain('Downtown Clinic');
    expect(rows[0].textContent).toContain('Front desk kit');
    expect(rows[1].textContent).toContain('On hold');
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('/hiring/openings/o1');
  });

  it('opens a role managed by the signed-in hiring manager by default', async () => {
    const { el, backend, stable } = await render();
    buttonByText(el, 'New opening').click();
    await stable();
    const dialog = overlay();
    typeInto(dialog.querySelector('input[formcontrolname=title]'), '  Front desk  ');
    for (const [control, option] of [
      ['locationId', 'Downtown Clinic'],
      ['kitId', 'Front desk kit'],
    ]) {
      dialog.querySelector<HTMLElement>(`mat-select[formcontrolname=${control}]`)?.click();
      await stable();
      Array.from(overlay().querySelectorAll<HTMLElement>('mat-option')).find((o) => o.textContent?.includes(option))?.click();
      await stable();
    }
    const manager = dialog.querySelector('mat-select[formcontrolname=hiringManagerId]');
    expect(manager?.textContent).toContain('Maya Chen');
    // A hiring manager opens roles for themselves only (the API answers 403 otherwise): the field is fixed.
    expect(manager?.getAttribute('aria-disabled')).toBe('true');
    expect(dialog.textContent).toContain('You manage the openings you open');
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    const post = backend.expectOne({ method: 'POST', url: '/api/openings' });
    expect(post.request.body).toEqual({ title: 'Front desk', locationId: 'l1', kitId: 'k1', hiringManagerId: 'u-maya', status: 'open' });
    post.flush(opening({ id: 'o3', title: 'Front desk' }));
    await stable();
    expect(el.querySelectorAll('tr[mat-row]')).toHaveLength(3);
  });
});
