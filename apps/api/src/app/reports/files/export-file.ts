import type { ExportFormat } from '@rapport/shared/contracts';
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import { attachment } from './file-name';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** A finished export: a buffer (its length is known) or a stream (sent chunked). */
export interface ExportFile {
  fileName: string;
  format: ExportFormat;
  body: Buffer | Readable;
}

/**
 * Sends an export as a download. A buffer goes out with Content-Length, so the admin's HttpClient
 * reports real progress; a stream (the audit log) goes out chunked, and the admin shows bytes so far.
 * `no-store`: exports hold people data and must not linger in shared caches.
 */
export function sendExport(reply: FastifyReply, file: ExportFile): FastifyReply {
  void reply
    .header('content-type', CONTENT_TYPES[file.format])
    .header('content-disposition', attachment(file.fileName))
    .header('cache-control', 'no-store');
  if (Buffer.isBuffer(file.body)) void reply.header('content-length', String(file.body.length));
  // Files go out as they are (@fastify/compress skips a request marked so): XLSX and PDF are already
  // compressed, a known Content-Length gives the admin a determinate progress bar, and the streamed
  // audit log keeps its COPY-speed throughput.
  reply.request.headers['x-no-compression'] = '1';
  return reply.send(file.body);
}
