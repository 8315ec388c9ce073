import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImapMailbox1796003440020 implements MigrationInterface {
  name = 'ImapMailbox1796003440020';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sender_identities" ADD "imap_url_sealed" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sender_identities" DROP COLUMN "imap_url_sealed"`);
  }
}
