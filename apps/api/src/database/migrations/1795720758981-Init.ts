import { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795720758981 implements MigrationInterface {
    name = 'Init1795720758981'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "actor_user_id" uuid, "action" character varying(60) NOT NULL, "entity_type" character varying(60) NOT NULL, "entity_id" character varying(64) NOT NULL, "before" jsonb, "after" jsonb, "request_id" character varying(100), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_29b7786b58e504f4f044ad8b7e" ON "audit_events"  ("organization_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_d37c49a8e3ea4aab4e2f4b3d19" ON "audit_events"  ("organization_id", "entity_type", "entity_id") `);
        await queryRunner.query(`CREATE TABLE "login_attempts" ("id" BIGSERIAL NOT NULL, "key" character varying(400) NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_070e613c8f768b1a70742705c5b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_0228084fe140aa6e27933c909c" ON "login_attempts"  ("key", "attempted_at") `);
        await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('owner', 'admin', 'hr', 'hiring_manager', 'interviewer', 'leader', 'staff')`);
        await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "name" character varying(200) NOT NULL, "roles" "public"."user_role" array NOT NULL, "password_hash" character varying(255), "active" boolean NOT NULL DEFAULT true, "invitation_token_hash" character varying(64), "invitation_expires_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "users"  ("email") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_556a52f0c931ca82439226bf88" ON "users"  ("invitation_token_hash") WHERE invitation_token_hash IS NOT NULL`);
        await queryRunner.query(`CREATE INDEX "IDX_70a33052f35431f071f2869e7b" ON "users"  ("organization_id", "name") `);
        await queryRunner.query(`CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "replaced_by_id" uuid, CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a7838d2ba25be1342091b6695f" ON "refresh_tokens"  ("token_hash") `);
        await queryRunner.query(`CREATE INDEX "IDX_d5e27da0cd39bc3bb2811fc8ba" ON "refresh_tokens"  ("family_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_18a5dac5f8fe625480b6e2e6bf" ON "refresh_tokens"  ("organization_id", "user_id") `);
        await queryRunner.query(`CREATE TABLE "competencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "key" character varying(60) NOT NULL, "name" character varying(200) NOT NULL, "definition" text NOT NULL, "indicators" jsonb NOT NULL DEFAULT '[]'::jsonb, "position" integer NOT NULL DEFAULT '0', "version" integer NOT NULL, CONSTRAINT "PK_0b29ecda233cc61de0d93527813" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_18b4bdeb8901451315ce488ea5" ON "competencies"  ("organization_id", "key") `);
        await queryRunner.query(`CREATE TABLE "locations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organization_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "code" character varying(20) NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_7cc1c9e3853b94816c094825e74" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_05e1afa2c4dd2e3784200b499b" ON "locations"  ("organization_id", "code") `);
        await queryRunner.query(`ALTER TABLE "audit_events" ADD CONSTRAINT "FK_6510e4bf7423cd3d750e8c2ae81" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_21a659804ed7bf61eb91688dea7" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_78a23ff687c363e19d1e69b1dbd" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "competencies" ADD CONSTRAINT "FK_fe761ba2f5c5cb056759b2c8008" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "locations" ADD CONSTRAINT "FK_e80aa366acb3dbc300e668c3ee2" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "locations" DROP CONSTRAINT "FK_e80aa366acb3dbc300e668c3ee2"`);
        await queryRunner.query(`ALTER TABLE "competencies" DROP CONSTRAINT "FK_fe761ba2f5c5cb056759b2c8008"`);
        await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3ddc983c5f7bcf132fd8732c3f4"`);
        await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_78a23ff687c363e19d1e69b1dbd"`);
        await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_21a659804ed7bf61eb91688dea7"`);
        await queryRunner.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "FK_6510e4bf7423cd3d750e8c2ae81"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_05e1afa2c4dd2e3784200b499b"`);
        await queryRunner.query(`DROP TABLE "locations"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_18b4bdeb8901451315ce488ea5"`);
        await queryRunner.query(`DROP TABLE "competencies"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_18a5dac5f8fe625480b6e2e6bf"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d5e27da0cd39bc3bb2811fc8ba"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a7838d2ba25be1342091b6695f"`);
        await queryRunner.query(`DROP TABLE "refresh_tokens"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_70a33052f35431f071f2869e7b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_556a52f0c931ca82439226bf88"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_97672ac88f789774dd47f7c8be"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP TYPE "public"."user_role"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0228084fe140aa6e27933c909c"`);
        await queryRunner.query(`DROP TABLE "login_attempts"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d37c49a8e3ea4aab4e2f4b3d19"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_29b7786b58e504f4f044ad8b7e"`);
        await queryRunner.query(`DROP TABLE "audit_events"`);
        await queryRunner.query(`DROP TABLE "organizations"`);
    }

}
