import { MigrationInterface, QueryRunner } from 'typeorm';

/** E-mail of notifications: when a notification's mail went out, so a retried mail job sends nothing twice. */
export class NotificationMail1764504000000 implements MigrationInterface {
  name = 'NotificationMail1764504000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification ADD COLUMN mailed_at timestamptz;`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP COLUMN mailed_at;`);
  }
}
