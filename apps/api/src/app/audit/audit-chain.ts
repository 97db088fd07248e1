import { createHash } from 'node:crypto';

/**
 * Tamper evidence for the audit trail (docs/adr/0010-audit-chain.md). Each organization's events
 * form a chain: `hash = sha256(prevHash | seq | createdAt | actor | action | entity | payloadHash)`
 * with `payloadHash = sha256(canonical JSON of {before, after})`. Changing, deleting or inserting
 * an event breaks the link after it. Erasure may blank a payload (`redactedAt`) while its
 * `payloadHash` keeps the chain verifiable.
 */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level, so jsonb's key reordering does not change hashes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function payloadHash(before: unknown, after: unknown): string {
  return sha256(canonicalJson({ before: before ?? null, after: after ?? null }));
}

export interface ChainLink {
  seq: number;
  createdAt: Date;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  payloadHash: string;
}

export function linkHash(prevHash: string, link: ChainLink): string {
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
  id: string;
  prevHash: string;
  hash: string;
  before: unknown;
  after: unknown;
  redactedAt: Date | null;
}

export type ChainBreak = { seq: number; eventId: string; reason: string };

/**
 * Checks events given in `seq` order, continuing from `prev` (the last checked link). Returns
 * the first broken link, or null.
 */
export function verifyLinks(
  events: StoredEvent[],
  prev: { seq: number; hash: string },
): { broken: ChainBreak | null; last: { seq: number; hash: string } } {
  let last = prev;
  for (const e of events) {
    const fail = (reason: string) => ({ broken: { seq: e.seq, eventId: e.id, reason }, last });
    if (e.seq !== last.seq + 1) return fail(`expected event #${last.seq + 1}, found #${e.seq}: an event is missing`);
    if (e.prevHash !== last.hash) return fail('does not link to the previous event');
    if (!e.redactedAt && payloadHash(e.before, e.after) !== e.payloadHash) return fail('before/after were changed');
    if (linkHash(e.prevHash, e) !== e.hash) return fail('the event was changed');
    last = { seq: e.seq, hash: e.hash };
  }
  return { broken: null, last };
}
