import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Deliveries1796032718644 implements MigrationInterface {
  name = 'Deliveries1796032718644';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "delivery_metric_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "store_id" uuid NOT NULL, "delivery_id" uuid NOT NULL, "field" text NOT NULL, "old_value" integer, "new_value" integer, "changed_by" uuid, "source" text NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2fe3836652f9cbfed9cdb5caec6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3a91a2912864cdf5cbcdce8c2d" ON "delivery_metric_changes" ("delivery_id", "changed_at") `);
    await queryRunner.query(`ALTER TABLE "content_deliveries" ADD "saves" integer`);
    await queryRunner.query(`ALTER TABLE "content_deliveries" ADD "reach" integer`);
    await queryRunner.query(`ALTER TABLE "content_deliveries" ADD "metrics_source" text`);
    await queryRunner.query(`ALTER TABLE "content_deliveries" ADD "platform_label" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "content_deliveries" ADD "reminded_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "content_deliveries" ADD "overdue_flagged_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "content_deliveries" ADD "brief_check" jsonb`);
    await queryRunner.query(`ALTER TABLE "content_deliveries" ADD "cancelled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "idx_content_deliveries_open_due" ON "content_deliveries" ("due_date") WHERE status IN ('pending', 'submitted', 'approved', 'rejected')`);
    await queryRunner.query(`ALTER TABLE "content_deliveries" ADD CONSTRAINT "FK_a1bb3dd8f8f8b456dbd5afea374" FOREIGN KEY ("influencer_id") REFERENCES "influencers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "content_deliveries" DROP CONSTRAINT "FK_a1bb3dd8f8f8b456dbd5afea374"`);
    await queryRunner.query(`DROP INDEX "public"."idx_content_deliveries_open_due"`);
    await queryRunner.query(`ALTER TABLE "content_deliveries" DROP COLUMN "cancelled_at"`);
    await queryRunner.query(`ALTER TABLE "content_deliveries" DROP COLUMN "brief_check"`);
    await queryRunner.query(`ALTER TABLE "content_deliveries" DROP COLUMN "overdue_flagged_at"`);
    await queryRunner.query(`ALTER TABLE "content_deliveries" DROP COLUMN "reminded_at"`);
    await queryRunner.query(`ALTER TABLE "content_deliveries" DROP COLUMN "platform_label"`);
    await queryRunner.query(`ALTER TABLE "content_deliveries" DROP COLUMN "metrics_source"`);
    await queryRunner.query(`ALTER TABLE "content_deliveries" DROP COLUMN "reach"`);
    await queryRunner.query(`ALTER TABLE "content_deliveries" DROP COLUMN "saves"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3a91a2912864cdf5cbcdce8c2d"`);
    await queryRunner.query(`DROP TABLE "delivery_metric_changes"`);
  }
}
