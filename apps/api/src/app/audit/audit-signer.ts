import { Injectable } from '@nestjs/common';
import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { AppConfig } from '../../config/app-config';

/** DER header of a PKCS#8 Ed25519 private key; the 32-byte seed follows it. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * Signs audit checkpoints with Ed25519. The key pair is derived from AUDIT_SIGNING_KEY, which lives
 * in the environment, never in the database: someone who rewrites the audit tables cannot sign a
 * matching checkpoint. Ed25519 rather than an HMAC so that anyone holding the public key (published
 * with each checkpoint) can check a receipt without being able to make one.
 */
@Injectable()
export class AuditSigner {
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  /** SPKI PEM, usable as is by `crypto.verify` or `openssl pkeyutl -verify`. */
  readonly publicKeyPem: string;
  /** First 16 hex digits of sha256 over the DER public key: names the key a receipt was signed with. */
  readonly keyId: string;

  constructor(config: AppConfig) {
    const seed = createHash('sha256').update(`rapport.audit-checkpoint|${config.get('AUDIT_SIGNING_KEY')}`).digest();
    this.privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
    this.publicKey = createPublicKey(this.privateKey);
    this.publicKeyPem = this.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    this.keyId = createHash('sha256')
      .update(this.publicKey.export({ type: 'spki', format: 'der' }))
      .digest('hex')
      .slice(0, 16);
  }

  /** Base64 Ed25519 signature of the UTF-8 message. */
  sign(message: string): string {
    return sign(null, Buffer.from(message, 'utf8'), this.privateKey).toString('base64');
  }

  verify(message: string, signatureBase64: string): boolean {
    const signature = Buffer.from(signatureBase64, 'base64');
    if (signature.length !== 64) return false;
    return verify(null, Buffer.from(message, 'utf8'), this.publicKey, signature);
  }
}
