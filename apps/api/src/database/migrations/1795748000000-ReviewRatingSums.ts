import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each review assignment carries the sum and count of its ratings, set by a trigger whenever the
 * ratings are written, so culture scores add them up instead of expanding every jsonb rating
 * (docs/adr/0012-culture-aggregates.md). Bulk loads with triggers off write the columns themselves.
 */
export class ReviewRatingSums1795748000000 implements MigrationInterface {
  name = 'ReviewRatingSums1795748000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_assignments" ADD "rating_sum" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "review_assignments" ADD "rating_count" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`
      CREATE FUNCTION "review_rating_sums_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT coalesce(sum((x->>'rating')::int), 0), count(*) INTO NEW.rating_sum, NEW.rating_count
          FROM jsonb_array_elements(coalesce(NEW.ratings, '[]'::jsonb)) x;
        RETURN NEW;
      END
      $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER "review_rating_sums"
        BEFORE INSERT OR UPDATE OF "ratings", "rating_sum", "rating_count" ON "review_assignments"
        FOR EACH ROW EXECUTE FUNCTION "review_rating_sums_trigger"()
    `);
    await queryRunner.query(`UPDATE "review_assignments" SET "ratings" = "ratings"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "review_rating_sums" ON "review_assignments"`);
    await queryRunner.query(`DROP FUNCTION "review_rating_sums_trigger"()`);
    await queryRunner.query(`ALTER TABLE "review_assignments" DROP COLUMN "rating_count"`);
    await queryRunner.query(`ALTER TABLE "review_assignments" DROP COLUMN "rating_sum"`);
  }
}
