import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Suppressions1795996821074 implements MigrationInterface {
  name = 'Suppressions1795996821074';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "suppressions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "email" text NOT NULL, "reason" text NOT NULL, "note" text, CONSTRAINT "PK_77bb19dbc77a4ce0ca8cb743f3b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_61b9aa9685ecde763d17f2d6f1" ON "suppressions" ("store_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "suppressions" ADD CONSTRAINT "FK_44a91dc0ab19555c24fbb60b14b" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE UNIQUE INDEX "suppressions_store_email_unique" ON "suppressions" ("store_id", lower("email"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "suppressions_store_email_unique"`);
    await queryRunner.query(`ALTER TABLE "suppressions" DROP CONSTRAINT "FK_44a91dc0ab19555c24fbb60b14b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_61b9aa9685ecde763d17f2d6f1"`);
    await queryRunner.query(`DROP TABLE "suppressions"`);
  }
}
