import { createHash, randomBytes } from 'node:crypto';

/** A URL-safe random secret (256 bits). */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/** Secrets are stored only as their sha256, so a database leak does not leak usable tokens. */
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
