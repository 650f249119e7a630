import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A nomination's readiness statement holds for a limited time: the region's validity period in
 * months (0: never expires) and each nomination's end of validity. Nominations approved before this
 * migration keep valid_until NULL (they never expire) until their care provider renews them: the
 * region never told the care providers of a deadline, so none is imposed on them afterwards.
 * The notification table learns the reminder and the expiry of a nomination.
 */
export class NominationValidity1764660000000 implements MigrationInterface {
  name = 'NominationValidity1764660000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE region
        ADD COLUMN nomination_validity_months int NOT NULL DEFAULT 12 CHECK (nomination_validity_months BETWEEN 0 AND 60);
      ALTER TABLE nomination ADD COLUMN valid_until timestamptz;
      CREATE INDEX nomination_valid_until_idx ON nomination (valid_until) WHERE valid_until IS NOT NULL AND status IN ('active','matched');
      ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('tenancy_reminder','tenancy_overdue','match_step','nomination_expiring','nomination_expired'));
      ALTER TABLE notification DROP CONSTRAINT notification_object_type_check;
      ALTER TABLE notification ADD CONSTRAINT notification_object_type_check CHECK (object_type IN ('tenancy','match','nomination'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM notification WHERE object_type = 'nomination' OR kind IN ('nomination_expiring','nomination_expired');
      ALTER TABLE notification DROP CONSTRAINT notification_object_type_check;
      ALTER TABLE notification ADD CONSTRAINT notification_object_type_check CHECK (object_type IN ('tenancy','match'));
      ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
      ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('tenancy_reminder','tenancy_overdue','match_step'));
      DROP INDEX nomination_valid_until_idx;
      ALTER TABLE nomination DROP COLUMN valid_until;
      ALTER TABLE region DROP COLUMN nomination_validity_months;
    `);
  }
}
