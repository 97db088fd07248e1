import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Observations counted per person and month, kept by a trigger in the same transaction as every
 * insert, update and delete of `observations` (API, cascades, erasure, bulk loads alike), so culture
 * scores read about 10,000 small rows a year per 10,000 people instead of aggregating every
 * observation (issue 8, docs/adr/0012-culture-aggregates.md). The table has no entity: it is read
 * only by `CultureDataService`, in SQL that names the organization.
 */
export class ObservationMonthlyCounts1795747000000 implements MigrationInterface {
  name = 'ObservationMonthlyCounts1795747000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "observation_monthly_counts" (
        "organization_id" uuid NOT NULL REFERENCES "organizations" ("id") ON DELETE CASCADE,
        "staff_member_id" uuid NOT NULL REFERENCES "staff_members" ("id") ON DELETE CASCADE,
        "month" date NOT NULL,
        "recognitions" integer NOT NULL DEFAULT 0,
        "coaching" integer NOT NULL DEFAULT 0,
        PRIMARY KEY ("organization_id", "month", "staff_member_id")
      )
    `);
    // Removing only ever updates an existing row (a cascade may have deleted it already, with the
    // person or the organization); adding inserts or updates it.
    await queryRunner.query(`
      CREATE FUNCTION "observation_monthly_counts_trigger"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE observation_monthly_counts
             SET recognitions = recognitions - (OLD.kind = 'recognition')::int, coaching = coaching - (OLD.kind = 'coaching')::int
           WHERE organization_id = OLD.organization_id AND month = date_trunc('month', OLD.observed_at)::date
             AND staff_member_id = OLD.staff_member_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO observation_monthly_counts AS c (organization_id, staff_member_id, month, recognitions, coaching)
          VALUES (NEW.organization_id, NEW.staff_member_id, date_trunc('month', NEW.observed_at)::date,
                  (NEW.kind = 'recognition')::int, (NEW.kind = 'coaching')::int)
          ON CONFLICT (organization_id, month, staff_member_id) DO UPDATE
            SET recognitions = c.recognitions + EXCLUDED.recognitions, coaching = c.coaching + EXCLUDED.coaching;
        END IF;
        RETURN NULL;
      END
      $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER "observation_monthly_counts"
        AFTER INSERT OR DELETE OR UPDATE OF "organization_id", "staff_member_id", "observed_at", "kind" ON "observations"
        FOR EACH ROW EXECUTE FUNCTION "observation_monthly_counts_trigger"()
    `);
    await queryRunner.query(`
      INSERT INTO "observation_monthly_counts" (organization_id, staff_member_id, month, recognitions, coaching)
      SELECT organization_id, staff_member_id, date_trunc('month', observed_at)::date,
             count(*) FILTER (WHERE kind = 'recognition'), count(*) FILTER (WHERE kind = 'coaching')
        FROM "observations" GROUP BY 1, 2, 3
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "observation_monthly_counts" ON "observations"`);
    await queryRunner.query(`DROP FUNCTION "observation_monthly_counts_trigger"()`);
    await queryRunner.query(`DROP TABLE "observation_monthly_counts"`);
  }
}
