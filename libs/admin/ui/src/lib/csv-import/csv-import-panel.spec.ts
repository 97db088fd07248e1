import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { ProblemDocument } from '@rapport/shared/contracts';
import { Subject } from 'rxjs';
import { type CsvImportErrorRow, CsvImportPanel, type CsvImportTexts, type CsvUploadEvent } from './csv-import-panel';

interface Result {
  rows: number;
  fresh: number;
}

const texts: CsvImportTexts<Result> = {
  valid: (r) => ({ lead: `The file is valid: ${r.rows} rows`, rest: ' for March.' }),
  validDetail: (r) => `${r.rows - r.fresh} seen before.`,
  canImport: (r) => r.fresh > 0,
  importLabel: (r) => (r.fresh ? `Import ${r.fresh} rows` : 'Nothing new to import'),
  imported: (r) => ({ lead: `Imported ${r.fresh} rows`, rest: ', well done.' }),
  importedNotice: (r) => `Imported ${r.fresh} rows`,
  fixRows: '. Fix these rows.',
};

/** The API's `errors` as rows, the way the data-access helpers read them. */
const errorRows = (problem: ProblemDocument): CsvImportErrorRow[] =>
  (problem.errors ?? []).map((e) => {
    const row = e as { message: string; line?: number; reason?: string; column?: string };
    return { line: row.line ?? null, column: row.column ?? null, reason: row.reason ?? row.message };
  });

const refusal = (detail: string, errors: object[]) =>
  new HttpErrorResponse({ status: 400, error: { type: 'about:blank', title: 'Bad Request', status: 400, detail, errors } });

function buttonByText(root: ParentNode, text: string): HTMLButtonElement {
  const button = Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
    (b) => b.textContent?.replace('upload_file', '').replace(/\s+/g, ' ').trim() === text,
  );
  if (!button) throw new Error(`No button "${text}"`);
  return button;
}

