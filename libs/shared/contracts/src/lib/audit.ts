export interface AuditEvent {
  id: string;
  /** Position in the organization's tamper-evident hash chain. */
  seq: number;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
  hash: string;
  /**
   * true when erasure removed personal data: before and after are then null, and a later
   * `audit.redacted` event names this one.
   */
  redacted: boolean;
  createdAt: string;
}

export interface AuditChainHead {
  seq: number;
  hash: string;
}

export interface AuditVerification {
  valid: boolean;
  /** Events checked before the first broken link (all of them when valid). */
  events: number;
  /** eventId is null when the broken link is an event that is missing (a cut tail). */
  firstBroken: { seq: number; eventId: string | null; reason: string } | null;
  /** The organization's head as stored beside the chain (null before the first event). */
  head: AuditChainHead | null;
  /** The checkpoint checked against, when one was given (POST /api/audit-events/verify). */
  checkpoint: { seq: number; hash: string; issuedAt: string } | null;
}

/**
 * A receipt of the organization's chain head, signed with Ed25519 by a key kept outside the
 * database. The signed message is the UTF-8 text
 * `rapport.audit-checkpoint.v1|<organizationId>|<seq>|<hash>|<issuedAt>`; check it with `publicKey`.
 * Keep it outside Rapport and post it back to /api/audit-events/verify later.
 */
export interface AuditCheckpoint {
  organizationId: string;
  seq: number;
  hash: string;
  issuedAt: string;
  algorithm: 'Ed25519';
  /** Names the signing key (sha256 of the public key, 16 hex digits). */
  keyId: string;
  /** SPKI PEM. */
  publicKey: string;
  /** Base64. */
  signature: string;
}
