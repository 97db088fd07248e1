import { HttpEventType, HttpHeaders, HttpResponse } from '@angular/common/http';
import type { CsvImportResult, ProblemDocument } from '@rapport/shared/contracts';
import { toUploadProgress as toCsvUploadProgress } from '../api/csv-upload';
import { csvImportErrorRows } from './csv-import';

describe('csvImportErrorRows', () => {
  const problem = (errors: object[]): ProblemDocument => ({
    type: 'validation',
    title: 'Bad Request',
    status: 400,
    detail: 'The file was refused; nothing was imported',
    errors: errors as ProblemDocument['errors'],
  });

  it('keeps the column the API names (a patient-identifier column), with line and reason, in file order', () => {
    const rows = csvImportErrorRows(
      problem([
        { field: 'file', message: 'line 4: courteous must be 1–5', line: 4, reason: 'courteous must be 1–5', column: 'courteous' },
        {
          field: 'file',
          message: 'line 1: column "patient_name" looks like a patient identifier',
          line: 1,
          reason: 'column "patient_name" looks like a patient identifier; Rapport stores no patient identities',
          column: 'patient_name',
        },
        { field: 'file', message: 'line 3: unknown location code "XYZ"', line: 3, reason: 'unknown location code "XYZ"' },
      ]),
    );
    expect(rows).toEqual([
      { line: 1, column: 'patient_name', reason: 'column "patient_name" looks like a patient identifier; Rapport stores no patient identities' },
      { line: 3, column: null, reason: 'unknown location code "XYZ"' },
      { line: 4, column: 'courteous', reason: 'courteous must be 1–5' },
    ]);
  });

  it('keeps an error about the upload itself, without a line, using its message', () => {
    expect(csvImportErrorRows(problem([{ field: 'file', message: 'the file must be UTF-8 text' }]))).toEqual([
      { line: null, column: null, reason: 'the file must be UTF-8 text' },
    ]);
  });

  it('ignores errors about other fields and problems without errors', () => {
    expect(csvImportErrorRows(problem([{ field: 'dryRun', message: 'dryRun must be a boolean string' }]))).toEqual([]);
    expect(csvImportErrorRows({ type: 'x', title: 'Service Unavailable', status: 503 })).toEqual([]);
  });
});

describe('toCsvUploadProgress', () => {
  const result: CsvImportResult = { dryRun: true, rows: 3, imported: 0, duplicates: 1, from: '2026-05-02', to: '2026-05-30' };

  it('turns upload progress into a percentage, or an indeterminate upload without a total', () => {
    expect(toCsvUploadProgress({ type: HttpEventType.UploadProgress, loaded: 30, total: 120 })).toEqual({ kind: 'uploading', percent: 25 });
    expect(toCsvUploadProgress({ type: HttpEventType.UploadProgress, loaded: 30 })).toEqual({ kind: 'uploading', percent: null });
  });

  it('ends with the API result and ignores events without progress', () => {
    expect(toCsvUploadProgress({ type: HttpEventType.Sent })).toBeNull();
    expect(toCsvUploadProgress(new HttpResponse({ body: result, headers: new HttpHeaders(), status: 200 }))).toEqual({ kind: 'done', result });
  });
});
