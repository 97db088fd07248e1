import { MigrationInterface, QueryRunner } from "typeorm";

export class PatientSignals1795733083023 implements MigrationInterface {
    name = 'PatientSignals1795733083023'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "patient_feedback_responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "location_id" uuid NOT NULL, "responded_on" date NOT NULL, "staff_member_ids" uuid array NOT NULL DEFAULT '{}', "scores" jsonb NOT NULL, "comment" text, "fingerprint" character varying(64) NOT NULL, CONSTRAINT "PK_0ed83e43937c0dd0330cafbb2d2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_patient_feedback_staff" ON "patient_feedback_responses" USING gin ("staff_member_ids")`);
        await queryRunner.query(`CREATE INDEX "IDX_fbb2d20c3a22ed84ef6a81ff38" ON "patient_feedback_responses"  ("organization_id", "responded_on", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_a55779614205040d8ff699f831" ON "patient_feedback_responses"  ("organization_id", "location_id", "responded_on") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_834479a389a2342823185475a2" ON "patient_feedback_responses"  ("organization_id", "fingerprint") `);
        await queryRunner.query(`CREATE TABLE "patient_feedback_item_mappings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "item" character varying(40) NOT NULL, "competency_id" uuid, CONSTRAINT "PK_95d0760842f466932d2f5235c53" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_db2919c80ff262dacb9d803ff5" ON "patient_feedback_item_mappings"  ("organization_id", "item") `);
        await queryRunner.query(`CREATE TABLE "online_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "location_id" uuid NOT NULL, "source" character varying(60) NOT NULL, "reviewed_on" date NOT NULL, "rating" smallint NOT NULL, "text" text NOT NULL, "themes" text array NOT NULL DEFAULT '{}', "fingerprint" character varying(64) NOT NULL, CONSTRAINT "PK_ec7b341d692fa026b81c64908dd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_2b76a003b9a169d17688760ecc" ON "online_reviews"  ("organization_id", "reviewed_on", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_4c2618c30d400ccd647d2f4205" ON "online_reviews"  ("organization_id", "location_id", "reviewed_on") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_68ff57424f80b82bcb528de6f9" ON "online_reviews"  ("organization_id", "fingerprint") `);
        await queryRunner.query(`CREATE TABLE "review_theme_rules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "theme" character varying(40) NOT NULL, "keywords" text array NOT NULL, CONSTRAINT "PK_a76fe6518e9f424199801b175ba" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_63e5283e14bd8ed4e80437e47d" ON "review_theme_rules"  ("organization_id", "theme") `);
        await queryRunner.query(`ALTER TABLE "patient_feedback_responses" ADD CONSTRAINT "FK_91608c8abc6bbc80685c4f314cb" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "patient_feedback_responses" ADD CONSTRAINT "FK_b65ff0454b83aa6e65221f65f4f" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "patient_feedback_item_mappings" ADD CONSTRAINT "FK_2451a2c9234fe01e63e9f1823c4" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "online_reviews" ADD CONSTRAINT "FK_ed02e457e46a17d61d0329e3bb3" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "online_reviews" ADD CONSTRAINT "FK_8af985e94d330259a23bdb1cedc" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "review_theme_rules" ADD CONSTRAINT "FK_c9a2c799a6898a9b71c61036ecb" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "review_theme_rules" DROP CONSTRAINT "FK_c9a2c799a6898a9b71c61036ecb"`);
        await queryRunner.query(`ALTER TABLE "online_reviews" DROP CONSTRAINT "FK_8af985e94d330259a23bdb1cedc"`);
        await queryRunner.query(`ALTER TABLE "online_reviews" DROP CONSTRAINT "FK_ed02e457e46a17d61d0329e3bb3"`);
        await queryRunner.query(`ALTER TABLE "patient_feedback_item_mappings" DROP CONSTRAINT "FK_2451a2c9234fe01e63e9f1823c4"`);
        await queryRunner.query(`ALTER TABLE "patient_feedback_responses" DROP CONSTRAINT "FK_b65ff0454b83aa6e65221f65f4f"`);
        await queryRunner.query(`ALTER TABLE "patient_feedback_responses" DROP CONSTRAINT "FK_91608c8abc6bbc80685c4f314cb"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_63e5283e14bd8ed4e80437e47d"`);
        await queryRunner.query(`DROP TABLE "review_theme_rules"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_68ff57424f80b82bcb528de6f9"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4c2618c30d400ccd647d2f4205"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2b76a003b9a169d17688760ecc"`);
        await queryRunner.query(`DROP TABLE "online_reviews"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_db2919c80ff262dacb9d803ff5"`);
        await queryRunner.query(`DROP TABLE "patient_feedback_item_mappings"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_834479a389a2342823185475a2"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a55779614205040d8ff699f831"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_fbb2d20c3a22ed84ef6a81ff38"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_patient_feedback_staff"`);
        await queryRunner.query(`DROP TABLE "patient_feedback_responses"`);
    }

}
