import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the matching engine needs around it: limits on smaller units inside a buurt (a street or a
 * complex), each run's input hash, timing and figures, and each nomination's last matching status.
 */
export class EngineWiring1764244800000 implements MigrationInterface {
  name = 'EngineWiring1764244800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE neighbourhood_unit (
  id uuid PRIMARY KEY,
  neighbourhood_code text NOT NULL REFERENCES neighbourhood(code),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  max_placements_per_12_months integer CHECK (max_placements_per_12_months >= 0),
  max_live_tenancies integer CHECK (max_live_tenancies >= 0),
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  UNIQUE (neighbourhood_code, name),
  UNIQUE (id, neighbourhood_code)
);

ALTER TABLE vacancy ADD COLUMN unit_id uuid;
-- a unit lies inside the vacancy's own buurt: limits nest, they never cross
ALTER TABLE vacancy ADD CONSTRAINT vacancy_unit_in_buurt FOREIGN KEY (unit_id, neighbourhood_code) REFERENCES neighbourhood_unit(id, neighbourhood_code);
ALTER TABLE match ADD COLUMN unit_id uuid REFERENCES neighbourhood_unit(id);
ALTER TABLE tenancy ADD COLUMN unit_id uuid REFERENCES neighbourhood_unit(id);

ALTER TABLE matching_run
  ADD COLUMN input_hash text,
  ADD COLUMN duration_ms double precision,
  ADD COLUMN stats jsonb;

ALTER TABLE nomination
  ADD COLUMN matching_status jsonb,
  ADD COLUMN matching_status_run_id uuid REFERENCES matching_run(id),
  ADD COLUMN matching_status_at timestamptz;`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
ALTER TABLE nomination DROP COLUMN matching_status, DROP COLUMN matching_status_run_id, DROP COLUMN matching_status_at;
ALTER TABLE matching_run DROP COLUMN input_hash, DROP COLUMN duration_ms, DROP COLUMN stats;
ALTER TABLE tenancy DROP COLUMN unit_id;
ALTER TABLE match DROP COLUMN unit_id;
ALTER TABLE vacancy DROP CONSTRAINT vacancy_unit_in_buurt, DROP COLUMN unit_id;
DROP TABLE neighbourhood_unit;`);
  }
}
