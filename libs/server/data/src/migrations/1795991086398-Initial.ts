import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795991086398 implements MigrationInterface {
  name = 'Initial1795991086398';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "stores" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "email" text, "support_email" text, "description" text, "niche" text, "website" text, "postal_address" text, "timezone" text NOT NULL DEFAULT 'UTC', "sender_name" text, "tone" text NOT NULL DEFAULT 'friendly', CONSTRAINT "PK_7aa6e7d71fa7acdd7ca43d7c9cb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "email" text NOT NULL, "password_hash" text NOT NULL, "name" text, "role" text NOT NULL DEFAULT 'member', "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "name" text NOT NULL, "prefix" text NOT NULL, "key_hash" text NOT NULL, "created_by_id" uuid NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_57384430aa1959f4578046c9b8" ON "api_keys" ("key_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_996eb439eeff673798c6327f2a" ON "api_keys" ("store_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "influencer_campaigns" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "name" text NOT NULL, "description" text, "objective" text NOT NULL, "budget" numeric(12,2) NOT NULL, "deliverables" jsonb NOT NULL DEFAULT '[]', "start_date" TIMESTAMP WITH TIME ZONE, "end_date" TIMESTAMP WITH TIME ZONE, "target_tiers" text array NOT NULL DEFAULT '{}', "target_niches" text array NOT NULL DEFAULT '{}', "min_engagement" numeric(7,2), "max_rate" numeric(12,2), "status" text NOT NULL DEFAULT 'draft', "follow_up_days" integer array NOT NULL DEFAULT '{3,7,14}', "send_window" jsonb, CONSTRAINT "PK_916da3c669bd254ed2f38387cec" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f8d1d5c4a4f88731ddc8b6c0ca" ON "influencer_campaigns" ("store_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_87adc828a91505762a1bab1a0c" ON "influencer_campaigns" ("store_id", "status") `);
    await queryRunner.query(`CREATE TABLE "influencers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "username" text NOT NULL, "platform" text NOT NULL, "display_name" text, "email" text, "platform_user_id" text, "followers_count" integer NOT NULL, "engagement_rate" numeric(7,2) NOT NULL, "niche" text array NOT NULL DEFAULT '{}', "bio" text, "typical_rate" numeric(12,2), "country" text, "language" text, "timezone" text, CONSTRAINT "PK_a5bbdc11f7898f2a695208b337a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_50762d32d4de1849e262366026" ON "influencers" ("store_id", "followers_count") `);
    await queryRunner.query(`CREATE INDEX "IDX_4ae71cc444de6f5a67a79d8554" ON "influencers" ("store_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "campaign_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "influencer_id" uuid NOT NULL, CONSTRAINT "PK_f12bb68ba9a45b693cc3ca11905" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_26e85aca07e9d51bca4963fbcf" ON "campaign_members" ("influencer_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c9189c7aa9d8a2a4de5d335a3e" ON "campaign_members" ("campaign_id", "influencer_id") `);
    await queryRunner.query(`CREATE TABLE "influencer_contracts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "influencer_id" uuid NOT NULL, "deliverables" jsonb NOT NULL DEFAULT '[]', "compensation" numeric(12,2) NOT NULL, "compensation_type" text NOT NULL, "start_date" TIMESTAMP WITH TIME ZONE NOT NULL, "end_date" TIMESTAMP WITH TIME ZONE NOT NULL, "content_guidelines" text, "must_include" text array NOT NULL DEFAULT '{}', "must_avoid" text array NOT NULL DEFAULT '{}', "exclusivity" boolean NOT NULL DEFAULT false, "usage_rights" text, "contract_url" text, "status" text NOT NULL DEFAULT 'draft', "sent_at" TIMESTAMP WITH TIME ZONE, "signed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c2c6df583745cc55095d48ecca5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_abef2c2bf8b57eb4aebc9884bf" ON "influencer_contracts" ("store_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_33ae60f6dc68c852103ca89376" ON "influencer_contracts" ("influencer_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1363126bbab521aecd67f1343b" ON "influencer_contracts" ("campaign_id", "status") `);
    await queryRunner.query(`CREATE TABLE "content_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "contract_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "influencer_id" uuid NOT NULL, "deliverable_type" text NOT NULL, "platform" text NOT NULL, "due_date" TIMESTAMP WITH TIME ZONE, "content_url" text, "caption" text, "post_date" TIMESTAMP WITH TIME ZONE, "views" integer, "likes" integer, "comments" integer, "shares" integer, "clicks" integer, "status" text NOT NULL DEFAULT 'pending', "rejection_reason" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "approved_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c8b58abbc18ade79122c356f3fe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7b5e9162ae2b3443b1b2e6ff1a" ON "content_deliveries" ("campaign_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_8758d2b556521d399ca2bb3415" ON "content_deliveries" ("contract_id", "status") `);
    await queryRunner.query(`CREATE TABLE "outreach_templates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "name" text NOT NULL, "subject" text, "body" text NOT NULL, "channel" text NOT NULL, "template_type" text NOT NULL, "variables" text array NOT NULL DEFAULT '{}', "is_default" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_f961ed1e13e7657beb8de24ae66" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5b1f6b802099f96e0f7265c15b" ON "outreach_templates" ("store_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_f0022d5ffff51ff24ece43afbf" ON "outreach_templates" ("store_id", "template_type") `);
    await queryRunner.query(`CREATE TABLE "influencer_outreach" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "campaign_id" uuid, "influencer_id" uuid NOT NULL, "template_id" uuid, "channel" text NOT NULL, "subject" text, "message" text NOT NULL, "personalized_data" jsonb, "scheduled_for" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE, "clicked_at" TIMESTAMP WITH TIME ZONE, "replied_at" TIMESTAMP WITH TIME ZONE, "status" text NOT NULL DEFAULT 'draft', "reply_text" text, "reply_category" text, "reply_sentiment" text, "follow_up_count" integer NOT NULL DEFAULT '0', "last_follow_up_at" TIMESTAMP WITH TIME ZONE, "next_follow_up_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_07b3ac08033bb4eb0b792624973" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a0b1956c62eacbe397ffe13e9b" ON "influencer_outreach" ("store_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_21ed3065608eba4d13669ca8e3" ON "influencer_outreach" ("store_id", "sent_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_50612862057922801efe2f2c5d" ON "influencer_outreach" ("influencer_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_33bd8db8d9fe3a16aec242d10b" ON "influencer_outreach" ("campaign_id", "status") `);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_98a52595c9031d60f5c8d280ca4" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD CONSTRAINT "FK_5fda815ecb41c4c37e33f812b40" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD CONSTRAINT "FK_3afd227c6cb003779abe2a88b4e" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "influencer_campaigns" ADD CONSTRAINT "FK_b7771fc261e64f700c9d6a82b2c" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "influencers" ADD CONSTRAINT "FK_11b45256e78d3caa2e6c425f73d" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_members" ADD CONSTRAINT "FK_8b6d060c3f938a00c8e76461f1a" FOREIGN KEY ("campaign_id") REFERENCES "influencer_campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_members" ADD CONSTRAINT "FK_26e85aca07e9d51bca4963fbcf5" FOREIGN KEY ("influencer_id") REFERENCES "influencers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" ADD CONSTRAINT "FK_a368c5c21281dd2f87b3ab9ec61" FOREIGN KEY ("campaign_id") REFERENCES "influencer_campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" ADD CONSTRAINT "FK_33ae60f6dc68c852103ca893764" FOREIGN KEY ("influencer_id") REFERENCES "influencers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "content_deliveries" ADD CONSTRAINT "FK_d58751fe313a66948c3b2f07788" FOREIGN KEY ("contract_id") REFERENCES "influencer_contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "outreach_templates" ADD CONSTRAINT "FK_3132aa03a89050319941cd4711e" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" ADD CONSTRAINT "FK_b51dd293fa68e90d79744b89b43" FOREIGN KEY ("campaign_id") REFERENCES "influencer_campaigns"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" ADD CONSTRAINT "FK_50612862057922801efe2f2c5d0" FOREIGN KEY ("influencer_id") REFERENCES "influencers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" ADD CONSTRAINT "FK_9d259a850d75df8396c6d3044fd" FOREIGN KEY ("template_id") REFERENCES "outreach_templates"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // Expression and GIN indexes TypeORM cannot describe on the entities (marked synchronize: false there).
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email_unique" ON "users" (lower("email"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "influencers_store_platform_username_unique" ON "influencers" ("store_id", "platform", lower("username"))`);
    await queryRunner.query(`CREATE INDEX "influencers_niche_gin" ON "influencers" USING gin ("niche")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "influencers_niche_gin"`);
    await queryRunner.query(`DROP INDEX "influencers_store_platform_username_unique"`);
    await queryRunner.query(`DROP INDEX "users_email_unique"`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" DROP CONSTRAINT "FK_9d259a850d75df8396c6d3044fd"`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" DROP CONSTRAINT "FK_50612862057922801efe2f2c5d0"`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" DROP CONSTRAINT "FK_b51dd293fa68e90d79744b89b43"`);
    await queryRunner.query(`ALTER TABLE "outreach_templates" DROP CONSTRAINT "FK_3132aa03a89050319941cd4711e"`);
    await queryRunner.query(`ALTER TABLE "content_deliveries" DROP CONSTRAINT "FK_d58751fe313a66948c3b2f07788"`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" DROP CONSTRAINT "FK_33ae60f6dc68c852103ca893764"`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" DROP CONSTRAINT "FK_a368c5c21281dd2f87b3ab9ec61"`);
    await queryRunner.query(`ALTER TABLE "campaign_members" DROP CONSTRAINT "FK_26e85aca07e9d51bca4963fbcf5"`);
    await queryRunner.query(`ALTER TABLE "campaign_members" DROP CONSTRAINT "FK_8b6d060c3f938a00c8e76461f1a"`);
    await queryRunner.query(`ALTER TABLE "influencers" DROP CONSTRAINT "FK_11b45256e78d3caa2e6c425f73d"`);
    await queryRunner.query(`ALTER TABLE "influencer_campaigns" DROP CONSTRAINT "FK_b7771fc261e64f700c9d6a82b2c"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "FK_3afd227c6cb003779abe2a88b4e"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "FK_5fda815ecb41c4c37e33f812b40"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_98a52595c9031d60f5c8d280ca4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_33bd8db8d9fe3a16aec242d10b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_50612862057922801efe2f2c5d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_21ed3065608eba4d13669ca8e3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a0b1956c62eacbe397ffe13e9b"`);
    await queryRunner.query(`DROP TABLE "influencer_outreach"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f0022d5ffff51ff24ece43afbf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5b1f6b802099f96e0f7265c15b"`);
    await queryRunner.query(`DROP TABLE "outreach_templates"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8758d2b556521d399ca2bb3415"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7b5e9162ae2b3443b1b2e6ff1a"`);
    await queryRunner.query(`DROP TABLE "content_deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1363126bbab521aecd67f1343b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_33ae60f6dc68c852103ca89376"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_abef2c2bf8b57eb4aebc9884bf"`);
    await queryRunner.query(`DROP TABLE "influencer_contracts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c9189c7aa9d8a2a4de5d335a3e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_26e85aca07e9d51bca4963fbcf"`);
    await queryRunner.query(`DROP TABLE "campaign_members"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4ae71cc444de6f5a67a79d8554"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_50762d32d4de1849e262366026"`);
    await queryRunner.query(`DROP TABLE "influencers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_87adc828a91505762a1bab1a0c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f8d1d5c4a4f88731ddc8b6c0ca"`);
    await queryRunner.query(`DROP TABLE "influencer_campaigns"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_996eb439eeff673798c6327f2a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_57384430aa1959f4578046c9b8"`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "stores"`);
  }
}
