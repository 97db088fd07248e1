import { MigrationInterface, QueryRunner } from "typeorm";

export class Retention1795723325868 implements MigrationInterface {
    name = 'Retention1795723325868'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "organizations" ADD "candidate_retention_days" integer NOT NULL DEFAULT '365'`);
        await queryRunner.query(`ALTER TABLE "candidates" ADD "legal_hold" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "candidates" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "candidates" DROP COLUMN "erased_at"`);
        await queryRunner.query(`ALTER TABLE "candidates" DROP COLUMN "legal_hold"`);
        await queryRunner.query(`ALTER TABLE "organizations" DROP COLUMN "candidate_retention_days"`);
    }

}
