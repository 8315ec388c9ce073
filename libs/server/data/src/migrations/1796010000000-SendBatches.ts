import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SendBatches1796010000000 implements MigrationInterface {
  name = 'SendBatches1796010000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outreach_messages" ADD "send_batch" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outreach_messages" DROP COLUMN "send_batch"`);
  }
}
