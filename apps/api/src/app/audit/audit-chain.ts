import { canonicalJson, sha256 } from '../../common/hashing/canonical-json';

/**
 * Tamper evidence for the audit trail (docs/adr/0010-audit-chain-and-erasure.md). Each organization's
 * events form a chain; every column of an event is covered either by its own `hash` or, for what
 * erasure changes later (`before`, `after`, `redactedAt`), by a later `audit.redacted` event that
 * names it. The organization's head (last seq and hash) is kept outside `audit_events`, so a cut
 * tail shows too; a signed checkpoint held outside Rapport catches a rewritten chain.
 */
export const GENESIS_HASH = '0'.repeat(64);
export { canonicalJson };

/** The chain event that records a redaction: its `after` is a {@link RedactionPayload}. */
export const REDACTION_ACTION = 'audit.redacted';

export interface RedactionPayload {
  redactedEventIds: string[];
  /** Equal to the `redactedAt` of every event named. */
  redactedAt: string;
  /** Why (e.g. `candidate.erased`); never personal data. */
  cause: string;
}

export function payloadHash(before: unknown, after: unknown): string {
  return sha256(canonicalJson({ before: before ?? null, after: after ?? null }));
}

/** The columns an event's own hash covers (all but `before`/`after`, covered via `payloadHash`). */
export interface ChainLink {
  id: string;
  organizationId: string;
  seq: number;
  createdAt: Date;
  updatedAt: Date;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  requestId: string | null;
  payloadHash: string;
}

export function linkHash(prevHash: string, link: ChainLink): string {
  return sha256(
    [
      'v2',
      prevHash,
      String(link.seq),
      link.id,
      link.organizationId,
      link.createdAt.toISOString(),
      link.updatedAt.toISOString(),
      link.actorUserId ?? '',
      link.action,
      link.entityType,
      link.entityId,
      link.requestId ?? '',
      link.payloadHash,
    ].join('|'),
  );
}

/** The first formula (before issue 13), kept for the migrations that chain and re-chain old rows. */
export function legacyLinkHash(
  prevHash: string,
  link: Pick<ChainLink, 'seq' | 'createdAt' | 'actorUserId' | 'action' | 'entityType' | 'entityId' | 'payloadHash'>,
): string {
  return sha256(
    [
      prevHash,
      String(link.seq),
      link.createdAt.toISOString(),
      link.actorUserId ?? '',
      link.action,
      link.entityType,
      link.entityId,
      link.payloadHash,
    ].join('|'),
  );
}

export interface StoredEvent extends ChainLink {
  prevHash: string;
  hash: string;
  before: unknown;
  after: unknown;
  redactedAt: Date | null;
}

export type ChainBreak = { seq: number; eventId: string | null; reason: string };
export interface ChainHead {
  seq: number;
  hash: string;
}

const isRedaction = (p: unknown): p is RedactionPayload =>
  typeof p === 'object' &&
  p !== null &&
  Array.isArray((p as RedactionPayload).redactedEventIds) &&
  typeof (p as RedactionPayload).redactedAt === 'string';

/**
 * Checks an organization's events fed in `seq` order (in batches), then the head and an optional
 * checkpoint. Keeps only the redacted events not yet named by a redaction, and the checkpoint's link.
 */
export class ChainVerifier {
  private last: ChainHead & { id: string | null } = { seq: 0, hash: GENESIS_HASH, id: null };
  private readonly unnamed = new Map<string, { seq: number; redactedAt: number }>();
  private atCheckpoint: { id: string; hash: string } | null = null;
  private broken: ChainBreak | null = null;
  /** Events verified so far. */
  checked = 0;

  constructor(private readonly checkpoint: ChainHead | null = null) {}

  /** Returns false once a break is found (stop feeding). */
  feed(events: StoredEvent[]): boolean {
    for (const e of events) {
      const reason = this.check(e);
      if (reason) {
        this.broken = { seq: e.seq, eventId: e.id, reason };
        return false;
      }
      if (this.checkpoint?.seq === e.seq) this.atCheckpoint = { id: e.id, hash: e.hash };
      this.last = { seq: e.seq, hash: e.hash, id: e.id };
      this.checked += 1;
    }
    return true;
  }

  /** The first broken link, after the stored head (null: no head row) and the checkpoint. */
  finish(head: ChainHead | null): ChainBreak | null {
    if (this.broken) return this.broken;
    const orphan = [...this.unnamed.entries()].sort(([, a], [, b]) => a.seq - b.seq)[0];
    if (orphan) {
      return { seq: orphan[1].seq, eventId: orphan[0], reason: 'marked redacted, but no redaction event names it' };
    }
    const { last } = this;
    if (!head) {
      return last.seq === 0 ? null : { seq: last.seq, eventId: last.id, reason: "the organization's chain head is missing" };
    }
    if (head.seq > last.seq) {
      return { seq: last.seq + 1, eventId: null, reason: `events #${last.seq + 1}–#${head.seq} are missing: the chain was cut` };
    }
    if (head.seq < last.seq) {
      return { seq: head.seq + 1, eventId: null, reason: `events after #${head.seq} were added outside the chain head` };
    }
    if (head.hash !== last.hash) return { seq: last.seq, eventId: last.id, reason: "does not match the organization's chain head" };
    const cp = this.checkpoint;
    if (cp && cp.seq > last.seq) {
      return { seq: last.seq + 1, eventId: null, reason: `events #${last.seq + 1}–#${cp.seq} of the checkpoint are missing` };
    }
    if (cp && this.atCheckpoint?.hash !== cp.hash) {
      return { seq: cp.seq, eventId: this.atCheckpoint?.id ?? null, reason: 'does not match the signed checkpoint' };
    }
    return null;
  }

  private check(e: StoredEvent): string | null {
    const { last } = this;
    if (e.seq !== last.seq + 1) return `expected event #${last.seq + 1}, found #${e.seq}: an event is missing`;
    if (e.prevHash !== last.hash) return 'does not link to the previous event';
    if (e.redactedAt) {
      if (e.before !== null || e.after !== null) return 'marked redacted, but still holds a payload';
      if (e.action === REDACTION_ACTION) return 'a redaction event cannot be redacted';
    } else if (payloadHash(e.before, e.after) !== e.payloadHash) {
      return 'before/after were changed';
    }
    if (linkHash(e.prevHash, e) !== e.hash) return 'the event was changed';
    if (e.redactedAt) this.unnamed.set(e.id, { seq: e.seq, redactedAt: e.redactedAt.getTime() });
    if (e.action === REDACTION_ACTION) return this.claim(e.after);
    return null;
  }

  /** A redaction event accounts for the earlier redacted events it names. */
  private claim(payload: unknown): string | null {
    if (!isRedaction(payload)) return 'a redaction event without the list of events it redacted';
    const at = new Date(payload.redactedAt).getTime();
    for (const id of payload.redactedEventIds) {
      const named = this.unnamed.get(id);
      if (!named) return `names event ${id}, which is not an earlier redacted event`;
      if (named.redactedAt !== at) return `event #${named.seq} was redacted at another time than this redaction says`;
      this.unnamed.delete(id);
    }
    return null;
  }
}
