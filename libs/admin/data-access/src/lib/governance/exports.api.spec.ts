import { provideHttpClient } from '@angular/common/http';
import { HttpEventType, HttpHeaders } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { DestroyRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DownloadTracker } from './download-tracker';
import { ExportsApi, FileSaver } from './exports.api';

describe('ExportsApi with a DownloadTracker', () => {
  let backend: HttpTestingController;
  let saved: { blob: Blob; name: string }[];
  let tracker: DownloadTracker;
  let api: ExportsApi;

  beforeEach(() => {
    saved = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: FileSaver, useValue: { save: (blob: Blob, name: string) => saved.push({ blob, name }) } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    api = TestBed.inject(ExportsApi);
    tracker = TestBed.runInInjectionContext(() => new DownloadTracker(TestBed.inject(DestroyRef)));
  });

  afterEach(() => backend.verify());

  it('asks for the report with its filters, shows progress, then saves the file under the server name', () => {
    tracker.start(api.download('hiring-funnel', { format: 'xlsx', openingId: 'o1', from: '2026-07-01', to: '', leaderId: null }));
    const req = backend.expectOne((r) => r.url === '/api/exports/hiring-funnel');
    expect(req.request.params.keys().sort()).toEqual(['format', 'from', 'openingId']);
    expect(req.request.params.get('format')).toBe('xlsx');
    expect(req.request.responseType).toBe('blob');
    expect(tracker.busy()).toBe(true);
    expect(tracker.progressLabel()).toBe('Preparing the file…');

    req.event({ type: HttpEventType.DownloadProgress, loaded: 1024, total: 4096 });
    expect(tracker.percent()).toBe(25);
    expect(tracker.progressLabel()).toBe('Downloading… 25% (1.0 KB of 4.0 KB)');

    const file = new Blob(['x'.repeat(4096)]);
    req.flush(file, { headers: new HttpHeaders({ 'content-disposition': 'attachment; filename="rapport-hiring-funnel-2026-q3.xlsx"' }) });
    expect(saved).toEqual([{ blob: file, name: 'rapport-hiring-funnel-2026-q3.xlsx' }]);
    expect(tracker.status()).toBe('done');
    expect(tracker.fileName()).toBe('rapport-hiring-funnel-2026-q3.xlsx');
  });

  it('shows bytes received without a percentage for a streamed export', () => {
    tracker.start(api.download('audit-log', { format: 'csv' }));
    const req = backend.expectOne('/api/exports/audit-log?format=csv');
    req.event({ type: HttpEventType.DownloadProgress, loaded: 3 * 1024 * 1024 });
    expect(tracker.percent()).toBeNull();
    expect(tracker.progressLabel()).toBe('Downloading… 3.0 MB received');
    req.flush(new Blob(['seq']));
    expect(saved[0].name).toBe('rapport-audit-log.csv');
  });

  it("fails with the API's problem read from the Blob body, naming the refused filter", async () => {
    let reported: unknown = null;
    tracker.start(api.download('culture', { format: 'pdf', from: 'soon' }), (problem) => (reported = problem));
    backend.expectOne((r) => r.url === '/api/exports/culture').flush(
      new Blob(
        [
          JSON.stringify({
            type: 'validation',
            title: 'Bad Request',
            status: 400,
            detail: 'The request is invalid',
            errors: [{ field: 'from', message: 'from must be a month (YYYY-MM) or a date (YYYY-MM-DD)' }],
          }),
        ],
        { type: 'application/problem+json' },
      ),
      { status: 400, statusText: 'Bad Request' },
    );
    // The Blob body is read asynchronously.
    for (let i = 0; i < 50 && tracker.busy(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(tracker.status()).toBe('error');
    expect(tracker.errorMessage()).toBe('The request is invalid · from must be a month (YYYY-MM) or a date (YYYY-MM-DD)');
    expect(reported).toMatchObject({ status: 400, errors: [{ field: 'from' }] });
    expect(saved).toEqual([]);
  });

  it('cancels the running download when started again or reset', () => {
    tracker.start(api.download('audit-log', { format: 'csv' }));
    const first = backend.expectOne('/api/exports/audit-log?format=csv');
    tracker.start(api.download('audit-log', { format: 'csv', from: '2026-01-01' }));
    expect(first.cancelled).toBe(true);
    const second = backend.expectOne('/api/exports/audit-log?format=csv&from=2026-01-01');
    tracker.reset();
    expect(second.cancelled).toBe(true);
    expect(tracker.status()).toBe('idle');
  });
});
