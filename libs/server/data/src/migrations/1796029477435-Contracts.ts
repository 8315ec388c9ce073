import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Contracts1796029477435 implements MigrationInterface {
  name = 'Contracts1796029477435';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "contract_documents" ("contract_id" uuid NOT NULL, "store_id" uuid NOT NULL, "pdf" bytea NOT NULL, "sha256" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4ec226f2920867e0ee857fb528d" PRIMARY KEY ("contract_id"))`);
    await queryRunner.query(`CREATE TABLE "contract_templates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "name" text NOT NULL, "clauses" jsonb NOT NULL DEFAULT '[]', "is_default" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_59af2fd9eadd293fe10fdb2c702" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_contract_templates_default" ON "contract_templates" ("store_id") WHERE is_default`);
    await queryRunner.query(`CREATE INDEX "IDX_920d496a6fca8027294864101c" ON "contract_templates" ("store_id", "name") `);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" ADD "currency" text NOT NULL DEFAULT 'USD'`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" ADD "offer_id" uuid`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" ADD "template_id" uuid`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" ADD "clauses" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" ADD "signing_nonce" text`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" ADD "signing_expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" ADD "audit" jsonb`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" ADD "cancelled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" ADD "completed_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "influencer_contracts" DROP COLUMN "completed_at"`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" DROP COLUMN "cancelled_at"`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" DROP COLUMN "audit"`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" DROP COLUMN "signing_expires_at"`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" DROP COLUMN "signing_nonce"`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" DROP COLUMN "clauses"`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" DROP COLUMN "template_id"`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" DROP COLUMN "offer_id"`);
    await queryRunner.query(`ALTER TABLE "influencer_contracts" DROP COLUMN "currency"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_920d496a6fca8027294864101c"`);
    await queryRunner.query(`DROP INDEX "public"."uq_contract_templates_default"`);
    await queryRunner.query(`DROP TABLE "contract_templates"`);
    await queryRunner.query(`DROP TABLE "contract_documents"`);
  }
}
