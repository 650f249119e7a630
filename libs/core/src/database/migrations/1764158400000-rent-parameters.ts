import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The national rent limits per year (huurtoeslaggrenzen), as dated policy parameters: they change
 * every 1 January and are edited by an admin, never written as literals in code.
 * Seeded with the published limits of 2024 and 2025.
 */
export class RentParameters1764158400000 implements MigrationInterface {
  name = 'RentParameters1764158400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE rent_parameters (
  year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  kwaliteitskortingsgrens numeric(8,2) NOT NULL CHECK (kwaliteitskortingsgrens > 0),
  lower_aftoppingsgrens numeric(8,2) NOT NULL,
  upper_aftoppingsgrens numeric(8,2) NOT NULL,
  liberalisatiegrens numeric(8,2) NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  CHECK (kwaliteitskortingsgrens <= lower_aftoppingsgrens AND lower_aftoppingsgrens <= upper_aftoppingsgrens AND upper_aftoppingsgrens <= liberalisatiegrens)
);
INSERT INTO rent_parameters (year, kwaliteitskortingsgrens, lower_aftoppingsgrens, upper_aftoppingsgrens, liberalisatiegrens) VALUES
  (2024, 454.47, 650.43, 697.07, 879.66),
  (2025, 477.20, 682.96, 731.93, 900.07);`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rent_parameters`);
  }
}
