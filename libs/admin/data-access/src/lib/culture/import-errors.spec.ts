import { HttpEventType, HttpHeaders, HttpResponse } from '@angular/common/http';
import type { ProblemDocument } from '@rapport/shared/contracts';
import { importErrorRows } from './import-errors';
import { toUploadProgress as toImportProgress } from '../api/csv-upload';

describe('importErrorRows', () => {
  const problem = (errors: ProblemDocument['errors']): ProblemDocument => ({
    type: 'validation',
    title: 'Bad Request',
    status: 400,
    detail: 'The file has 2 bad rows; nothing was imported',
    errors,
  });

  it('lists every bad row with its line and reason, in file order', () => {
    const rows = importErrorRows(
      problem([
        { field: 'file', message: 'line 9: period 2099-01 is in the future', line: 9, reason: 'period 2099-01 is in the future' } as never,
        { field: 'file', message: 'line 3: no staff member has the email "x@y"', line: 3, reason: 'no staff member has the email "x@y"' } as never,
      ]),
    );
    expect(rows).toEqual([
      { line: 3, reason: 'no staff member has the email "x@y"' },
      { line: 9, reason: 'period 2099-01 is in the future' },
    ]);
  });

  it('keeps an error about the upload itself, without a line, using its message', () => {
    const rows = importErrorRows(problem([{ field: 'file', message: 'the file must be UTF-8 text (save it as "CSV UTF-8")' }]));
    expect(rows).toEqual([{ line: null, reason: 'the file must be UTF-8 text (save it as "CSV UTF-8")' }]);
  });

  it('ignores errors about other fields and problems without errors', () => {
    expect(importErrorRows(problem([{ field: 'dryRun', message: 'dryRun must be a boolean string' }]))).toEqual([]);
    expect(importErrorRows({ type: 'x', title: 'Service Unavailable', status: 503 })).toEqual([]);
  });
});

describe('toImportProgress', () => {
  it('turns upload progress into a percentage', () => {
    expect(toImportProgress({ type: HttpEventType.UploadProgress, loaded: 512, total: 2048 })).toEqual({ kind: 'uploading', percent: 25 });
  });

  it('reports an unknown total as an indeterminate upload', () => {
    expect(toImportProgress({ type: HttpEventType.UploadProgress, loaded: 512 })).toEqual({ kind: 'uploading', percent: null });
  });

  it('ends with the API result and ignores events without progress', () => {
    const result = { dryRun: true, rows: 4, imported: 0, replaced: 2, periods: ['2026-01'] };
    expect(toImportProgress({ type: HttpEventType.Sent })).toBeNull();
    expect(toImportProgress(new HttpResponse({ body: result, headers: new HttpHeaders(), status: 200 }))).toEqual({
      kind: 'done',
      result,
    });
  });
});
