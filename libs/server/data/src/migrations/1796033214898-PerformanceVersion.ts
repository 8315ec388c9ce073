import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * influencer_campaigns.performance_version, moved on by statement-level triggers whenever a contract
 * or delivery of the campaign is written, inserted or deleted: a campaign's performance computed at
 * one version stays true until the next.
 */
export class PerformanceVersion1796033214898 implements MigrationInterface {
  name = 'PerformanceVersion1796033214898';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "influencer_campaigns" ADD "performance_version" bigint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`
      CREATE FUNCTION "bump_performance_version"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE influencer_campaigns c SET performance_version = c.performance_version + 1
         WHERE c.id IN (SELECT DISTINCT campaign_id FROM changed_rows);
        RETURN NULL;
      END $$`);
    for (const table of ['content_deliveries', 'influencer_contracts']) {
      await queryRunner.query(`CREATE TRIGGER "${table}_performance_insert" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_performance_version"()`);
      await queryRunner.query(`CREATE TRIGGER "${table}_performance_update" AFTER UPDATE ON "${table}" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_performance_version"()`);
      await queryRunner.query(`CREATE TRIGGER "${table}_performance_delete" AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION "bump_performance_version"()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['content_deliveries', 'influencer_contracts']) {
      for (const op of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER "${table}_performance_${op}" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "bump_performance_version"()`);
    await queryRunner.query(`ALTER TABLE "influencer_campaigns" DROP COLUMN "performance_version"`);
  }
}
