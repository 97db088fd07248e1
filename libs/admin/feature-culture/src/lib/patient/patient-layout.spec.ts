import { renderPage } from '../testing/render-page';
import { PatientLayout } from './patient-layout';

const links = (el: HTMLElement) => Array.from(el.querySelectorAll('nav a')).map((a) => a.textContent?.trim());

describe('PatientLayout', () => {
  it('offers import and the rule editors to HR', async () => {
    const { el } = await renderPage(PatientLayout, { roles: ['hr'] });
    expect(links(el)).toEqual(['Signals', 'Online reviews', 'Import', 'Themes and items']);
  });

  it('offers a leader only what they may read', async () => {
    const { el } = await renderPage(PatientLayout, { roles: ['leader'] });
    expect(links(el)).toEqual(['Signals', 'Online reviews']);
  });
});
