import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenancy follow-up: evaluation moments, the omklap, time-outs, the end and why, and the tenancy's events. */
export class TenancyFollowUp1764331200000 implements MigrationInterface {
  name = 'TenancyFollowUp1764331200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
ALTER TABLE region
  ADD COLUMN omklap_evaluation_months integer NOT NULL DEFAULT 12 CHECK (omklap_evaluation_months BETWEEN 1 AND 60),
  ADD COLUMN omklap_extension_months integer NOT NULL DEFAULT 12 CHECK (omklap_extension_months BETWEEN 1 AND 60),
  ADD COLUMN conditions_months integer NOT NULL DEFAULT 12 CHECK (conditions_months BETWEEN 1 AND 60);

ALTER TABLE tenancy
  ADD COLUMN next_evaluation_date date,
  ADD COLUMN conditions_end_date date,
  ADD COLUMN converted_on date,
  ADD COLUMN on_time_out boolean NOT NULL DEFAULT false,
  ADD COLUMN expected_return_date date,
  ADD COLUMN end_reason text,
  ADD COLUMN extensions integer NOT NULL DEFAULT 0;

UPDATE tenancy SET next_evaluation_date = (start_date + interval '12 months')::date WHERE construction = 'omklap' AND status = 'live';
UPDATE tenancy SET conditions_end_date = (start_date + interval '12 months')::date WHERE construction = 'onder_voorwaarden' AND status = 'live';

CREATE TABLE tenancy_event (
  id uuid PRIMARY KEY,
  tenancy_id uuid NOT NULL REFERENCES tenancy(id),
  kind text NOT NULL CHECK (kind IN ('evaluation','event')),
  type text NOT NULL,
  date date NOT NULL,
  expected_return_date date,
  note text,
  actor_user_id uuid REFERENCES app_user(id),
  actor_role text,
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  CHECK ((kind = 'evaluation' AND type IN ('convert','extend','end')) OR
         (kind = 'event' AND type IN ('time_out','returned','overlast','aanzegging','huisuitzetting','ended')))
);
CREATE INDEX tenancy_event_tenancy_idx ON tenancy_event(tenancy_id, date, created_at);`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
DROP TABLE tenancy_event;
ALTER TABLE tenancy DROP COLUMN next_evaluation_date, DROP COLUMN conditions_end_date, DROP COLUMN converted_on, DROP COLUMN on_time_out,
  DROP COLUMN expected_return_date, DROP COLUMN end_reason, DROP COLUMN extensions;
ALTER TABLE region DROP COLUMN omklap_evaluation_months, DROP COLUMN omklap_extension_months, DROP COLUMN conditions_months;`);
  }
}
