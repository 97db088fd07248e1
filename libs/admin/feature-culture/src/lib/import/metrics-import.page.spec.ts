import { HttpEventType } from '@angular/common/http';
import { buttonByText, overlay, problem, renderPage } from '../testing/render-page';
import { MetricsImportPage } from './metrics-import.page';

function chooseFile(el: HTMLElement, content = 'staff_email,location_code,period,metric,value\n'): void {
  const input = el.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('No file input');
  const file = new File([content], 'metrics.csv', { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

describe('MetricsImportPage', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  it('checks a chosen file with a dry run and lists each bad row by line with its reason', async () => {
    const { backend, stable, el } = await renderPage(MetricsImportPage);
    chooseFile(el);
    await stable();

    const dryRun = backend.expectOne((r) => r.url === '/api/service-metrics/import' && r.params.get('dryRun') === 'true');
    expect(dryRun.request.body).toBeInstanceOf(FormData);
    expect((dryRun.request.body as FormData).get('file')).toBeInstanceOf(File);
    expect(dryRun.request.reportProgress).toBe(true);
    dryRun.event({ type: HttpEventType.UploadProgress, loaded: 50, total: 100 });
    await stable();
    expect(el.querySelector('[role=status]')?.textContent).toContain('Checking the file… 50%');

    const { body, init } = problem(400, 'The file has 2 bad rows; nothing was imported', [
      { field: 'file', message: 'line 7: value "abc" is not a number', line: 7, reason: 'value "abc" is not a number' },
      { field: 'file', message: 'line 3: no staff member has the email "x@y.z"', line: 3, reason: 'no staff member has the email "x@y.z"' },
    ]);
    dryRun.flush(body, init);
    await stable();

    expect(el.querySelector('[role=alert]')?.textContent).toContain('The file has 2 bad rows; nothing was imported');
    const rows = Array.from(el.querySelectorAll('table[aria-label="Rows to fix"] tr.mat-mdc-row')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['3', 'no staff member has the email "x@y.z"'],
      ['7', 'value "abc" is not a number'],
    ]);
    expect(() => buttonByText(el, 'Import 0 rows')).toThrow();
  });

  it('imports a valid file after confirming that stored figures are replaced', async () => {
    const { backend, stable, el } = await renderPage(MetricsImportPage);
    chooseFile(el);
    await stable();
    backend
      .expectOne((r) => r.params.get('dryRun') === 'true')
      .flush({ dryRun: true, rows: 4, imported: 0, replaced: 2, periods: ['2026-02', '2026-03'] });
    await stable();
    expect(el.querySelector('[data-testid=preview]')?.textContent).toContain('The file is valid: 4 rows');
    expect(el.querySelector('[data-testid=preview]')?.textContent).toContain('2 stored values would be replaced');

    buttonByText(el, 'Import 4 rows').click();
    await stable();
    buttonByText(overlay(), 'Replace and import').click();
    await stable();

    const write = backend.expectOne((r) => r.url === '/api/service-metrics/import' && !r.params.has('dryRun'));
    write.flush({ dryRun: false, rows: 4, imported: 4, replaced: 2, periods: ['2026-02', '2026-03'] });
    await stable();
    expect(el.querySelector('[data-testid=imported]')?.textContent).toContain('Imported 4 rows, replacing 2 stored values');
  });

  it('explains an upload refused as a whole (no line numbers) and offers to try again', async () => {
    const { backend, stable, el } = await renderPage(MetricsImportPage);
    chooseFile(el);
    await stable();
    const { body, init } = problem(400, 'Validation failed', [
      { field: 'file', message: 'the file must be UTF-8 text (save it as "CSV UTF-8")' },
    ]);
    backend.expectOne((r) => r.params.get('dryRun') === 'true').flush(body, init);
    await stable();

    expect(el.querySelector('[role=alert]')?.textContent).toContain('the file must be UTF-8 text');
    expect(el.querySelector('table[aria-label="Rows to fix"]')).toBeNull();
    buttonByText(el, 'Try again').click();
    backend.expectOne((r) => r.params.get('dryRun') === 'true');
  });
});
