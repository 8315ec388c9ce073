import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AiUsage1795994764944 implements MigrationInterface {
  name = 'AiUsage1795994764944';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "ai_usage" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "store_id" uuid NOT NULL, "day" date NOT NULL, "model" text NOT NULL, "calls" integer NOT NULL DEFAULT '0', "failures" integer NOT NULL DEFAULT '0', "cache_hits" integer NOT NULL DEFAULT '0', "prompt_tokens" bigint NOT NULL DEFAULT '0', "completion_tokens" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_3dddab3a15520a9c3eba859195d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8dbc8450bdf27a77912b815d61" ON "ai_usage" ("store_id", "day", "model") `);
    await queryRunner.query(`ALTER TABLE "ai_usage" ADD CONSTRAINT "FK_8082712907892f456dd4f0b7fd2" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ai_usage" DROP CONSTRAINT "FK_8082712907892f456dd4f0b7fd2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8dbc8450bdf27a77912b815d61"`);
    await queryRunner.query(`DROP TABLE "ai_usage"`);
  }
}
