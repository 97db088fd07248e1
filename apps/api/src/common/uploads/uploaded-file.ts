import type { FastifyRequest } from 'fastify';

export interface UploadedFile {
  fieldname: string;
  buffer: Buffer;
}

type FileLimits = NonNullable<Parameters<FastifyRequest['file']>[0]>['limits'];

const uploads = new WeakMap<FastifyRequest, Promise<UploadedFile | null>>();

/**
 * The request's one uploaded file, read once: a multipart body is a stream, and both the
 * idempotency check (which hashes the file before the handler runs) and the handler need it.
 * Later callers get the same buffer, or the same error.
 */
export function uploadedFile(request: FastifyRequest, limits?: FileLimits): Promise<UploadedFile | null> {
  let upload = uploads.get(request);
  if (!upload) {
    upload = (async () => {
      const file = await request.file(limits ? { limits } : undefined);
      return file ? { fieldname: file.fieldname, buffer: await file.toBuffer() } : null;
    })();
    uploads.set(request, upload);
  }
  return upload;
}
