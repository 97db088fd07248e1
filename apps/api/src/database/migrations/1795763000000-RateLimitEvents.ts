import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters for sign-up and invitation rate limits (issue 13), in PostgreSQL so that every API
 * instance sees the same counts. Rows older than a limit's window are pruned as keys are counted.
 */
export class RateLimitEvents1795763000000 implements MigrationInterface {
  name = 'RateLimitEvents1795763000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(400) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_12e9bf13eaeab6c16dfe1039cd8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3ecdd2af8ba15e8ae41b765b15" ON "rate_limit_events" ("key", "occurred_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_3ecdd2af8ba15e8ae41b765b15"`);
    await queryRunner.query(`DROP TABLE "rate_limit_events"`);
  }
}
