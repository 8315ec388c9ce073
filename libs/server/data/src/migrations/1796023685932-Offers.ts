import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Offers1796023685932 implements MigrationInterface {
  name = 'Offers1796023685932';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "budget_reservations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "campaign_id" uuid NOT NULL, "source_type" text NOT NULL, "source_id" uuid NOT NULL, "amount" numeric(12,2) NOT NULL, "released_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_338ece04adbaedea1b64e01994f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f4a91d272770ff6756d3dca954" ON "budget_reservations" ("source_type", "source_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e168e70360fff3e598d5234844" ON "budget_reservations" ("campaign_id") WHERE released_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "outreach_id" uuid NOT NULL, "campaign_id" uuid, "influencer_id" uuid NOT NULL, "amount" numeric(12,2) NOT NULL, "currency" text NOT NULL DEFAULT 'USD', "compensation_type" text NOT NULL, "deliverables" jsonb NOT NULL DEFAULT '[]', "note" text, "from" text NOT NULL, "status" text NOT NULL DEFAULT 'open', "flags" text array NOT NULL DEFAULT '{}', "created_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by" uuid, CONSTRAINT "PK_4c88e956195bba85977da21b8f4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8ebb8097ff7e18908cac626d63" ON "offers" ("outreach_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" ADD "negotiation_state" text`);
    await queryRunner.query(`ALTER TABLE "budget_reservations" ADD CONSTRAINT "FK_cf5a7cc06ba8690afdb25d3ded2" FOREIGN KEY ("campaign_id") REFERENCES "influencer_campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "offers" ADD CONSTRAINT "FK_2e7537ed5063e690d94bd531392" FOREIGN KEY ("outreach_id") REFERENCES "influencer_outreach"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "offers" DROP CONSTRAINT "FK_2e7537ed5063e690d94bd531392"`);
    await queryRunner.query(`ALTER TABLE "budget_reservations" DROP CONSTRAINT "FK_cf5a7cc06ba8690afdb25d3ded2"`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" DROP COLUMN "negotiation_state"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8ebb8097ff7e18908cac626d63"`);
    await queryRunner.query(`DROP TABLE "offers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e168e70360fff3e598d5234844"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f4a91d272770ff6756d3dca954"`);
    await queryRunner.query(`DROP TABLE "budget_reservations"`);
  }
}
