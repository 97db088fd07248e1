import { MigrationInterface, QueryRunner } from "typeorm";

export class Hiring1795721344700 implements MigrationInterface {
    name = 'Hiring1795721344700'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "candidates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "email" character varying(320) NOT NULL, "phone" character varying(40), "source" character varying(100), "notes" text, "version" integer NOT NULL, CONSTRAINT "PK_140681296bf033ab1eb95288abb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_a961c5dd45428bb3b719df055e" ON "candidates"  ("organization_id", "name") `);
        await queryRunner.query(`CREATE INDEX "IDX_f2849dc58bbe16366a104bce12" ON "candidates"  ("organization_id", "email") `);
        await queryRunner.query(`CREATE TABLE "interview_kits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "current_version" integer NOT NULL DEFAULT '1', "revision" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_0559d3649f29a2bd2df02b0239f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TYPE "public"."opening_status" AS ENUM('open', 'on_hold', 'closed')`);
        await queryRunner.query(`CREATE TABLE "openings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "location_id" uuid NOT NULL, "hiring_manager_id" uuid NOT NULL, "kit_id" uuid NOT NULL, "status" "public"."opening_status" NOT NULL DEFAULT 'open', "version" integer NOT NULL, CONSTRAINT "PK_52465524569a0b0e856a64eb48b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_61ee867e52ac6ec304d73834e8" ON "openings"  ("organization_id", "status") `);
        await queryRunner.query(`CREATE TYPE "public"."application_stage" AS ENUM('applied', 'screening', 'interviewing', 'offer', 'hired', 'rejected', 'withdrawn')`);
        await queryRunner.query(`CREATE TYPE "public"."hiring_decision" AS ENUM('advance', 'hire', 'reject')`);
        await queryRunner.query(`CREATE TYPE "public"."recommendation" AS ENUM('strong_no', 'no', 'yes', 'strong_yes')`);
        await queryRunner.query(`CREATE TABLE "applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "opening_id" uuid NOT NULL, "stage" "public"."application_stage" NOT NULL DEFAULT 'applied', "stage_entered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decision" "public"."hiring_decision", "decision_rationale" text, "computed_recommendation" "public"."recommendation", "decision_override" boolean NOT NULL DEFAULT false, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_0bccc67a8664e03ad9621aeef3" ON "applications"  ("organization_id", "candidate_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_31ede2da984aab9b8034837b5b" ON "applications"  ("organization_id", "opening_id", "candidate_id") `);
        await queryRunner.query(`CREATE TABLE "application_stage_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "application_id" uuid NOT NULL, "from_stage" "public"."application_stage", "to_stage" "public"."application_stage" NOT NULL, "reason" text, "changed_by_id" uuid, CONSTRAINT "PK_3bb4a91c417aae031d73a3c8f4e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_dbd7651b3b05001a7e53792f1f" ON "application_stage_changes"  ("organization_id", "application_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "interview_kit_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "kit_id" uuid NOT NULL, "version" integer NOT NULL, "name" character varying(200) NOT NULL, "role_title" character varying(200) NOT NULL, "evidence_required" boolean NOT NULL DEFAULT true, "questions" jsonb NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_712c28e970d183f9b22871562e0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_9288b6163c5480996104b0fba1" ON "interview_kit_versions"  ("organization_id", "kit_id", "version") `);
        await queryRunner.query(`CREATE TABLE "interviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "application_id" uuid NOT NULL, "kit_id" uuid NOT NULL, "kit_version_id" uuid NOT NULL, "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_fd41af1f96d698fa33c2f070f47" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_8d163e36f1125f0ce55c957091" ON "interviews"  ("organization_id", "scheduled_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_762dbe5c58f617780ee0810699" ON "interviews"  ("organization_id", "application_id") `);
        await queryRunner.query(`CREATE TABLE "scorecards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "interview_id" uuid NOT NULL, "interviewer_id" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'not_started', "ratings" jsonb NOT NULL DEFAULT '[]'::jsonb, "recommendation" "public"."recommendation", "submitted_at" TIMESTAMP WITH TIME ZONE, "amended_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "PK_5ab8d3887ff2fb66e229c1fdd89" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_7e4c2c6d058507afb9bdbe99fc" ON "scorecards"  ("organization_id", "interviewer_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dca09a9f246394542bc6815964" ON "scorecards"  ("organization_id", "interview_id", "interviewer_id") `);
        await queryRunner.query(`ALTER TABLE "competencies" ALTER COLUMN "indicators" SET DEFAULT '[]'::jsonb`);
        await queryRunner.query(`ALTER TABLE "candidates" ADD CONSTRAINT "FK_03919fd83cf4d8a756e0761ce85" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "interview_kits" ADD CONSTRAINT "FK_1ce4be90b049a5636f8988828fa" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "openings" ADD CONSTRAINT "FK_282ce83a840e542359ae2e9993c" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "openings" ADD CONSTRAINT "FK_ca205a9442ce47cfda4452eeb1a" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "openings" ADD CONSTRAINT "FK_6882d274593349bbc27f9747164" FOREIGN KEY ("hiring_manager_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "openings" ADD CONSTRAINT "FK_b4be24d1c5e9a139de87e6d5dba" FOREIGN KEY ("kit_id") REFERENCES "interview_kits"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "applications" ADD CONSTRAINT "FK_8808eef8dd417f90bcf91cb9fb6" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "applications" ADD CONSTRAINT "FK_b669b991b85b808f24b5734990a" FOREIGN KEY ("candidate_id") REFERENCES "candidates"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "applications" ADD CONSTRAINT "FK_2691d59a636ccc8b17a3be8469c" FOREIGN KEY ("opening_id") REFERENCES "openings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "application_stage_changes" ADD CONSTRAINT "FK_a56ed3fdba4704bbf3d177e7bf1" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "application_stage_changes" ADD CONSTRAINT "FK_eff966edb05118712da6734f423" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "interview_kit_versions" ADD CONSTRAINT "FK_6821ea6e7670a3b1099d92ad859" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "interview_kit_versions" ADD CONSTRAINT "FK_bead1df557a3f8cefb836a91fe3" FOREIGN KEY ("kit_id") REFERENCES "interview_kits"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "interviews" ADD CONSTRAINT "FK_61205354b7086eaafcea6065963" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "interviews" ADD CONSTRAINT "FK_77f7078daea9f2b36e9ff761bd1" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "interviews" ADD CONSTRAINT "FK_f0339e0b128431c653b26f9258b" FOREIGN KEY ("kit_version_id") REFERENCES "interview_kit_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "scorecards" ADD CONSTRAINT "FK_f460ddf54aec59d92184e7bf573" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "scorecards" ADD CONSTRAINT "FK_3fe9c300ffe34f2f40982dc684d" FOREIGN KEY ("interview_id") REFERENCES "interviews"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "scorecards" ADD CONSTRAINT "FK_48181e9cb9185790634a5e16439" FOREIGN KEY ("interviewer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "scorecards" DROP CONSTRAINT "FK_48181e9cb9185790634a5e16439"`);
        await queryRunner.query(`ALTER TABLE "scorecards" DROP CONSTRAINT "FK_3fe9c300ffe34f2f40982dc684d"`);
        await queryRunner.query(`ALTER TABLE "scorecards" DROP CONSTRAINT "FK_f460ddf54aec59d92184e7bf573"`);
        await queryRunner.query(`ALTER TABLE "interviews" DROP CONSTRAINT "FK_f0339e0b128431c653b26f9258b"`);
        await queryRunner.query(`ALTER TABLE "interviews" DROP CONSTRAINT "FK_77f7078daea9f2b36e9ff761bd1"`);
        await queryRunner.query(`ALTER TABLE "interviews" DROP CONSTRAINT "FK_61205354b7086eaafcea6065963"`);
        await queryRunner.query(`ALTER TABLE "interview_kit_versions" DROP CONSTRAINT "FK_bead1df557a3f8cefb836a91fe3"`);
        await queryRunner.query(`ALTER TABLE "interview_kit_versions" DROP CONSTRAINT "FK_6821ea6e7670a3b1099d92ad859"`);
        await queryRunner.query(`ALTER TABLE "application_stage_changes" DROP CONSTRAINT "FK_eff966edb05118712da6734f423"`);
        await queryRunner.query(`ALTER TABLE "application_stage_changes" DROP CONSTRAINT "FK_a56ed3fdba4704bbf3d177e7bf1"`);
        await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_2691d59a636ccc8b17a3be8469c"`);
        await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_b669b991b85b808f24b5734990a"`);
        await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_8808eef8dd417f90bcf91cb9fb6"`);
        await queryRunner.query(`ALTER TABLE "openings" DROP CONSTRAINT "FK_b4be24d1c5e9a139de87e6d5dba"`);
        await queryRunner.query(`ALTER TABLE "openings" DROP CONSTRAINT "FK_6882d274593349bbc27f9747164"`);
        await queryRunner.query(`ALTER TABLE "openings" DROP CONSTRAINT "FK_ca205a9442ce47cfda4452eeb1a"`);
        await queryRunner.query(`ALTER TABLE "openings" DROP CONSTRAINT "FK_282ce83a840e542359ae2e9993c"`);
        await queryRunner.query(`ALTER TABLE "interview_kits" DROP CONSTRAINT "FK_1ce4be90b049a5636f8988828fa"`);
        await queryRunner.query(`ALTER TABLE "candidates" DROP CONSTRAINT "FK_03919fd83cf4d8a756e0761ce85"`);
        await queryRunner.query(`ALTER TABLE "competencies" ALTER COLUMN "indicators" SET DEFAULT '[]'`);
        await queryRunner.query(`DROP INDEX "public"."IDX_dca09a9f246394542bc6815964"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_7e4c2c6d058507afb9bdbe99fc"`);
        await queryRunner.query(`DROP TABLE "scorecards"`);
        await queryRunner.query(`DROP TYPE "public"."recommendation"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_762dbe5c58f617780ee0810699"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8d163e36f1125f0ce55c957091"`);
        await queryRunner.query(`DROP TABLE "interviews"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9288b6163c5480996104b0fba1"`);
        await queryRunner.query(`DROP TABLE "interview_kit_versions"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_dbd7651b3b05001a7e53792f1f"`);
        await queryRunner.query(`DROP TABLE "application_stage_changes"`);
        await queryRunner.query(`DROP TYPE "public"."application_stage"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_31ede2da984aab9b8034837b5b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0bccc67a8664e03ad9621aeef3"`);
        await queryRunner.query(`DROP TABLE "applications"`);
        await queryRunner.query(`DROP TYPE "public"."hiring_decision"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_61ee867e52ac6ec304d73834e8"`);
        await queryRunner.query(`DROP TABLE "openings"`);
        await queryRunner.query(`DROP TYPE "public"."opening_status"`);
        await queryRunner.query(`DROP TABLE "interview_kits"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f2849dc58bbe16366a104bce12"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a961c5dd45428bb3b719df055e"`);
        await queryRunner.query(`DROP TABLE "candidates"`);
    }

}
