import { HttpEventType, HttpHeaders, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CsvImportResult } from '@rapport/shared/contracts';
import { FileSaver } from '../governance/exports.api';
import type { CsvUploadProgress } from './csv-import';
import { PatientFeedbackApi } from './patient-feedback.api';
import { PatientSignalsApi } from './patient-signals.api';
import { QualityOfHireApi } from './quality-of-hire.api';
import { ReviewsApi } from './reviews.api';
import { ThreeWayGapApi } from './three-way-gap.api';

describe('patient-signal APIs', () => {
  let backend: HttpTestingController;
  let saved: string[];

  beforeEach(() => {
    saved = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: FileSaver, useValue: { save: (_blob: Blob, name: string) => saved.push(name) } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  const csv = () => new File(['date,location_code,courteous\n'], 'survey.csv', { type: 'text/csv' });
  const result: CsvImportResult = { dryRun: true, rows: 1, imported: 0, duplicates: 0, from: '2026-05-01', to: '2026-05-01' };

  it('uploads a survey file as multipart `file`, as a dry run when asked, with upload progress', () => {
    const seen: CsvUploadProgress[] = [];
    TestBed.inject(PatientFeedbackApi).import(csv(), true).subscribe((p) => seen.push(p));
    const req = backend.expectOne((r) => r.url === '/api/patient-feedback/import');
    expect(req.request.method).toBe('POST');
    expect(req.request.params.get('dryRun')).toBe('true');
    expect((req.request.body as FormData).get('file')).toBeInstanceOf(File);
    expect(req.request.reportProgress).toBe(true);
    req.event({ type: HttpEventType.UploadProgress, loaded: 1, total: 2 });
    req.flush(result);
    expect(seen).toEqual([
      { kind: 'uploading', percent: 50 },
      { kind: 'done', result },
    ]);
  });

  it('imports for real without a dryRun parameter', () => {
    TestBed.inject(ReviewsApi).import(csv(), false).subscribe();
    const req = backend.expectOne((r) => r.url === '/api/reviews/import');
    expect(req.request.params.has('dryRun')).toBe(false);
    req.flush({ ...result, dryRun: false, imported: 1 });
  });

  it('reads survey responses and reviews a page at a time, leaving empty filters out', () => {
    TestBed.inject(PatientFeedbackApi).list({ locationId: 'l1', from: '', cursor: null, limit: 50 }).subscribe();
    backend.expectOne('/api/patient-feedback?locationId=l1&limit=50').flush({ items: [], nextCursor: null });
    TestBed.inject(ReviewsApi).list({ theme: 'billing', cursor: 'abc' }).subscribe();
    backend.expectOne('/api/reviews?theme=billing&cursor=abc').flush({ items: [], nextCursor: null });
  });

  it('reads and saves the survey item mapping and the theme rules', () => {
    const feedback = TestBed.inject(PatientFeedbackApi);
    feedback.items().subscribe();
    backend.expectOne('/api/patient-feedback/items').flush({ items: [] });
    feedback.updateItems({ items: [{ item: 'courteous', competencyId: null }] }).subscribe();
    const put = backend.expectOne('/api/patient-feedback/items');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ items: [{ item: 'courteous', competencyId: null }] });
    put.flush({ items: [] });

    const reviews = TestBed.inject(ReviewsApi);
    let retagged = -1;
    reviews.updateThemes([{ theme: 'billing', keywords: ['bill*'] }]).subscribe((r) => (retagged = r.retagged));
    const rules = backend.expectOne('/api/reviews/themes');
    expect(rules.request.method).toBe('PUT');
    expect(rules.request.body).toEqual({ rules: [{ theme: 'billing', keywords: ['bill*'] }] });
    rules.flush({ rules: [], retagged: 7 });
    expect(retagged).toBe(7);
  });

  it('asks for the review summary, the patient signals and a leader’s three-way gap', () => {
    TestBed.inject(ReviewsApi).summary({ from: '2026-01', to: '2026-06', period: 'quarter' }).subscribe();
    backend.expectOne('/api/reviews/summary?from=2026-01&to=2026-06&period=quarter').flush({});
    TestBed.inject(PatientSignalsApi).get({ from: '2026-01' }).subscribe();
    backend.expectOne('/api/patient-signals?from=2026-01').flush({});
    TestBed.inject(ThreeWayGapApi).get('u/1').subscribe();
    backend.expectOne('/api/leaders/u%2F1/three-way-gap').flush({});
  });

  it('reads quality of hire and downloads its XLSX under the server’s name', () => {
    const api = TestBed.inject(QualityOfHireApi);
    api.get().subscribe();
    backend.expectOne('/api/analytics/quality-of-hire').flush({});
    api.exportXlsx().subscribe();
    const file = backend.expectOne('/api/exports/quality-of-hire?format=xlsx');
    expect(file.request.responseType).toBe('blob');
    file.flush(new Blob(['xlsx']), { headers: new HttpHeaders({ 'content-disposition': 'attachment; filename="rapport-quality-of-hire.xlsx"' }) });
    expect(saved).toEqual(['rapport-quality-of-hire.xlsx']);
  });
});
