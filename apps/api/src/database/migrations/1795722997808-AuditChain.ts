import type { MigrationInterface, QueryRunner } from 'typeorm';
import { GENESIS_HASH, legacyLinkHash, payloadHash } from '../../app/audit/audit-chain';

interface LegacyEvent {
  id: string;
  organization_id: string;
  created_at: Date;
  actor_user_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
}

/** Adds the per-organization hash chain to audit events, chaining existing rows in time order. */
export class AuditChain1795722997808 implements MigrationInterface {
  name = 'AuditChain1795722997808';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "seq" bigint`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "payload_hash" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "prev_hash" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "hash" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "redacted_at" TIMESTAMP WITH TIME ZONE`);
    const rows: LegacyEvent[] = await queryRunner.query(
      `SELECT id, organization_id, created_at, actor_user_id, action, entity_type, entity_id, before, after
         FROM audit_events ORDER BY organization_id, created_at, id`,
    );
    const heads = new Map<string, { seq: number; hash: string }>();
    for (const row of rows) {
      const prev = heads.get(row.organization_id) ?? { seq: 0, hash: GENESIS_HASH };
      const link = {
        seq: prev.seq + 1,
        createdAt: new Date(row.created_at),
        actorUserId: row.actor_user_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        payloadHash: payloadHash(row.before, row.after),
      };
      const hash = legacyLinkHash(prev.hash, link);
      await queryRunner.query(
        `UPDATE audit_events SET seq = $1, payload_hash = $2, prev_hash = $3, hash = $4 WHERE id = $5`,
        [link.seq, link.payloadHash, prev.hash, hash, row.id],
      );
      heads.set(row.organization_id, { seq: link.seq, hash });
    }
    for (const column of ['seq', 'payload_hash', 'prev_hash', 'hash']) {
      await queryRunner.query(`ALTER TABLE "audit_events" ALTER COLUMN "${column}" SET NOT NULL`);
    }
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c40cd36814ee5b04919d5219db" ON "audit_events" ("organization_id", "seq") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_c40cd36814ee5b04919d5219db"`);
    for (const column of ['redacted_at', 'hash', 'prev_hash', 'payload_hash', 'seq']) {
      await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "${column}"`);
    }
  }
}
