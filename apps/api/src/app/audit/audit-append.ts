import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { GENESIS_HASH, type ChainLink, linkHash, payloadHash } from './audit-chain';

export interface AppendEntry {
  organizationId: string;
  actorUserId: string | null;
  requestId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  /** Already snapshotted (plain JSON, secrets removed). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * Appends an event to its organization's hash chain and moves the organization's head in the same
 * statement. A transaction-scoped advisory lock per organization serialises appends, so two
 * concurrent writers never fork the chain; it is taken in its own statement so that the head read
 * next sees every append committed before the lock was granted.
 *
 * The next link continues from the head, not from the newest stored event: after someone deletes
 * the newest events, new ones still point past the gap, and verify reports it.
 */
export async function appendToChain(manager: EntityManager, entry: AppendEntry): Promise<ChainLink & { hash: string }> {
  const org = entry.organizationId;
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('rapport.audit:' || $1))`, [org]);
  const [head] = (await manager.query(
    `SELECT h.seq, h.hash, (h.seq IS NULL AND EXISTS (SELECT 1 FROM audit_events e WHERE e.organization_id = $1)) AS lost
       FROM (SELECT 1) one LEFT JOIN audit_heads h ON h.organization_id = $1`,
    [org],
  )) as { seq: string | null; hash: string | null; lost: boolean }[];
  if (head.lost) {
    // Appending from the genesis would collide; appending from the newest event would hide a cut tail.
    throw new Error(`The audit chain head of organization ${org} is missing; the audit trail was tampered with (see verify)`);
  }
  const createdAt = new Date();
  const link: ChainLink = {
    id: randomUUID(),
    organizationId: org,
    seq: Number(head.seq ?? 0) + 1,
    createdAt,
    updatedAt: createdAt,
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    requestId: entry.requestId,
    payloadHash: payloadHash(entry.before, entry.after),
  };
  const prevHash = head.hash ?? GENESIS_HASH;
  const hash = linkHash(prevHash, link);
  await manager.query(
    `WITH event AS (
       INSERT INTO audit_events (id, organization_id, seq, created_at, updated_at, actor_user_id, action, entity_type, entity_id,
                                 request_id, payload_hash, prev_hash, hash, before, after)
       VALUES ($1, $2, $3, $4, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       RETURNING organization_id, seq, hash)
     INSERT INTO audit_heads (organization_id, seq, hash) SELECT organization_id, seq, hash FROM event
     ON CONFLICT (organization_id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash, updated_at = now()`,
    [
      link.id,
      org,
      link.seq,
      createdAt,
      link.actorUserId,
      link.action,
      link.entityType,
      link.entityId,
      link.requestId,
      link.payloadHash,
      prevHash,
      hash,
      entry.before === null ? null : JSON.stringify(entry.before),
      entry.after === null ? null : JSON.stringify(entry.after),
    ],
  );
  return { ...link, hash };
}
