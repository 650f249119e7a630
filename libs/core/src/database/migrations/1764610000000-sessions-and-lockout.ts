import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login security: lockout counters and a disabled flag on users, and sessions with rotating refresh
 * tokens (only their SHA-256 hashes are stored). A session is one login; every refresh token ever
 * issued to it stays listed, so presenting a used one again is recognised as reuse.
 */
export class SessionsAndLockout1764610000000 implements MigrationInterface {
  name = 'SessionsAndLockout1764610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
ALTER TABLE app_user
  ADD COLUMN disabled_at timestamptz,
  ADD COLUMN failed_login_count integer NOT NULL DEFAULT 0 CHECK (failed_login_count >= 0),
  ADD COLUMN first_failed_login_at timestamptz,
  ADD COLUMN locked_until timestamptz;

CREATE TABLE session (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES app_user(id),
  method text NOT NULL CHECK (method IN ('password','oidc')),
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  last_refreshed_at timestamptz,
  revoked_at timestamptz,
  revoked_reason text CHECK (revoked_reason IN ('logout','refresh_reuse','user_disabled','expired')),
  CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
);
CREATE INDEX session_user_idx ON session(user_id) WHERE revoked_at IS NULL;

CREATE TABLE session_refresh_token (
  token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  session_id uuid NOT NULL REFERENCES session(id),
  issued_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX session_refresh_token_session_idx ON session_refresh_token(session_id);
`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
DROP TABLE session_refresh_token; DROP TABLE session;
ALTER TABLE app_user DROP COLUMN disabled_at, DROP COLUMN failed_login_count, DROP COLUMN first_failed_login_at, DROP COLUMN locked_until;`);
  }
}
