import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationDigest1796013532195 implements MigrationInterface {
  name = 'NotificationDigest1796013532195';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stores" ADD "notification_digest" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "stores" DROP COLUMN "notification_digest"`);
  }
}
