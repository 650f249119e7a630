import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contingents (homes a corporation agrees to deliver in a municipality in a year) and the frozen
 * month-end monitor (one per region and month, never changed after the freeze).
 */
export class ContingentsAndMonitorSnapshots1764620000000 implements MigrationInterface {
  name = 'ContingentsAndMonitorSnapshots1764620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE contingent (
  id uuid PRIMARY KEY,
  region_code text NOT NULL REFERENCES region(code),
  corporation_id uuid NOT NULL REFERENCES organisation(id),
  municipality_code text NOT NULL REFERENCES municipality(code),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  homes integer NOT NULL CHECK (homes BETWEEN 0 AND 100000),
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  CONSTRAINT contingent_one_per_corporation_municipality_year UNIQUE (corporation_id, municipality_code, year)
);
CREATE INDEX contingent_region_year_idx ON contingent(region_code, year);

CREATE TABLE monitor_snapshot (
  region_code text NOT NULL REFERENCES region(code),
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  figures json NOT NULL, -- json, not jsonb: kept byte for byte, so input_hash can be checked
  input_hash text NOT NULL,
  frozen_at timestamptz NOT NULL,
  PRIMARY KEY (region_code, month)
);
-- frozen means frozen: a snapshot is never changed or removed
CREATE FUNCTION monitor_snapshot_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'monitor_snapshot is frozen'; END $$;
CREATE TRIGGER monitor_snapshot_no_update BEFORE UPDATE OR DELETE ON monitor_snapshot FOR EACH ROW EXECUTE FUNCTION monitor_snapshot_frozen();`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE monitor_snapshot; DROP FUNCTION monitor_snapshot_frozen(); DROP TABLE contingent;`);
  }
}
