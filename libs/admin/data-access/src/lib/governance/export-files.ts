import { type HttpEvent, HttpEventType, HttpErrorResponse } from '@angular/common/http';

/** What a download reports while it runs, then the file it produced. */
export type ExportProgress =
  | {
      kind: 'downloading';
      /** Bytes received so far. */
      loaded: number;
      /** Size of the file when the server sent Content-Length; `null` for a streamed export. */
      total: number | null;
      /** 0–100 when the total is known, else `null` (show an indeterminate bar). */
      percent: number | null;
    }
  | { kind: 'done'; fileName: string; blob: Blob };

/**
 * The file name a `Content-Disposition` header asks for: the RFC 6266/5987 `filename*` (UTF-8,
 * percent-encoded) when present, else `filename` (quoted or a bare token). Path separators and control
 * characters are dropped so the name can never point outside the download folder; `null` when the
 * header names no usable file.
 */
export function fileNameFromDisposition(header: string | null | undefined): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([^;]+)/i.exec(header);
  if (extended) {
    const value = extended[1].trim().replace(/^"(.*)"$/, '$1');
    const encoded = /^[\w!#$%&+^`{}~.-]*'[^']*'(.*)$/.exec(value)?.[1];
    if (encoded !== undefined) {
      try {
        const name = safeName(decodeURIComponent(encoded));
        if (name) return name;
      } catch {
        // A malformed escape: fall back to the plain parameter.
      }
    }
  }
  const quoted = /(?:^|;)\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  if (quoted) return safeName(quoted[1].replace(/\\(.)/g, '$1'));
  const token = /(?:^|;)\s*filename\s*=\s*([^;\s]+)/i.exec(header);
  return token ? safeName(token[1]) : null;
}

function safeName(name: string): string | null {
  // Control characters and path separators never belong in a file name.
  const cleaned = [...name].filter((c) => c > '\u001f' && c !== '\u007f' && c !== '/' && c !== '\\').join('').trim();
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : null;
}

/**
 * HttpClient download events as progress. The final response carries the file: its name from
 * Content-Disposition, else `fallbackName`. Events that say nothing about progress are left out.
 */
export function toExportProgress(event: HttpEvent<Blob>, fallbackName: string): ExportProgress | null {
  switch (event.type) {
    case HttpEventType.DownloadProgress: {
      const total = event.total && event.total > 0 ? event.total : null;
      return {
        kind: 'downloading',
        loaded: event.loaded,
        total,
        percent: total ? Math.min(100, Math.round((100 * event.loaded) / total)) : null,
      };
    }
    case HttpEventType.Response:
      return event.body
        ? {
            kind: 'done',
            fileName: fileNameFromDisposition(event.headers.get('content-disposition')) ?? fallbackName,
            blob: event.body,
          }
        : null;
    default:
      return null;
  }
}

async function blobText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/**
 * A download asks for a Blob, so an error's problem+json body arrives as a Blob too. This reads it
 * back into the JSON document the problem helpers (`toProblem`, `ProblemHandler`) understand; a body
 * that is not JSON is dropped and the status speaks for itself.
 */
export async function readDownloadError(error: unknown): Promise<unknown> {
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) return error;
  let body: unknown = null;
  try {
    body = JSON.parse(await blobText(error.error));
  } catch {
    body = null;
  }
  return new HttpErrorResponse({
    error: body,
    headers: error.headers,
    status: error.status,
    statusText: error.statusText,
    url: error.url ?? undefined,
  });
}

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** A byte count for people: `512 B`, `1.5 KB`, `23 MB`. */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}
