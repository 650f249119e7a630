import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The in-app inbox: one row per user and notification, deduplicated by a key derived from the job or
 * the event that caused it (a retry inserts nothing). Titles and bodies name a client only by the care
 * provider's reference. Also the region's reminder lead time before a tenancy's due dates.
 */
export class Notifications1764417600000 implements MigrationInterface {
  name = 'Notifications1764417600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
ALTER TABLE region
  ADD COLUMN reminder_days_before integer NOT NULL DEFAULT 14 CHECK (reminder_days_before BETWEEN 0 AND 365);

CREATE TABLE notification (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES app_user(id),
  kind text NOT NULL CHECK (kind IN ('tenancy_reminder','tenancy_overdue','match_step')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
  link text,
  object_type text NOT NULL CHECK (object_type IN ('tenancy','match')),
  object_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  read_at timestamptz,
  dedupe_key text NOT NULL UNIQUE
);
CREATE INDEX notification_user_idx ON notification(user_id, created_at DESC, id DESC);
CREATE INDEX notification_unread_idx ON notification(user_id) WHERE read_at IS NULL;`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
DROP TABLE notification;
ALTER TABLE region DROP COLUMN reminder_days_before;`);
  }
}
