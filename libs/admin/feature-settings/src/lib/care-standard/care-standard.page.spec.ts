import type { Competency } from '@rapport/shared/contracts';
import { buttonByText, overlay, renderPage, typeInto } from '../testing/render-page';
import { CareStandardPage } from './care-standard.page';

const competency = (id: string, position: number, name: string): Competency => ({
  id,
  key: id,
  name,
  definition: `${name} definition`,
  indicators: ['First indicator'],
  position,
  version: 2,
  createdAt: '',
  updatedAt: '',
});

describe('CareStandardPage', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  it('lists competencies in care-standard order with their indicators', async () => {
    const { backend, stable, el } = await renderPage(CareStandardPage);
    backend.expectOne('/api/competencies').flush({
      items: [competency('b', 2, 'Responsiveness'), competency('a', 1, 'Empathy & warmth')],
      total: 2,
    });
    await stable();

    expect(Array.from(el.querySelectorAll('h2')).map((h) => h.textContent)).toEqual([
      'Empathy & warmth',
      'Responsiveness',
    ]);
    expect(el.textContent).toContain('First indicator');
  });

  it('edits the definition and indicators and sends them trimmed', async () => {
    const { backend, stable, el } = await renderPage(CareStandardPage);
    backend.expectOne('/api/competencies').flush({ items: [competency('a', 1, 'Empathy & warmth')], total: 1 });
    await stable();

    el.querySelector<HTMLButtonElement>('button[aria-label="Edit Empathy & warmth"]')?.click();
    await stable();
    const dialog = overlay();
    typeInto(dialog.querySelector('textarea[formcontrolname=definition]'), 'Notices how the patient feels.');
    buttonByText(dialog, 'Add indicator').click();
    await stable();
    const indicators = dialog.querySelectorAll<HTMLTextAreaElement>('fieldset textarea');
    expect(indicators).toHaveLength(2);
    typeInto(indicators[1], '  Names the feeling first  ');
    dialog.querySelector('form')?.dispatchEvent(new Event('submit'));
    await stable();

    const patch = backend.expectOne({ method: 'PATCH', url: '/api/competencies/a' });
    expect(patch.request.body).toEqual({
      name: 'Empathy & warmth',
      definition: 'Notices how the patient feels.',
      indicators: ['First indicator', 'Names the feeling first'],
      version: 2,
    });
    patch.flush({ ...competency('a', 1, 'Empathy & warmth'), definition: 'Notices how the patient feels.' });
    await stable();
    expect(el.textContent).toContain('Notices how the patient feels.');
  });
});
