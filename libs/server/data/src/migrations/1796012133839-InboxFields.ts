import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InboxFields1796012133839 implements MigrationInterface {
  name = 'InboxFields1796012133839';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reply_corrections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "outreach_id" uuid NOT NULL, "text" text NOT NULL, "predicted_category" text, "predicted_sentiment" text, "category" text NOT NULL, "sentiment" text NOT NULL, "corrected_by" uuid, CONSTRAINT "PK_0abbe910c3984d854cb1da93290" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7ab0b314091f2e5c95691c0377" ON "reply_corrections" ("store_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" ADD "last_reply_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "influencer_outreach" o SET "last_reply_at" = m.at FROM (SELECT outreach_id, max(received_at) AS at FROM "outreach_messages" WHERE direction = 'in' GROUP BY outreach_id) m WHERE o.id = m.outreach_id`);
    await queryRunner.query(`CREATE INDEX "IDX_4e08c3b77e61054c870209f48d" ON "influencer_outreach" ("store_id", "last_reply_at") `);
    await queryRunner.query(`ALTER TABLE "reply_corrections" ADD CONSTRAINT "FK_0725d30da84d32011b43d162cbd" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reply_corrections" DROP CONSTRAINT "FK_0725d30da84d32011b43d162cbd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4e08c3b77e61054c870209f48d"`);
    await queryRunner.query(`ALTER TABLE "influencer_outreach" DROP COLUMN "last_reply_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7ab0b314091f2e5c95691c0377"`);
    await queryRunner.query(`DROP TABLE "reply_corrections"`);
  }
}
