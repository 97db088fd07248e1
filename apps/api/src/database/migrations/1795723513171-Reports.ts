import { MigrationInterface, QueryRunner } from "typeorm";

export class Reports1795723513171 implements MigrationInterface {
    name = 'Reports1795723513171'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."self_identified_sex" AS ENUM('female', 'male', 'prefer_not_to_say')`);
        await queryRunner.query(`CREATE TYPE "public"."self_identified_race_ethnicity" AS ENUM('hispanic_or_latino', 'white', 'black_or_african_american', 'native_hawaiian_or_other_pacific_islander', 'asian', 'american_indian_or_alaska_native', 'two_or_more_races', 'prefer_not_to_say')`);
        await queryRunner.query(`CREATE TABLE "candidate_self_identifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "sex" "public"."self_identified_sex", "race_ethnicity" "public"."self_identified_race_ethnicity", CONSTRAINT "PK_6a23b4bdca4243e3ab5dc8ea40c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2dcb3c36ba7c4c1c6783e6e81e" ON "candidate_self_identifications"  ("organization_id", "candidate_id") `);
        await queryRunner.query(`ALTER TABLE "candidate_self_identifications" ADD CONSTRAINT "FK_9ad328bb9d941b043ff5ae2f94f" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "candidate_self_identifications" ADD CONSTRAINT "FK_270e61093e8ce544880cff4ee25" FOREIGN KEY ("candidate_id") REFERENCES "candidates"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "candidate_self_identifications" DROP CONSTRAINT "FK_270e61093e8ce544880cff4ee25"`);
        await queryRunner.query(`ALTER TABLE "candidate_self_identifications" DROP CONSTRAINT "FK_9ad328bb9d941b043ff5ae2f94f"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2dcb3c36ba7c4c1c6783e6e81e"`);
        await queryRunner.query(`DROP TABLE "candidate_self_identifications"`);
        await queryRunner.query(`DROP TYPE "public"."self_identified_race_ethnicity"`);
        await queryRunner.query(`DROP TYPE "public"."self_identified_sex"`);
    }

}
