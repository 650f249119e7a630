import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed logins for e-mail addresses that belong to no user are counted and locked like a user's,
 * keyed by the SHA-256 of the address (the address itself is not stored), so the lockout answer does
 * not tell an existing account from a made-up one.
 */
export class UnknownLoginFailures1764640000001 implements MigrationInterface {
  name = 'UnknownLoginFailures1764640000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE login_failure (
  email_hash text PRIMARY KEY CHECK (email_hash ~ '^[0-9a-f]{64}$'),
  failed_count integer NOT NULL CHECK (failed_count >= 0),
  first_failed_at timestamptz,
  locked_until timestamptz
);`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_failure;`);
  }
}
