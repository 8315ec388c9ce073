import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EmailOutreach1796000800627 implements MigrationInterface {
  name = 'EmailOutreach1796000800627';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "outreach_bulks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "template_id" uuid NOT NULL, "channel" text NOT NULL, "total" integer NOT NULL, "queued" integer NOT NULL, "skipped" jsonb NOT NULL DEFAULT '[]', "created_by" uuid, CONSTRAINT "PK_dbb04566f0446acf1e5656f8408" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_967b8a6405a2e4e85c6e8b295d" ON "outreach_bulks" ("store_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "outreach_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "store_id" uuid NOT NULL, "outreach_id" uuid NOT NULL, "message_id" uuid, "type" text NOT NULL, "machine" boolean NOT NULL DEFAULT false, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "data" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b0e545944164c9639815daeca4d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ce20c128345bbb3723f4c58322" ON "outreach_events" ("store_id", "type", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_140a1c836866c83297c8cd7ca9" ON "outreach_events" ("outreach_id", "at") `);
    await queryRunner.query(`CREATE TABLE "outreach_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "outreach_id" uuid NOT NULL, "direction" text NOT NULL, "channel" text NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "subject" text, "text" text NOT NULL DEFAULT '', "html" text, "to_address" text, "message_id" text, "in_reply_to" text, "provider_message_id" text, "attempts" integer NOT NULL DEFAULT '0', "claimed_at" TIMESTAMP WITH TIME ZONE, "scheduled_for" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "received_at" TIMESTAMP WITH TIME ZONE, "error" text, CONSTRAINT "PK_4a76743d2cc1d4680ce43b73bc3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0216e275248892bc4606f5595f" ON "outreach_messages" ("provider_message_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_64fa93da4a5df54f529d373f2e" ON "outreach_messages" ("status", "updated_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e80aba3507d675909af860c598" ON "outreach_messages" ("store_id", "message_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6742bcbdda05ed349be3f1eeec" ON "outreach_messages" ("outreach_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" ADD "bulk_id" uuid`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" ADD "to_address" text`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" ADD "status_reason" text`);
    await queryRunner.query(`CREATE INDEX "IDX_65d78b0edf6aaa84a4146a5841" ON "influencer_outreach" ("bulk_id", "status") `);
    await queryRunner.query(`ALTER TABLE "outreach_events" ADD CONSTRAINT "FK_866306111cb9953895df7f30706" FOREIGN KEY ("outreach_id") REFERENCES "influencer_outreach"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "outreach_messages" ADD CONSTRAINT "FK_075c2c4dba9e7a60151fc461915" FOREIGN KEY ("outreach_id") REFERENCES "influencer_outreach"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outreach_messages" DROP CONSTRAINT "FK_075c2c4dba9e7a60151fc461915"`);
    await queryRunner.query(`ALTER TABLE "outreach_events" DROP CONSTRAINT "FK_866306111cb9953895df7f30706"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_65d78b0edf6aaa84a4146a5841"`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" DROP COLUMN "status_reason"`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" DROP COLUMN "to_address"`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" DROP COLUMN "bulk_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6742bcbdda05ed349be3f1eeec"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e80aba3507d675909af860c598"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_64fa93da4a5df54f529d373f2e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0216e275248892bc4606f5595f"`);
    await queryRunner.query(`DROP TABLE "outreach_messages"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_140a1c836866c83297c8cd7ca9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ce20c128345bbb3723f4c58322"`);
    await queryRunner.query(`DROP TABLE "outreach_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_967b8a6405a2e4e85c6e8b295d"`);
    await queryRunner.query(`DROP TABLE "outreach_bulks"`);
  }
}
