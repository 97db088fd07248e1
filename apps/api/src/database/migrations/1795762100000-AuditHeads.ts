import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appendToChain } from '../../app/audit/audit-append';
import { GENESIS_HASH, legacyLinkHash, linkHash, payloadHash, REDACTION_ACTION } from '../../app/audit/audit-chain';

interface Row {
  id: string;
  seq: string;
  created_at: Date;
  actor_user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  request_id: string | null;
  payload_hash: string;
  prev_hash: string;
  hash: string;
  before: unknown;
  after: unknown;
  redacted_at: Date | null;
}

const BATCH = 1000;

/**
 * Issue 13: every column of an audit event is protected, and a cut tail shows.
 * - `audit_heads` holds each organization's last seq and hash, moved with every append.
 * - Hashes move to the v2 formula (id, organization, updated_at and request id included). Each
 *   organization's chain is re-hashed only as far as it verifies under the old formula: from a
 *   tampered event on, rows keep their old hashes, so verify still reports the break there.
 * - A redacted event holds no payload, and every redacted event must be named by an
 *   `audit.redacted` event: redactions made before this release are adopted by one such event per
 *   erasure time (their `candidate.erased` events remain the evidence that they were legitimate).
 * Down drops the heads only; the v2 hashes stay.
 */
export class AuditHeads1795762100000 implements MigrationInterface {
  name = 'AuditHeads1795762100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_heads" ("organization_id" uuid NOT NULL, "seq" bigint NOT NULL, "hash" character varying(64) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_92e4c06ccf4a2f11ea9f5cdfa51" PRIMARY KEY ("organization_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_heads" ADD CONSTRAINT "FK_92e4c06ccf4a2f11ea9f5cdfa51" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // An event is never updated: updated_at is pinned to created_at and covered by the hash.
    await queryRunner.query(`UPDATE audit_events SET updated_at = created_at WHERE updated_at <> created_at`);
    await queryRunner.query(`UPDATE audit_events SET before = NULL, after = NULL WHERE redacted_at IS NOT NULL`);
    const orgs: { organization_id: string }[] = await queryRunner.query(`SELECT DISTINCT organization_id FROM audit_events`);
    for (const { organization_id: org } of orgs) {
      const head = await this.rehash(queryRunner, org);
      await queryRunner.query(`INSERT INTO audit_heads (organization_id, seq, hash) VALUES ($1, $2, $3)`, [org, head.seq, head.hash]);
      await this.adoptRedactions(queryRunner, org);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_heads" DROP CONSTRAINT "FK_92e4c06ccf4a2f11ea9f5cdfa51"`);
    await queryRunner.query(`DROP TABLE "audit_heads"`);
  }

  /** Re-hashes the organization's chain with the v2 formula while it verifies under v1; returns its head. */
  private async rehash(queryRunner: QueryRunner, org: string): Promise<{ seq: number; hash: string }> {
    let legacy = { seq: 0, hash: GENESIS_HASH };
    let upgraded = GENESIS_HASH;
    let intact = true;
    let last = { seq: 0, hash: GENESIS_HASH };
    for (;;) {
      const rows: Row[] = await queryRunner.query(
        `SELECT id, seq, created_at, actor_user_id, action, entity_type, entity_id, request_id, payload_hash, prev_hash, hash,
                before, after, redacted_at
           FROM audit_events WHERE organization_id = $1 AND seq > $2 ORDER BY seq LIMIT ${BATCH}`,
        [org, last.seq],
      );
      if (rows.length === 0) return last;
      for (const row of rows) {
        const seq = Number(row.seq);
        const createdAt = new Date(row.created_at);
        const common = {
          seq,
          createdAt,
          actorUserId: row.actor_user_id,
          action: row.action,
          entityType: row.entity_type,
          entityId: row.entity_id,
          payloadHash: row.payload_hash,
        };
        intact &&=
          seq === legacy.seq + 1 &&
          row.prev_hash === legacy.hash &&
          (row.redacted_at !== null || payloadHash(row.before, row.after) === row.payload_hash) &&
          legacyLinkHash(row.prev_hash, common) === row.hash;
        if (!intact) {
          last = { seq, hash: row.hash };
          continue;
        }
        legacy = { seq, hash: row.hash };
        const hash = linkHash(upgraded, { ...common, id: row.id, organizationId: org, updatedAt: createdAt, requestId: row.request_id });
        await queryRunner.query(`UPDATE audit_events SET prev_hash = $1, hash = $2 WHERE id = $3`, [upgraded, hash, row.id]);
        upgraded = hash;
        last = { seq, hash };
      }
    }
  }

  private async adoptRedactions(queryRunner: QueryRunner, org: string): Promise<void> {
    const rows: { id: string; redacted_at: Date }[] = await queryRunner.query(
      `SELECT id, redacted_at FROM audit_events WHERE organization_id = $1 AND redacted_at IS NOT NULL ORDER BY seq`,
      [org],
    );
    const byTime = new Map<number, string[]>();
    for (const row of rows) {
      const at = new Date(row.redacted_at).getTime();
      byTime.set(at, [...(byTime.get(at) ?? []), row.id]);
    }
    for (const [at, ids] of [...byTime.entries()].sort(([a], [b]) => a - b)) {
      await appendToChain(queryRunner.manager, {
        organizationId: org,
        actorUserId: null,
        requestId: null,
        action: REDACTION_ACTION,
        entityType: 'audit',
        entityId: org,
        before: null,
        after: { redactedEventIds: ids, redactedAt: new Date(at).toISOString(), cause: 'adopted: redacted before audit chain v2' },
      });
    }
  }
}
