import { HttpErrorResponse, HttpEventType, HttpHeaders, HttpResponse } from '@angular/common/http';
import { toProblem } from '@rapport/admin/util';
import { fileNameFromDisposition, formatBytes, readDownloadError, toExportProgress } from './export-files';

describe('fileNameFromDisposition', () => {
  it('reads the quoted name the API sends', () => {
    expect(fileNameFromDisposition('attachment; filename="rapport-hiring-funnel-2026-q3.xlsx"')).toBe(
      'rapport-hiring-funnel-2026-q3.xlsx',
    );
  });

  it('reads a bare token and ignores parameters after it', () => {
    expect(fileNameFromDisposition('attachment; filename=rapport-audit-log-2026.csv; size=12')).toBe('rapport-audit-log-2026.csv');
  });

  it('prefers the UTF-8 filename* form and decodes it', () => {
    expect(
      fileNameFromDisposition(`attachment; filename="rapport-packet-zoe.pdf"; filename*=UTF-8''rapport-packet-zo%C3%AB%20b.pdf`),
    ).toBe('rapport-packet-zoë b.pdf');
  });

  it('falls back to filename when filename* is malformed', () => {
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''bad%E0%A4%A; filename="ok.csv"`)).toBe('ok.csv');
  });

  it('unescapes quoted characters', () => {
    expect(fileNameFromDisposition('attachment; filename="say \\"hi\\".csv"')).toBe('say "hi".csv');
  });

  it('strips path separators and control characters so the name stays a file name', () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('....etcpasswd');
    expect(fileNameFromDisposition('attachment; filename="a\\\\b\u0007.csv"')).toBe('ab.csv');
  });

  it('gives null without a usable name', () => {
    expect(fileNameFromDisposition(null)).toBeNull();
    expect(fileNameFromDisposition('attachment')).toBeNull();
    expect(fileNameFromDisposition('attachment; filename=""')).toBeNull();
    expect(fileNameFromDisposition('attachment; filename=".."')).toBeNull();
  });
});

describe('toExportProgress', () => {
  it('gives a percentage when the size is known (Content-Length)', () => {
    expect(toExportProgress({ type: HttpEventType.DownloadProgress, loaded: 512, total: 2048 }, 'x.csv')).toEqual({
      kind: 'downloading',
      loaded: 512,
      total: 2048,
      percent: 25,
    });
  });

  it('gives bytes without a percentage for a streamed export (no Content-Length)', () => {
    expect(toExportProgress({ type: HttpEventType.DownloadProgress, loaded: 70_000 }, 'x.csv')).toEqual({
      kind: 'downloading',
      loaded: 70_000,
      total: null,
      percent: null,
    });
    expect(toExportProgress({ type: HttpEventType.DownloadProgress, loaded: 10, total: 0 }, 'x.csv')).toMatchObject({ percent: null });
  });

  it('never reports more than 100% (a server that under-declared its length)', () => {
    expect(toExportProgress({ type: HttpEventType.DownloadProgress, loaded: 3000, total: 2048 }, 'x.csv')).toMatchObject({
      percent: 100,
    });
  });

  it('ends with the file, named by Content-Disposition or else the fallback', () => {
    const blob = new Blob(['seq,action\r\n']);
    const named = new HttpResponse({
      body: blob,
      headers: new HttpHeaders({ 'content-disposition': 'attachment; filename="rapport-audit-log-2026-11.csv"' }),
    });
    expect(toExportProgress(named, 'fallback.csv')).toEqual({ kind: 'done', fileName: 'rapport-audit-log-2026-11.csv', blob });
    const unnamed = new HttpResponse({ body: blob, headers: new HttpHeaders() });
    expect(toExportProgress(unnamed, 'fallback.csv')).toEqual({ kind: 'done', fileName: 'fallback.csv', blob });
  });

  it('ignores events that carry no progress', () => {
    expect(toExportProgress({ type: HttpEventType.Sent }, 'x.csv')).toBeNull();
  });
});

describe('readDownloadError', () => {
  it('turns a problem+json Blob body back into the document the problem helpers read', async () => {
    const problem = { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'format must be one of: csv (for the audit-log export)' };
    const error = new HttpErrorResponse({
      error: new Blob([JSON.stringify(problem)], { type: 'application/problem+json' }),
      status: 400,
      statusText: 'Bad Request',
    });
    const read = await readDownloadError(error);
    expect(read).toBeInstanceOf(HttpErrorResponse);
    expect(toProblem(read)).toEqual(problem);
  });

  it('keeps the status when the body is not JSON', async () => {
    const error = new HttpErrorResponse({ error: new Blob(['<html>proxy error</html>']), status: 502, statusText: 'Bad Gateway' });
    expect(toProblem(await readDownloadError(error))).toMatchObject({ status: 502, title: 'Bad Gateway' });
  });

  it('passes other errors through', async () => {
    const offline = new HttpErrorResponse({ status: 0 });
    expect(await readDownloadError(offline)).toBe(offline);
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1536, '1.5 KB'],
    [20 * 1024, '20 KB'],
    [5.25 * 1024 * 1024, '5.3 MB'],
    [3 * 1024 ** 3, '3.0 GB'],
  ])('%d bytes → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