async function render(inputs: Record<string, unknown> = {}) {
  TestBed.configureTestingModule({ providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
  const uploads: { file: File; dryRun: boolean; events: Subject<CsvUploadEvent<Result>> }[] = [];
  const upload = (file: File, dryRun: boolean) => {
    const events = new Subject<CsvUploadEvent<Result>>();
    uploads.push({ file, dryRun, events });
    return events;
  };
  const fixture = TestBed.createComponent(CsvImportPanel<Result>);
  fixture.componentRef.setInput('upload', upload);
  fixture.componentRef.setInput('errorRows', errorRows);
  fixture.componentRef.setInput('texts', texts);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  const stable = () => fixture.whenStable();
  await stable();
  const el = fixture.nativeElement as HTMLElement;
  const choose = async (testId = 'csv-input') => {
    const input = el.querySelector<HTMLInputElement>(`input[data-testid=${testId}]`);
    if (!input) throw new Error(`No input ${testId}`);
    Object.defineProperty(input, 'files', { value: [new File(['a,b\n'], 'data.csv', { type: 'text/csv' })], configurable: true });
    input.dispatchEvent(new Event('change'));
    await stable();
  };
  return { el, stable, uploads, choose };
}

describe('CsvImportPanel', () => {
  afterEach(() => document.querySelector('.cdk-overlay-container')?.remove());

  it('checks a chosen file at once, shows the upload progress, then lists the bad rows by line and column', async () => {
    const { el, stable, uploads, choose } = await render({ name: 'Reviews', testIdPrefix: 'reviews', showColumn: true });
    expect(el.querySelector('button')?.getAttribute('aria-label')).toBe('Choose CSV file for reviews');
    await choose('reviews-csv-input');

    expect(uploads.map((u) => [u.file.name, u.dryRun])).toEqual([['data.csv', true]]);
    expect(el.querySelector('[data-testid=reviews-file-name]')?.textContent).toContain('data.csv');
    expect(el.querySelector('button')?.disabled).toBe(true);
    uploads[0].events.next({ kind: 'uploading', percent: 30 });
    await stable();
    expect(el.querySelector('[role=status]')?.textContent).toContain('Checking the file… 30%');

    uploads[0].events.error(
      refusal('The file has 2 bad rows', [
        { field: 'file', message: 'x', line: 2, reason: 'no such location', column: 'location_code' },
        { field: 'file', message: 'y', line: 4, reason: 'rating is not 1–5' },
      ]),
    );
    await stable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('The file has 2 bad rows. Fix these rows.');
    expect(el.querySelector('[role=region]')?.getAttribute('aria-label')).toBe('Reviews: rows to fix, scrollable');
    const rows = Array.from(el.querySelectorAll('table[aria-label="Reviews: rows to fix"] tr.mat-mdc-row')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['2', 'location_code', 'no such location'],
      ['4', '—', 'rating is not 1–5'],
    ]);
    expect(el.querySelector('button')?.getAttribute('aria-label')).toBe('Choose another file for reviews');
    expect(el.querySelector('button')?.disabled).toBe(false);
    expect(el.textContent).not.toContain('Import');
  });

  it('shows the line and reason only, and unprefixed test ids, when nothing asks for more', async () => {
    const { el, uploads, stable, choose } = await render();
    expect(el.querySelector('button')?.hasAttribute('aria-label')).toBe(false);
    await choose();
    uploads[0].events.error(refusal('Bad rows', [{ field: 'file', message: 'x', line: 3, reason: 'not a number', column: 'value' }]));
    await stable();
    const cells = Array.from(el.querySelectorAll('table[aria-label="Rows to fix"] tr.mat-mdc-row td')).map((td) => td.textContent?.trim());
    expect(cells).toEqual(['3', 'not a number']);
  });

  it('imports a clean file after the check and asks first when the page wants a confirmation', async () => {
    const confirm = (r: Result) => ({ title: 'Replace?', message: `${r.rows} values will be replaced.`, confirmLabel: 'Replace and import' });
    const { el, uploads, stable, choose } = await render({ confirm });
    await choose();
    uploads[0].events.next({ kind: 'done', result: { rows: 4, fresh: 3 } });
    uploads[0].events.complete();
    await stable();
    expect(el.querySelector('[data-testid=preview]')?.textContent).toContain('The file is valid: 4 rows for March.');
    expect(el.querySelector('[data-testid=preview]')?.textContent).toContain('1 seen before.');

    buttonByText(el, 'Import 3 rows').click();
    await stable();
    const overlay = document.querySelector('.cdk-overlay-container') as HTMLElement;
    expect(overlay.textContent).toContain('4 values will be replaced.');
    buttonByText(overlay, 'Cancel').click();
    await stable();
    expect(uploads).toHaveLength(1);

    buttonByText(el, 'Import 3 rows').click();
    await stable();
    buttonByText(overlay, 'Replace and import').click();
    await stable();
    expect(uploads.map((u) => u.dryRun)).toEqual([true, false]);
    uploads[1].events.next({ kind: 'uploading', percent: null });
    await stable();
    expect(el.querySelector('[role=status]')?.textContent?.trim()).toBe('Importing…');
    uploads[1].events.next({ kind: 'done', result: { rows: 4, fresh: 3 } });
    await stable();
    expect(el.querySelector('[data-testid=imported]')?.textContent).toContain('Imported 3 rows, well done.');
    expect(overlay.textContent).toContain('Imported 3 rows');
  });

  it('imports without asking when no confirmation is needed, and not at all when nothing is new', async () => {
    const { el, uploads, stable, choose } = await render();
    await choose();
    uploads[0].events.next({ kind: 'done', result: { rows: 2, fresh: 0 } });
    await stable();
    expect(buttonByText(el, 'Nothing new to import').disabled).toBe(true);

    buttonByText(el, 'Cancel').click();
    await stable();
    expect(el.querySelector('[data-testid=preview]')).toBeNull();
    expect(el.querySelector('[data-testid=file-name]')).toBeNull();

    await choose();
    uploads[1].events.next({ kind: 'done', result: { rows: 2, fresh: 2 } });
    await stable();
    buttonByText(el, 'Import 2 rows').click();
    await stable();
    expect(uploads.map((u) => u.dryRun)).toEqual([true, true, false]);
  });

  it('explains an upload refused as a whole and checks the same file again on request', async () => {
    const { el, uploads, stable, choose } = await render({ showColumn: true });
    await choose();
    uploads[0].events.error(refusal('Validation failed', [{ field: 'file', message: 'the file must be UTF-8 text' }]));
    await stable();
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Validation failed');
    expect(el.querySelector('[role=alert]')?.textContent).toContain('the file must be UTF-8 text');
    expect(el.querySelector('table')).toBeNull();

    buttonByText(el, 'Try again').click();
    expect(uploads.map((u) => [u.file.name, u.dryRun])).toEqual([
      ['data.csv', true],
      ['data.csv', true],
    ]);
  });
});
