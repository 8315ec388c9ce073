import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SenderIdentities1795995711368 implements MigrationInterface {
  name = 'SenderIdentities1795995711368';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sender_identities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "from_name" text NOT NULL, "from_email" text NOT NULL, "reply_domain" text, CONSTRAINT "PK_8056b058dc9dc5922587bb0c277" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1fcc7fa8b73a95505a1e280a62" ON "sender_identities" ("store_id") `);
    await queryRunner.query(`ALTER TABLE "sender_identities" ADD CONSTRAINT "FK_1fcc7fa8b73a95505a1e280a628" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sender_identities" DROP CONSTRAINT "FK_1fcc7fa8b73a95505a1e280a628"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1fcc7fa8b73a95505a1e280a62"`);
    await queryRunner.query(`DROP TABLE "sender_identities"`);
  }
}
