import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who entered a candidate. A hiring manager sees the candidates of the openings they manage; the
 * one they just entered has no application yet, and they must still be able to open and apply them
 * (docs/adr/0007-structured-interviews.md, "Hiring managers"). Older candidates stay null: a hiring
 * manager reaches them through an application to one of their openings.
 */
export class CandidateCreatedBy1795761000000 implements MigrationInterface {
  name = 'CandidateCreatedBy1795761000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "candidates" ADD "created_by_id" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "candidates" DROP COLUMN "created_by_id"`);
  }
}
