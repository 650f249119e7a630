import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * OpenID Connect login per organisation: its identity provider (the client secret encrypted with
 * AES-256-GCM), the pending authorization requests (state, PKCE verifier, nonce) and the one-time
 * codes that hand a finished login to the web application (stored as hashes).
 */
export class OrganisationOidc1764610000001 implements MigrationInterface {
  name = 'OrganisationOidc1764610000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE organisation_oidc (
  organisation_id uuid PRIMARY KEY REFERENCES organisation(id),
  issuer_url text NOT NULL CHECK (issuer_url ~ '^https?://'),
  client_id text NOT NULL CHECK (length(client_id) BETWEEN 1 AND 200),
  client_secret_encrypted text NOT NULL,
  allowed_email_domain text NOT NULL CHECK (allowed_email_domain = lower(allowed_email_domain)),
  updated_at timestamptz NOT NULL
);

CREATE TABLE oidc_login_request (
  state text PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisation(id),
  code_verifier text NOT NULL,
  nonce text NOT NULL,
  redirect_uri text NOT NULL,
  -- SHA-256 of the random value in the browser's short-lived cookie: the callback must come back in the same browser
  browser_binding_hash text NOT NULL CHECK (browser_binding_hash ~ '^[0-9a-f]{64}$'),
  expires_at timestamptz NOT NULL
);

CREATE TABLE oidc_exchange_code (
  code_hash text PRIMARY KEY CHECK (code_hash ~ '^[0-9a-f]{64}$'),
  user_id uuid NOT NULL REFERENCES app_user(id),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE oidc_exchange_code; DROP TABLE oidc_login_request; DROP TABLE organisation_oidc;`);
  }
}
