import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The regional action plan: actions with an owner (free text), a description, one or more deadlines
 * (a date with a label, as JSON) and a state.
 */
export class ActionPlan1764650000000 implements MigrationInterface {
  name = 'ActionPlan1764650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE action_plan_action (
        id uuid PRIMARY KEY,
        region_code text NOT NULL REFERENCES region(code),
        owner text NOT NULL CHECK (length(owner) BETWEEN 1 AND 200),
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
        deadlines jsonb NOT NULL CHECK (jsonb_typeof(deadlines) = 'array' AND jsonb_array_length(deadlines) BETWEEN 1 AND 20),
        state text NOT NULL CHECK (state IN ('open','ongoing','done')),
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX action_plan_action_region_created ON action_plan_action (region_code, created_at, id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE action_plan_action`);
  }
}
