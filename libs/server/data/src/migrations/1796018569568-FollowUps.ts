import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUps1796018569568 implements MigrationInterface {
  name = 'FollowUps1796018569568';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "periodic_job_runs" ("name" text NOT NULL, "last_started_at" TIMESTAMP WITH TIME ZONE, "last_finished_at" TIMESTAMP WITH TIME ZONE, "last_duration_ms" integer, "last_items" integer, "last_error" text, "runs" bigint NOT NULL DEFAULT '0', "failures" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_25e4cd225c2abe19a01db88ed05" PRIMARY KEY ("name"))`);
    await queryRunner.query(`ALTER TABLE "influencer_campaigns" ADD "follow_up_template_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "influencer_campaigns" ADD "follow_up_writer" text NOT NULL DEFAULT 'templates'`);
    await queryRunner.query(`ALTER TABLE "influencer_campaigns" ADD "no_response_after_days" integer NOT NULL DEFAULT '7'`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" ADD "follow_ups_paused_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" ADD "away_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" ADD "engaged_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" ADD "follow_up_planned_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "outreach_messages" ADD "template_id" uuid`);
    await queryRunner.query(`ALTER TABLE "outreach_messages" ADD "follow_up_step" smallint`);
    // Outreach sent before follow-ups existed: what went over three days ago is marked as planned (with
    // nothing planned), so an upgrade does not send a burst of overdue follow-ups; newer outreach is
    // planned by the follow-up sweeper as if it had just been sent.
    await queryRunner.query(`UPDATE "influencer_outreach" SET "follow_up_planned_at" = now() WHERE "sent_at" < now() - interval '3 days'`);
    await queryRunner.query(`CREATE INDEX "IDX_832e342fe0f66d32704b4525fd" ON "influencer_outreach" ("sent_at") WHERE follow_up_planned_at IS NULL AND status IN ('sent', 'opened')`);
    await queryRunner.query(`CREATE INDEX "IDX_e7555b954e128bd54268035587" ON "influencer_outreach" ("next_follow_up_at") WHERE next_follow_up_at IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0f7a4196feca635b828a3141c9" ON "outreach_messages" ("outreach_id", "follow_up_step") WHERE follow_up_step IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_0f7a4196feca635b828a3141c9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e7555b954e128bd54268035587"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_832e342fe0f66d32704b4525fd"`);
    await queryRunner.query(`ALTER TABLE "outreach_messages" DROP COLUMN "follow_up_step"`);
    await queryRunner.query(`ALTER TABLE "outreach_messages" DROP COLUMN "template_id"`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" DROP COLUMN "follow_up_planned_at"`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" DROP COLUMN "engaged_at"`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" DROP COLUMN "away_until"`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" DROP COLUMN "follow_ups_paused_at"`);
    await queryRunner.query(`ALTER TABLE "influencer_campaigns" DROP COLUMN "no_response_after_days"`);
    await queryRunner.query(`ALTER TABLE "influencer_campaigns" DROP COLUMN "follow_up_writer"`);
    await queryRunner.query(`ALTER TABLE "influencer_campaigns" DROP COLUMN "follow_up_template_ids"`);
    await queryRunner.query(`DROP TABLE "periodic_job_runs"`);
  }
}
