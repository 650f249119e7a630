import { MigrationInterface, QueryRunner } from 'typeorm';

/** A notification's stable code and its values, so a reader words it from the code instead of the English text. */
export class NotificationCodes1764600000000 implements MigrationInterface {
  name = 'NotificationCodes1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification ADD COLUMN code text, ADD COLUMN params jsonb;`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP COLUMN params, DROP COLUMN code;`);
  }
}
