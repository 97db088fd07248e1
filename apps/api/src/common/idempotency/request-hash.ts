import type { FastifyRequest } from 'fastify';
import { canonicalJson, sha256 } from '../hashing/canonical-json';
import { uploadedFile } from '../uploads/uploaded-file';

/**
 * What a key is bound to besides user and route: sha256 of the parsed JSON body in canonical form
 * (key order and whitespace do not matter), or of the uploaded file for a multipart import (its
 * boundary differs on every retry, its content does not). An unreadable upload hashes as such; the
 * handler then fails on it and the key is freed.
 */
export async function requestHash(request: FastifyRequest): Promise<string> {
  if (typeof request.isMultipart === 'function' && request.isMultipart()) {
    const file = await uploadedFile(request).catch(() => null);
    return sha256(canonicalJson({ upload: file ? { field: file.fieldname, sha256: sha256(file.buffer) } : null }));
  }
  return sha256(canonicalJson({ body: request.body ?? null }));
}
