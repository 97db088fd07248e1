import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Binds an idempotency key to the user, route and body of its first request, and gives it an expiry
 * (issue 13). Stored keys cannot be bound after the fact: they are deleted (they are retry records
 * of at most a day, and replaying one to the wrong user is the very leak this closes).
 */
export class IdempotencyKeyOwner1795762000000 implements MigrationInterface {
  name = 'IdempotencyKeyOwner1795762000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "idempotency_keys"`);
    await queryRunner.query(`ALTER TABLE "idempotency_keys" ADD "user_id" uuid NOT NULL`);
    await queryRunner.query(`ALTER TABLE "idempotency_keys" ADD "request_hash" character varying(64) NOT NULL`);
    await queryRunner.query(`ALTER TABLE "idempotency_keys" ADD "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_e5fc0731b6752a8e9194fa265e" ON "idempotency_keys"  ("expires_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_e5fc0731b6752a8e9194fa265e"`);
    await queryRunner.query(`ALTER TABLE "idempotency_keys" DROP COLUMN "expires_at"`);
    await queryRunner.query(`ALTER TABLE "idempotency_keys" DROP COLUMN "request_hash"`);
    await queryRunner.query(`ALTER TABLE "idempotency_keys" DROP COLUMN "user_id"`);
  }
}
