import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The consequence of refusing an offer without good reason, per region, and its traces on the
 * nomination: a cool-down end, or the moment its place in the queue was reset (loss of priority).
 */
export class RefusalConsequence1764640000000 implements MigrationInterface {
  name = 'RefusalConsequence1764640000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE region
        ADD COLUMN refusal_consequence text NOT NULL DEFAULT 'cool_down' CHECK (refusal_consequence IN ('none','cool_down','loss_of_priority')),
        ADD COLUMN refusal_cool_down_days int NOT NULL DEFAULT 30 CHECK (refusal_cool_down_days BETWEEN 0 AND 365);
      ALTER TABLE nomination
        ADD COLUMN cool_down_until timestamptz,
        ADD COLUMN queue_since timestamptz;
      ALTER TABLE match ADD COLUMN refusal_consequence jsonb;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE match DROP COLUMN refusal_consequence;
      ALTER TABLE nomination DROP COLUMN queue_since, DROP COLUMN cool_down_until;
      ALTER TABLE region DROP COLUMN refusal_cool_down_days, DROP COLUMN refusal_consequence;
    `);
  }
}
