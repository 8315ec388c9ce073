import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DmChannels1796041775908 implements MigrationInterface {
  name = 'DmChannels1796041775908';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "channel_connections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "platform" text NOT NULL, "account_id" text NOT NULL, "username" text, "access_token_sealed" text NOT NULL, "status" text NOT NULL DEFAULT 'connected', "status_reason" text, "token_expires_at" TIMESTAMP WITH TIME ZONE, "validated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "polled_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2ae1fe901084592fd4d6795faea" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5949c4fa15d601c49fc423ad18" ON "channel_connections" ("platform", "account_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_fc693d56fbdc27e2178cc7c4df" ON "channel_connections" ("store_id", "platform") `);
    await queryRunner.query(`CREATE TABLE "dm_conversations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "channel" text NOT NULL, "platform_user_id" text NOT NULL, "influencer_id" uuid, "conversation_id" text, "last_inbound_at" TIMESTAMP WITH TIME ZONE, "sent_since_inbound" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_7bdbd625ee8afc40e14ec8bb10e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4cef7d7cfd84d5624b9258dd33" ON "dm_conversations" ("store_id", "influencer_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_52f8b4051700c448a6617a135d" ON "dm_conversations" ("store_id", "channel", "platform_user_id") `);
    await queryRunner.query(`ALTER TABLE "outreach_messages" ADD "assist_reason" text`);
    await queryRunner.query(`CREATE INDEX "IDX_9c05f7796794d01674828b80cf" ON "influencers" ("store_id", "platform", "platform_user_id") `);
    await queryRunner.query(`ALTER TABLE "channel_connections" ADD CONSTRAINT "FK_505191a9b20ed962fcc58692a4f" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dm_conversations" ADD CONSTRAINT "FK_b5ba6673de53e8f92af72023863" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "dm_conversations" ADD CONSTRAINT "FK_d8f34b6557a86d9e37c6077b108" FOREIGN KEY ("influencer_id") REFERENCES "influencers"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dm_conversations" DROP CONSTRAINT "FK_d8f34b6557a86d9e37c6077b108"`);
    await queryRunner.query(`ALTER TABLE "dm_conversations" DROP CONSTRAINT "FK_b5ba6673de53e8f92af72023863"`);
    await queryRunner.query(`ALTER TABLE "channel_connections" DROP CONSTRAINT "FK_505191a9b20ed962fcc58692a4f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9c05f7796794d01674828b80cf"`);
    await queryRunner.query(`ALTER TABLE "outreach_messages" DROP COLUMN "assist_reason"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_52f8b4051700c448a6617a135d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4cef7d7cfd84d5624b9258dd33"`);
    await queryRunner.query(`DROP TABLE "dm_conversations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fc693d56fbdc27e2178cc7c4df"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5949c4fa15d601c49fc423ad18"`);
    await queryRunner.query(`DROP TABLE "channel_connections"`);
  }
}
