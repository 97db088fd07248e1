import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The email outbox (`messages`), password-reset tokens and the reset-request counters (issue 14,
 * docs/adr/0013-outbox-and-queue.md). pg-boss keeps its own tables in schema `pgboss`, created by
 * pg-boss itself on start, not here.
 */
export class Messages1795770000000 implements MigrationInterface {
    name = 'Messages1795770000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "password_resets" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_4816377aa98211c1de34469e742" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_323290a9239ad3d397ad78018e" ON "password_resets" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d8ff0d488baa6dbea83e809de5" ON "password_resets" ("organization_id", "user_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."message_kind" AS ENUM('invitation', 'password_reset')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."message_status" AS ENUM('queued', 'sending', 'sent', 'failed', 'kept')
        `);
        await queryRunner.query(`
            CREATE TABLE "messages" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "organization_id" uuid NOT NULL,
                "kind" "public"."message_kind" NOT NULL,
                "user_id" uuid,
                "to_address" character varying(320) NOT NULL,
                "subject" character varying(300) NOT NULL,
                "text" text,
                "html" text,
                "status" "public"."message_status" NOT NULL,
                "attempts" integer NOT NULL DEFAULT '0',
                "claimed_at" TIMESTAMP WITH TIME ZONE,
                "resumed_after_crash" boolean NOT NULL DEFAULT false,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "error" character varying(1000),
                CONSTRAINT "PK_18325f38ae6de43878487eff986" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_830a3c1d92614d1495418c4673" ON "messages" ("user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_555e72b9303cbe1d1cb3a94618" ON "messages" ("organization_id", "created_at", "id")
        `);
        await queryRunner.query(`
            ALTER TABLE "password_resets"
            ADD CONSTRAINT "FK_36645d57cf38b561bcfc79f4d92" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "password_resets"
            ADD CONSTRAINT "FK_f7a4c3bc48f24df007936d217be" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "messages"
            ADD CONSTRAINT "FK_f1c6874ea159caa5b964731e216" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "messages"
            ADD CONSTRAINT "FK_830a3c1d92614d1495418c46736" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "messages" DROP CONSTRAINT "FK_830a3c1d92614d1495418c46736"
        `);
        await queryRunner.query(`
            ALTER TABLE "messages" DROP CONSTRAINT "FK_f1c6874ea159caa5b964731e216"
        `);
        await queryRunner.query(`
            ALTER TABLE "password_resets" DROP CONSTRAINT "FK_f7a4c3bc48f24df007936d217be"
        `);
        await queryRunner.query(`
            ALTER TABLE "password_resets" DROP CONSTRAINT "FK_36645d57cf38b561bcfc79f4d92"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_555e72b9303cbe1d1cb3a94618"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_830a3c1d92614d1495418c4673"
        `);
        await queryRunner.query(`
            DROP TABLE "messages"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."message_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."message_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b971567bcbfaf28a966859bc19"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d8ff0d488baa6dbea83e809de5"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_323290a9239ad3d397ad78018e"
        `);
        await queryRunner.query(`
            DROP TABLE "password_resets"
        `);
    }

}
