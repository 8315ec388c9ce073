import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1796012353485 implements MigrationInterface {
  name = 'Webhooks1796012353485';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "webhook_subscriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "url" text NOT NULL, "events" text array NOT NULL, "secret_sealed" text NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_bf631ae77d39849d599817fb6f4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3bd497d423a948e77b9492456c" ON "webhook_subscriptions" ("store_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "store_id" uuid NOT NULL, "subscription_id" uuid NOT NULL, "event" text NOT NULL, "payload" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_status_code" integer, "last_error" text, "delivered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_95c2164aeeb56e15fbdb8d73d0" ON "webhook_deliveries" ("subscription_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "webhook_subscriptions" ADD CONSTRAINT "FK_0d2648976ad8e35e3f2a52fcfc7" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_23eb2b6ae801c52cfb79a556b8a" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // outreach.status_changed, from every code path that changes a status: a trigger writes an outbox
    // row (only for stores subscribed to the event) in the changing transaction; the relay turns them
    // into webhook deliveries.
    await queryRunner.query(`CREATE TABLE "outreach_status_changes" ("id" bigserial PRIMARY KEY, "store_id" uuid NOT NULL, "outreach_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`);
    await queryRunner.query(`CREATE FUNCTION "outreach_status_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM webhook_subscriptions s WHERE s.store_id = NEW.store_id AND s.active AND 'outreach.status_changed' = ANY(s.events)) THEN
          INSERT INTO outreach_status_changes (store_id, outreach_id, from_status, to_status) VALUES (NEW.store_id, NEW.id, OLD.status, NEW.status);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "outreach_status_changed" AFTER UPDATE OF "status" ON "influencer_outreach" FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION "outreach_status_changed"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "outreach_status_changed" ON "influencer_outreach"`);
    await queryRunner.query(`DROP FUNCTION "outreach_status_changed"()`);
    await queryRunner.query(`DROP TABLE "outreach_status_changes"`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_23eb2b6ae801c52cfb79a556b8a"`);
    await queryRunner.query(`ALTER TABLE "webhook_subscriptions" DROP CONSTRAINT "FK_0d2648976ad8e35e3f2a52fcfc7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_95c2164aeeb56e15fbdb8d73d0"`);
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3bd497d423a948e77b9492456c"`);
    await queryRunner.query(`DROP TABLE "webhook_subscriptions"`);
  }
}
