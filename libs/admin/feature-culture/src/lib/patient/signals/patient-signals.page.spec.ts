import { buttonByText, renderPage } from '../../testing/render-page';
import { SIGNALS } from '../testing/patient-fixtures';
import { PatientSignalsPage } from './patient-signals.page';

/** Visible text without icon ligatures, spaces collapsed. */
const text = (node: Element | null | undefined) => {
  if (!node) return null;
  const copy = node.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('mat-icon').forEach((icon) => icon.remove());
  return copy.textContent?.replace(/\s+/g, ' ').trim() ?? null;
};

const cellTexts = (el: HTMLElement) =>
  Array.from(el.querySelectorAll('table[aria-label="Patient and staff scores per location and competency"] tbody tr')).map((tr) => ({
    location: text(tr.querySelector('th')),
    patients: Array.from(tr.querySelectorAll('td')).map((td) => text(td.querySelector('[data-testid=patient]') ?? td)),
    staff: Array.from(tr.querySelectorAll('td')).map((td) => text(td.querySelector('[data-testid=staff]'))),
  }));

describe('PatientSignalsPage', () => {
  it('shows each location with the patient mean beside the staff mean, and says why a cell has no number', async () => {
    const { backend, stable, el } = await renderPage(PatientSignalsPage);
    const req = backend.expectOne((r) => r.url === '/api/patient-signals');
    expect(req.request.params.get('from')).toMatch(/^\d{4}-\d{2}$/);
    expect(req.request.params.get('to')).toMatch(/^\d{4}-\d{2}$/);
    req.flush(SIGNALS);
    await stable();

    const rows = cellTexts(el);
    expect(rows[0].location).toBe('Downtown Clinic 14 responses');
    expect(rows[0].patients).toEqual(['Patients 4.5 (14 responses)', 'Patients Too few responses (3 of 5)']);
    expect(rows[0].staff).toEqual(['Staff 3.9 (6 raters)', 'Staff 4.1 (6 raters)']);
    expect(rows[1].patients).toEqual(['Patients No responses', 'No data']);
    expect(rows[1].staff[0]).toBe('Staff Too few raters');
    // The gap is only given where both sides have a number.
    expect(Array.from(el.querySelectorAll('.gap')).map((g) => g.textContent?.trim())).toEqual(['Patients +0.6']);
    expect(el.querySelector('rp-chart')).not.toBeNull();
    expect(el.querySelector('[data-testid=no-responses]')).toBeNull();
  });

  it('asks for a shorter period when chosen', async () => {
    const { backend, stable, el } = await renderPage(PatientSignalsPage);
    backend.expectOne((r) => r.url === '/api/patient-signals').flush(SIGNALS);
    await stable();
    buttonByText(el, 'Last 3 months').click();
    await stable();
    const req = backend.expectOne((r) => r.url === '/api/patient-signals');
    const [fy, fm] = (req.request.params.get('from') ?? '').split('-').map(Number);
    const [ty, tm] = (req.request.params.get('to') ?? '').split('-').map(Number);
    expect(ty * 12 + tm - (fy * 12 + fm)).toBe(2);
  });

  it('points HR to the import when there are no responses, but not a leader', async () => {
    const empty = { ...SIGNALS, trend: [], cells: [] };
    const hr = await renderPage(PatientSignalsPage, { roles: ['hr'] });
    hr.backend.expectOne((r) => r.url === '/api/patient-signals').flush(empty);
    await hr.stable();
    const notice = hr.el.querySelector('[data-testid=no-responses]');
    expect(notice?.textContent).toContain('No survey responses in this period');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/culture/patient/import');
    expect(hr.el.querySelector('rp-chart')).toBeNull();
  });

  it('offers no import link to a leader', async () => {
    const leader = await renderPage(PatientSignalsPage, { roles: ['leader'] });
    leader.backend.expectOne((r) => r.url === '/api/patient-signals').flush({ ...SIGNALS, trend: [], cells: [] });
    await leader.stable();
    expect(leader.el.querySelector('[data-testid=no-responses]')?.textContent).toContain('No survey responses');
    expect(leader.el.querySelector('[data-testid=no-responses] a')).toBeNull();
  });

  it('shows the API’s reason and retries', async () => {
    const { backend, stable, el } = await renderPage(PatientSignalsPage);
    backend
      .expectOne((r) => r.url === '/api/patient-signals')
      .flush({ type: 'x', title: 'Service Unavailable', status: 503, detail: 'The database is unavailable' }, { status: 503, statusText: 'x' });
    await stable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('The database is unavailable');
    buttonByText(el, 'Try again').click();
    backend.expectOne((r) => r.url === '/api/patient-signals');
  });
});
