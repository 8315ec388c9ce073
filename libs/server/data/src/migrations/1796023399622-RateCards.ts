import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RateCards1796023399622 implements MigrationInterface {
  name = 'RateCards1796023399622';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rate_cards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "platform" text NOT NULL, "tier" text NOT NULL, "deliverable_type" text NOT NULL, "min" numeric(12,2) NOT NULL, "typical" numeric(12,2) NOT NULL, "max" numeric(12,2) NOT NULL, CONSTRAINT "PK_54c4a5c4872b2339d848e5d9eb5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b949350ba814832e1195a72519" ON "rate_cards" ("store_id", "platform", "tier", "deliverable_type") `);
    await queryRunner.query(`ALTER TABLE "rate_cards" ADD CONSTRAINT "FK_cdb269cd1d30be756ecd5e5434c" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_cards" DROP CONSTRAINT "FK_cdb269cd1d30be756ecd5e5434c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b949350ba814832e1195a72519"`);
    await queryRunner.query(`DROP TABLE "rate_cards"`);
  }
}
