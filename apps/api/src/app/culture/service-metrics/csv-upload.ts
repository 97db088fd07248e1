import { HttpException } from '@nestjs/common';
import type { FastifyMultipartBaseOptions } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { ValidationFailedException } from '../../../common/filters/validation-exception';
import { uploadedFile } from '../../../common/uploads/uploaded-file';

/** Largest CSV accepted (50,000 rows of metrics are about 3 MB). */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;

/** Options for registering @fastify/multipart (see CultureModule and the lead's bootstrap). */
export const MULTIPART_OPTIONS: FastifyMultipartBaseOptions = {
  limits: { fileSize: MAX_CSV_BYTES, files: 1, fields: 5, parts: 6 },
  throwFileSizeLimit: true,
};

const fileError = (message: string) => new ValidationFailedException([{ field: 'file', message }]);

/** The text of the CSV uploaded as multipart/form-data in the field `file` (400 naming `file` otherwise). */
export async function readCsvUpload(request: FastifyRequest): Promise<string> {
  if (typeof request.isMultipart !== 'function' || !request.isMultipart()) {
    throw fileError('send the CSV as multipart/form-data in a field named "file"');
  }
  let buffer: Buffer;
  try {
    // Read once per request: the idempotency check may already have hashed it.
    const file = await uploadedFile(request, { fileSize: MAX_CSV_BYTES, files: 1 });
    if (!file) throw fileError('file is required');
    if (file.fieldname !== 'file') throw fileError(`send the CSV in a field named "file", not "${file.fieldname}"`);
    // Reading rejects with a 413 (RequestFileTooLargeError) past the size limit.
    buffer = file.buffer;
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (error instanceof HttpException || status === 413) throw error;
    // A truncated or malformed multipart body is the client's mistake, not a server error.
    throw fileError('the upload is not a well-formed multipart/form-data body');
  }
  const text = buffer.toString('utf8');
  if (text.includes('\uFFFD')) throw fileError('the file must be UTF-8 text (save it as "CSV UTF-8")');
  return text;
}
