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
  /** true when erasure removed personal data from before/after. */
  redacted: boolean;
  createdAt: string;
}

export interface AuditVerification {
  valid: boolean;
  /** Events checked before the first broken link (all of them when valid). */
  events: number;
  firstBroken: { seq: number; eventId: string; reason: string } | null;
}
