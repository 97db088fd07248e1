import { MigrationInterface, QueryRunner } from "typeorm";

export class Idempotency1795723723423 implements MigrationInterface {
    name = 'Idempotency1795723723423'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "idempotency_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "key" character varying(200) NOT NULL, "fingerprint" character varying(500) NOT NULL, "status_code" integer, "response" jsonb, CONSTRAINT "PK_8ad20779ad0411107a56e53d0f6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fa1b697098c138245abc15cad7" ON "idempotency_keys"  ("organization_id", "key") `);
        await queryRunner.query(`ALTER TABLE "idempotency_keys" ADD CONSTRAINT "FK_12d9576ef013c5bd4eead32afd0" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "idempotency_keys" DROP CONSTRAINT "FK_12d9576ef013c5bd4eead32afd0"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_fa1b697098c138245abc15cad7"`);
        await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    }

}
