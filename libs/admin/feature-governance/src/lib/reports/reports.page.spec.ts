import { HttpEventType, HttpHeaders } from '@angular/common/http';
import type { Role } from '@rapport/shared/contracts';
import { choose, renderPage, user } from '../testing/render-page';
import { ReportsPage } from './reports.page';

const opening = (id: string, title: string) => ({
  id,
  title,
  locationId: 'l1',
  hiringManagerId: 'u-maya',
  kitId: 'k1',
  status: 'open',
  stageCounts: {},
  version: 1,
  createdAt: '',
  updatedAt: '',
});

describe('ReportsPage', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  async function render(roles: Role[]) {
    const page = await renderPage(ReportsPage, { roles });
    // The heading without its icon's ligature.
    const titleOf = (card: Element) => card.querySelector('h2 mat-icon')?.nextSibling?.textContent?.trim();
    const titles = () => Array.from(page.el.querySelectorAll('rp-report-card')).map(titleOf);
    const card = (title: string) => {
      const found = Array.from(page.el.querySelectorAll<HTMLElement>('rp-report-card')).find((c) => titleOf(c) === title);
      if (!found) throw new Error(`No card ${title}`);
      return found;
    };
    return { ...page, titles, card };
  }

  it('shows HR every export, adverse impact included', async () => {
    const { backend, stable, titles } = await render(['hr']);
    backend.expectOne('/api/openings').flush({ items: [opening('o1', 'Patient coordinator')], total: 1 });
    backend.expectOne('/api/users').flush({ items: [user('u-leo', 'Dr. Leo Martins', ['leader']), user('u-ivan', 'Ivan Novak', ['interviewer'])], total: 2 });
    await stable();
    expect(titles()).toEqual([
      'Candidate packet',
      'Hiring funnel',
      'Interviewer calibration',
      'Culture scores',
      'Leadership goals',
      'Audit log',
      'Adverse impact',
      'Quality of hire',
    ]);
  });

  it('shows a hiring manager only the exports about their openings, and reads no user list', async () => {
    const { backend, stable, titles } = await render(['hiring_manager', 'interviewer']);
    backend.expectOne('/api/openings').flush({ items: [], total: 0 });
    backend.expectNone('/api/users');
    await stable();
    expect(titles()).toEqual(['Candidate packet', 'Hiring funnel', 'Quality of hire']);
  });

  it('downloads the funnel with its filters and format, showing a percentage when the size is known', async () => {
    const { backend, stable, card, saved } = await render(['admin']);
    backend.expectOne('/api/openings').flush({ items: [opening('o1', 'Patient coordinator'), opening('o2', 'Nurse injector')], total: 2 });
    backend.expectOne('/api/users').flush({ items: [], total: 0 });
    await stable();
    const funnel = card('Hiring funnel');
    await choose(funnel.querySelector('mat-select[formcontrolname=openingId]'), 'Nurse injector', stable);
    await choose(funnel.querySelector('mat-select[formcontrolname=format]'), 'Excel (XLSX)', stable);
    funnel.querySelector<HTMLButtonElement>('button[aria-label="Download Hiring funnel"]')?.click();
    await stable();

    const req = backend.expectOne((r) => r.url === '/api/exports/hiring-funnel');
    expect(req.request.params.toString()).toBe('format=xlsx&openingId=o2');
    req.event({ type: HttpEventType.DownloadProgress, loaded: 3000, total: 4000 });
    await stable();
    expect(funnel.querySelector('mat-progress-bar')?.getAttribute('mode')).toBe('determinate');
    expect(funnel.textContent).toContain('Downloading… 75%');
    expect(funnel.querySelector<HTMLButtonElement>('button[aria-label="Download Hiring funnel"]')?.disabled).toBe(true);
    req.flush(new Blob(['x'.repeat(4000)]), {
      headers: new HttpHeaders({ 'content-disposition': 'attachment; filename="rapport-hiring-funnel-nurse-injector-2026-11-26.xlsx"' }),
    });
    await stable();
    expect(saved.map((f) => f.name)).toEqual(['rapport-hiring-funnel-nurse-injector-2026-11-26.xlsx']);
  });

  it("shows the API's refusal (a problem document read from the download) in the card", async () => {
    const { backend, stable, card } = await render(['owner']);
    backend.expectOne('/api/openings').flush({ items: [opening('o1', 'Patient coordinator')], total: 1 });
    backend.expectOne('/api/users').flush({ items: [], total: 0 });
    await stable();
    const impact = card('Adverse impact');
    await choose(impact.querySelector('mat-select[formcontrolname=openingId]'), 'Patient coordinator', stable);
    impact.querySelector<HTMLButtonElement>('button[aria-label="Download Adverse impact"]')?.click();
    await stable();
    backend.expectOne((r) => r.url === '/api/exports/adverse-impact').flush(
      new Blob([JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'Opening not found' })], {
        type: 'application/problem+json',
      }),
      { status: 404, statusText: 'Not Found' },
    );
    for (let i = 0; i < 50 && !impact.querySelector('[role=alert]'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await stable();
    }
    expect(impact.querySelector('[role=alert]')?.textContent).toContain('Download failed: Opening not found');
  });

  it('asks for the opening, then the candidate, before downloading a packet', async () => {
    const { backend, stable, card } = await render(['hr']);
    backend.expectOne('/api/openings').flush({ items: [opening('o1', 'Patient coordinator')], total: 1 });
    backend.expectOne('/api/users').flush({ items: [], total: 0 });
    await stable();
    const packet = card('Candidate packet');
    const download = () => packet.querySelector<HTMLButtonElement>('button[aria-label="Download Candidate packet"]')?.click();

    download();
    await stable();
    backend.expectNone((r) => r.url.startsWith('/api/exports'));
    expect(packet.querySelector('mat-error')?.textContent).toContain('Opening is required');

    await choose(packet.querySelector('mat-select[formcontrolname=openingId]'), 'Patient coordinator', stable);
    backend.expectOne('/api/applications?openingId=o1').flush({
      items: [{ id: 'a1', candidateName: 'Jordan Ellis' }],
      total: 1,
    });
    await stable();
    download();
    await stable();
    expect(packet.querySelector('mat-error')?.textContent).toContain('Candidate is required');

    await choose(packet.querySelector('mat-select[formcontrolname=applicationId]'), 'Jordan Ellis', stable);
    download();
    await stable();
    const req = backend.expectOne((r) => r.url === '/api/exports/candidate-packet');
    expect(req.request.params.toString()).toBe('format=pdf&applicationId=a1');
    req.flush(new Blob(['%PDF']));
  });
});
