import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Replies1796010632438 implements MigrationInterface {
  name = 'Replies1796010632438';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "inbound_emails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid, "outreach_id" uuid, "message_id" text, "from_address" text, "to_addresses" text array NOT NULL DEFAULT '{}', "subject" text, "source" text NOT NULL, "status" text NOT NULL DEFAULT 'received', "error" text, "raw" bytea NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_4681d4ed00f370f44de2a1d094c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_2b2ba08b7f8f671f6fd127e4d0" ON "inbound_emails" ("store_id", "status", "received_at") `);
    // One processing per Message-ID and store; mail whose store is unknown shares the all-zero id.
    await queryRunner.query(`CREATE UNIQUE INDEX "inbound_emails_store_message_unique" ON "inbound_emails" (COALESCE("store_id", '00000000-0000-0000-0000-000000000000'), "message_id")`);
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "type" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL DEFAULT '', "outreach_id" uuid, "data" jsonb NOT NULL DEFAULT '{}', "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b732d94863b88586d472ff192a" ON "notifications" ("store_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" ADD "reply_confidence" real`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" ADD "reply_needs_review" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "outreach_messages" ADD "from_address" text`);
    await queryRunner.query(`ALTER TABLE "outreach_messages" ADD "references_header" text`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "FK_892a09437f1c88c2a8741dad6ae" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_892a09437f1c88c2a8741dad6ae"`);
    await queryRunner.query(`ALTER TABLE "outreach_messages" DROP COLUMN "references_header"`);
    await queryRunner.query(`ALTER TABLE "outreach_messages" DROP COLUMN "from_address"`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" DROP COLUMN "reply_needs_review"`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" DROP COLUMN "reply_confidence"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b732d94863b88586d472ff192a"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "inbound_emails_store_message_unique"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2b2ba08b7f8f671f6fd127e4d0"`);
    await queryRunner.query(`DROP TABLE "inbound_emails"`);
  }
}
