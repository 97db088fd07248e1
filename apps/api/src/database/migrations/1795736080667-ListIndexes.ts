import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Keyset pagination of every list route (issue 8): one index per list leading with organization_id,
 * then the list's sort keys and id. Where an older index was a prefix of the new one it is dropped
 * (the longer index serves the same queries, and each index costs every insert).
 */

export class ListIndexes1795736080667 implements MigrationInterface {
    name = 'ListIndexes1795736080667'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_70a33052f35431f071f2869e7b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_176d6ccb85cc24efb6d2d10660"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a961c5dd45428bb3b719df055e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_0f49676afcedce6f771bdafcc7"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_53715f54e7abf713bddfa38a47"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_38de5242deb2c55f9601eb55eb"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_21617e757b9da1a38023fea13a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8d163e36f1125f0ce55c957091"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4b75d44cd2021cd9239db38a12" ON "users" ("organization_id", "name", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_eba9fe14bbee54fee6f5763fba" ON "competencies" ("organization_id", "position", "name", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_9037ccf092caf9bf9d2dbaa73a" ON "leadership_goals" (
                "organization_id",
                "due_date",
                "created_at",
                "id"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b52e1a7f7c0a2824cd46f532d8" ON "leadership_goals" (
                "organization_id",
                "owner_id",
                "due_date",
                "created_at",
                "id"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_524973187a377150b7fe908165" ON "candidates" ("organization_id", "name", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8a0ffec2b2e7cd1b671fcda235" ON "locations" ("organization_id", "name", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_98e0f7dcdd0b5fbba7e812a088" ON "openings" ("organization_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a584645c1364df1740004f1bce" ON "applications" ("organization_id", "stage_entered_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_3e788de3d23753455eb408be57" ON "staff_members" ("organization_id", "name", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_50223e5012a7b06fe3187df515" ON "observations" (
                "organization_id",
                "observed_at",
                "created_at",
                "id"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_396a0347188f90de1bfbf9191e" ON "review_cycles" (
                "organization_id",
                "period_end",
                "created_at",
                "id"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a011e13b80b7d3e18912a73e88" ON "review_assignments" (
                "organization_id",
                "rater_user_id",
                "created_at",
                "id"
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d9ba2265afa56d8aacce3ee935" ON "service_metrics" ("organization_id", "period", "metric", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f85cdb05e657f68d1a2ad5ebfd" ON "interview_kit_versions" ("organization_id", "name", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_3c13c50560c6b89c5aa0829b8c" ON "interviews" ("organization_id", "scheduled_at", "id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3c13c50560c6b89c5aa0829b8c"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f85cdb05e657f68d1a2ad5ebfd"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d9ba2265afa56d8aacce3ee935"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a011e13b80b7d3e18912a73e88"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_396a0347188f90de1bfbf9191e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_50223e5012a7b06fe3187df515"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3e788de3d23753455eb408be57"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a584645c1364df1740004f1bce"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_98e0f7dcdd0b5fbba7e812a088"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8a0ffec2b2e7cd1b671fcda235"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_524973187a377150b7fe908165"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b52e1a7f7c0a2824cd46f532d8"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9037ccf092caf9bf9d2dbaa73a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_eba9fe14bbee54fee6f5763fba"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4b75d44cd2021cd9239db38a12"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8d163e36f1125f0ce55c957091" ON "interviews" USING btree ("organization_id", "scheduled_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_21617e757b9da1a38023fea13a" ON "service_metrics" USING btree ("organization_id", "period")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_38de5242deb2c55f9601eb55eb" ON "review_assignments" USING btree ("organization_id", "rater_user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_53715f54e7abf713bddfa38a47" ON "review_cycles" USING btree ("organization_id", "period_end")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_0f49676afcedce6f771bdafcc7" ON "observations" USING btree ("organization_id", "observed_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a961c5dd45428bb3b719df055e" ON "candidates" USING btree ("organization_id", "name")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_176d6ccb85cc24efb6d2d10660" ON "leadership_goals" USING btree ("organization_id", "owner_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_70a33052f35431f071f2869e7b" ON "users" USING btree ("organization_id", "name")
        `);
    }

}
