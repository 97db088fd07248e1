import { HttpEventType } from '@angular/common/http';
import { buttonByText, problem, renderPage } from '../../testing/render-page';
import { PatientImportPage } from './patient-import.page';

function chooseFile(el: HTMLElement, kind: 'feedback' | 'reviews', content = 'date,location_code\n'): void {
  const input = el.querySelector<HTMLInputElement>(`input[data-testid=${kind}-csv-input]`);
  if (!input) throw new Error(`No ${kind} file input`);
  const file = new File([content], `${kind}.csv`, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

async function render() {
  const page = await renderPage(PatientImportPage);
  page.backend.expectOne('/api/locations').flush({
    items: [{ id: 'l1', name: 'Downtown Clinic', code: 'DTN', version: 1, createdAt: '', updatedAt: '' }],
    total: 1,
  });
  await page.stable();
  return page;
}

describe('PatientImportPage', () => {
  it('checks a survey file with a dry run and names the patient-identifier column it refuses', async () => {
    const { backend, stable, el } = await render();
    expect(el.textContent).toContain('DTN – Downtown Clinic');
    chooseFile(el, 'feedback');
    await stable();

    const dryRun = backend.expectOne((r) => r.url === '/api/patient-feedback/import' && r.params.get('dryRun') === 'true');
    expect((dryRun.request.body as FormData).get('file')).toBeInstanceOf(File);
    dryRun.event({ type: HttpEventType.UploadProgress, loaded: 40, total: 100 });
    await stable();
    expect(el.querySelector('[role=status]')?.textContent).toContain('Checking the file… 40%');

    const { body, init } = problem(400, 'The file carries patient identifiers (column "patient_name"); nothing was imported', [
      {
        field: 'file',
        message: 'line 1: column "patient_name" looks like a patient identifier',
        line: 1,
        reason: 'column "patient_name" looks like a patient identifier; Rapport stores no patient identities',
        column: 'patient_name',
      },
    ]);
    dryRun.flush(body, init);
    await stable();

    expect(el.querySelector('[role=alert]')?.textContent).toContain('The file carries patient identifiers (column "patient_name")');
    const rows = Array.from(el.querySelectorAll('table[aria-label="Post-visit surveys: rows to fix"] tr.mat-mdc-row')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([['1', 'patient_name', 'column "patient_name" looks like a patient identifier; Rapport stores no patient identities']]);
    expect(el.querySelector('[data-testid=feedback-preview]')).toBeNull();
  });

  it('imports a valid reviews file after the check, counting the rows already imported as skipped', async () => {
    const { backend, stable, el } = await render();
    chooseFile(el, 'reviews');
    await stable();
    backend
      .expectOne((r) => r.url === '/api/reviews/import' && r.params.get('dryRun') === 'true')
      .flush({ dryRun: true, rows: 5, imported: 0, duplicates: 2, from: '2026-04-02', to: '2026-05-30' });
    await stable();
    const preview = el.querySelector('[data-testid=reviews-preview]')?.textContent?.replace(/\s+/g, ' ');
    expect(preview).toContain('The file is valid: 5 reviews from Apr 2, 2026 to May 30, 2026');
    expect(preview).toContain('2 already imported, skipped.');

    buttonByText(el, 'Import 3 reviews').click();
    await stable();
    const write = backend.expectOne((r) => r.url === '/api/reviews/import' && !r.params.has('dryRun'));
    write.flush({ dryRun: false, rows: 5, imported: 3, duplicates: 2, from: '2026-04-02', to: '2026-05-30' });
    await stable();
    expect(el.querySelector('[data-testid=reviews-imported]')?.textContent).toContain('Imported 3 reviews, skipped 2 already imported');
  });

  it('has nothing to import when every row was imported before', async () => {
    const { backend, stable, el } = await render();
    chooseFile(el, 'feedback');
    await stable();
    backend
      .expectOne((r) => r.params.get('dryRun') === 'true')
      .flush({ dryRun: true, rows: 2, imported: 0, duplicates: 2, from: '2026-05-01', to: '2026-05-01' });
    await stable();
    expect(buttonByText(el, 'Nothing new to import').disabled).toBe(true);
  });

  it('explains an upload refused as a whole and offers to try again', async () => {
    const { backend, stable, el } = await render();
    chooseFile(el, 'reviews');
    await stable();
    const { body, init } = problem(400, 'Validation failed', [{ field: 'file', message: 'the file must be UTF-8 text' }]);
    backend.expectOne((r) => r.params.get('dryRun') === 'true').flush(body, init);
    await stable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('the file must be UTF-8 text');
    buttonByText(el, 'Try again').click();
    backend.expectOne((r) => r.url === '/api/reviews/import' && r.params.get('dryRun') === 'true');
  });
});
