import { HttpEventType, HttpHeaders } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { FileSaver } from '@rapport/admin/data-access';
import type { QualityCorrelation, QualityOfHire } from '@rapport/shared/contracts';
import { buttonByText, renderPage } from '../testing/render';
import { formatCi, formatRho } from './quality-format';
import { QualityOfHirePage } from './quality-of-hire.page';

const tracks: QualityCorrelation = {
  n: 14,
  rho: 0.62,
  ci95: { lower: 0.12, upper: 0.87 },
  reading: 'tracks',
  readingText: 'Ratings on this have tracked later patient-facing behavior',
};
const noEvidence: QualityCorrelation = { n: 12, rho: -0.05, ci95: { lower: -0.6, upper: 0.53 }, reading: 'no_evidence', readingText: 'No evidence yet' };
const tooFew: QualityCorrelation = { n: 6, rho: null, ci95: null, reading: 'not_enough_data', readingText: 'Not enough data' };

const report = (over: Partial<QualityOfHire> = {}): QualityOfHire => ({
  hires: 14,
  minN: 10,
  minQuarters: 2,
  outcome: 'mean_culture_score_after_hire',
  byCompetency: [
    { ...tooFew, competencyId: 'c-bill', competencyName: 'Billing integrity' },
    { ...tracks, competencyId: 'c-emp', competencyName: 'Empathy & warmth' },
  ],
  byQuestion: [
    { ...noEvidence, questionId: 'q1', prompt: 'Tell me about an upset patient', competencyId: 'c-emp', kitId: 'k1', kitName: 'Front desk kit' },
  ],
  byInterviewer: [{ ...tracks, interviewerId: 'u-ivan', name: 'Ivan Novak' }],
  hiddenInterviewers: 0,
  ...over,
});

const tableRows = (el: HTMLElement, label: string) =>
  Array.from(el.querySelectorAll(`table[aria-label="${label}"] tr[mat-row]`)).map((r) =>
    Array.from(r.querySelectorAll('td')).map((td) => td.textContent?.replace(/\s+/g, ' ').trim()),
  );

describe('QualityOfHirePage', () => {
  it('shows n, ρ, its interval and the reading per competency, question and interviewer; too few hires read "not enough data"', async () => {
    const { backend, stable, el } = await renderPage(QualityOfHirePage, { roles: ['hr'] });
    backend.expectOne('/api/analytics/quality-of-hire').flush(report());
    await stable();

    expect(el.querySelector('[data-testid=summary]')?.textContent).toContain('14 hires with at least 2 quarters of culture data');
    expect(tableRows(el, 'Quality of hire by competency')).toEqual([
      ['Empathy & warmth', '14', '+0.62', '+0.12 to +0.87', 'Ratings on this have tracked later patient-facing behavior'],
      ['Billing integrity', '6', '—', '—', 'Not enough data'],
    ]);
    expect(tableRows(el, 'Quality of hire by question')).toEqual([
      ['Tell me about an upset patient Front desk kit · Empathy & warmth', '12', '−0.05', '−0.60 to +0.53', 'No evidence yet'],
    ]);
    expect(tableRows(el, 'Quality of hire by interviewer')[0][0]).toBe('Ivan Novak');
    const chips = Array.from(el.querySelectorAll('[data-testid=reading]')).map((c) => c.className);
    expect(chips).toContain('chip chip-positive');
    expect(chips).toContain('chip chip-muted');
    expect(el.querySelector('[data-testid=hidden-interviewers]')).toBeNull();
  });

  it('tells an interviewer how many named rows are hidden from them', async () => {
    const { backend, stable, el } = await renderPage(QualityOfHirePage, { roles: ['interviewer'], userId: 'u-ivan' });
    backend.expectOne('/api/analytics/quality-of-hire').flush(report({ hiddenInterviewers: 3 }));
    await stable();
    expect(el.querySelector('[data-testid=hidden-interviewers]')?.textContent?.replace(/\s+/g, ' ')).toContain(
      "3 other interviewers' rows are hidden: only HR and owners see interviewers by name.",
    );
  });

  it('shows the empty state when no hire qualifies yet, and still explains the method', async () => {
    const { backend, stable, el } = await renderPage(QualityOfHirePage, { roles: ['hr'] });
    backend.expectOne('/api/analytics/quality-of-hire').flush(report({ hires: 0, byCompetency: [], byQuestion: [], byInterviewer: [] }));
    await stable();
    expect(el.textContent).toContain('No qualifying hires yet.');
    expect(el.querySelector('table')).toBeNull();
    expect(el.querySelector('#method-heading')?.textContent).toBe('How this is worked out');
  });

  it('downloads the XLSX with progress and says where it was saved', async () => {
    const saved: string[] = [];
    TestBed.overrideProvider(FileSaver, { useValue: { save: (_blob: Blob, name: string) => saved.push(name) } });
    const { backend, stable, el } = await renderPage(QualityOfHirePage, { roles: ['hr'] });
    backend.expectOne('/api/analytics/quality-of-hire').flush(report());
    await stable();

    buttonByText(el, 'Export XLSX').click();
    await stable();
    const file = backend.expectOne('/api/exports/quality-of-hire?format=xlsx');
    file.event({ type: HttpEventType.DownloadProgress, loaded: 512, total: 1024 });
    await stable();
    expect(el.querySelector('[role=status]')?.textContent).toContain('Downloading… 50%');
    expect((buttonByText(el, 'Export XLSX') as HTMLButtonElement).disabled).toBe(true);
    file.flush(new Blob(['x'.repeat(1024)]), { headers: new HttpHeaders({ 'content-disposition': 'attachment; filename="rapport-quality-of-hire.xlsx"' }) });
    await stable();
    expect(saved).toEqual(['rapport-quality-of-hire.xlsx']);
    expect(el.querySelector('[data-testid=download-done]')?.textContent).toContain('Saved rapport-quality-of-hire.xlsx');
  });

  it('says why a download failed', async () => {
    const { backend, stable, el } = await renderPage(QualityOfHirePage, { roles: ['leader'] });
    backend.expectOne('/api/analytics/quality-of-hire').flush(report());
    await stable();
    buttonByText(el, 'Export XLSX').click();
    backend
      .expectOne('/api/exports/quality-of-hire?format=xlsx')
      .flush(new Blob([JSON.stringify({ type: 'x', title: 'Service Unavailable', status: 503, detail: 'The database is unavailable' })]), {
        status: 503,
        statusText: 'Service Unavailable',
      });
    for (let i = 0; i < 50 && !el.querySelector('.download-line.error'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await stable();
    }
    expect(el.querySelector('.download-line.error')?.textContent).toContain('Download failed: The database is unavailable');
  });
});

describe('quality formats', () => {
  it('signs ρ and its interval with two decimals', () => {
    expect(formatRho(0.4)).toBe('+0.40');
    expect(formatRho(-0.123)).toBe('−0.12');
    expect(formatRho(0.001)).toBe('0.00');
    expect(formatRho(null)).toBe('—');
    expect(formatCi({ lower: -0.1, upper: 0.66 })).toBe('−0.10 to +0.66');
    expect(formatCi(null)).toBe('—');
  });
});
