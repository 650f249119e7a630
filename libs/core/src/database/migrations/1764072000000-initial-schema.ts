import { MigrationInterface, QueryRunner } from 'typeorm';

/** The core loop's schema: set-up, clients, nominations, vacancies, matches, tenancies, matching runs, outbox, audit. */
export class InitialSchema1764072000000 implements MigrationInterface {
  name = 'InitialSchema1764072000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE region (
  code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{1,31}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  exchange_tolerance integer NOT NULL DEFAULT 2 CHECK (exchange_tolerance >= 0),
  default_max_placements_per_12_months integer CHECK (default_max_placements_per_12_months >= 0),
  default_max_live_tenancies integer CHECK (default_max_live_tenancies >= 0),
  step_deadline_working_days integer NOT NULL DEFAULT 5 CHECK (step_deadline_working_days BETWEEN 1 AND 60),
  matching_cron text NOT NULL DEFAULT '0 6 * * 1-5',
  fit_weights jsonb NOT NULL DEFAULT '{"originMunicipality":10,"preferredMunicipality":5,"rentFit":2,"waitingTime":1}',
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
);

CREATE TABLE municipality (
  code text PRIMARY KEY CHECK (code ~ '^GM[0-9]{4}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  region_code text NOT NULL REFERENCES region(code),
  is_centre boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
);
CREATE INDEX municipality_region_idx ON municipality(region_code);
-- one centrumgemeente per region
CREATE UNIQUE INDEX municipality_one_centre_per_region ON municipality(region_code) WHERE is_centre;

CREATE TABLE neighbourhood (
  code text PRIMARY KEY CHECK (code ~ '^BU[0-9]{8}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  municipality_code text NOT NULL REFERENCES municipality(code),
  max_placements_per_12_months integer CHECK (max_placements_per_12_months >= 0),
  max_live_tenancies integer CHECK (max_live_tenancies >= 0),
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
);
CREATE INDEX neighbourhood_municipality_idx ON neighbourhood(municipality_code);

CREATE TABLE organisation (
  id uuid PRIMARY KEY,
  type text NOT NULL CHECK (type IN ('corporation','care_provider','municipality')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  region_code text NOT NULL REFERENCES region(code),
  municipality_code text REFERENCES municipality(code),
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  CHECK (type <> 'municipality' OR municipality_code IS NOT NULL)
);
CREATE UNIQUE INDEX organisation_one_per_municipality ON organisation(municipality_code) WHERE type = 'municipality';

CREATE TABLE app_user (
  id uuid PRIMARY KEY,
  email text NOT NULL CHECK (email = lower(email)),
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin','corporation','care_provider','municipal_officer','coordinator')),
  organisation_id uuid REFERENCES organisation(id),
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  CHECK (role = 'admin' OR organisation_id IS NOT NULL)
);
CREATE UNIQUE INDEX app_user_email_idx ON app_user(email);

CREATE TABLE client (
  id uuid PRIMARY KEY,
  care_provider_id uuid NOT NULL REFERENCES organisation(id),
  region_code text NOT NULL REFERENCES region(code),
  reference text NOT NULL CHECK (length(reference) BETWEEN 1 AND 100),
  origin_municipality_code text NOT NULL CHECK (origin_municipality_code ~ '^GM[0-9]{4}$' OR origin_municipality_code = 'unknown'),
  birth_year integer NOT NULL CHECK (birth_year BETWEEN 1900 AND 2100),
  household_size integer NOT NULL CHECK (household_size BETWEEN 1 AND 20),
  current_setting text NOT NULL CHECK (current_setting IN ('BW','MO','bemoeizorg','verslavingszorg','GGZ','forensic','youth')),
  sex text CHECK (sex IN ('female','male','other','unknown')),
  legal_framework text CHECK (legal_framework IN ('Wmo','Zvw','Wlz','forensic','Jeugdwet')),
  living_situation text,
  income_band text,
  needs text[] NOT NULL DEFAULT '{}',
  avoid_neighbourhood_codes text[] NOT NULL DEFAULT '{}',
  consent_to_share boolean NOT NULL CHECK (consent_to_share),
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX client_reference_per_provider ON client(care_provider_id, reference);

CREATE TABLE nomination (
  id uuid PRIMARY KEY,
  client_id uuid NOT NULL REFERENCES client(id),
  care_provider_id uuid NOT NULL REFERENCES organisation(id),
  region_code text NOT NULL REFERENCES region(code),
  origin_municipality_code text NOT NULL,
  deciding_municipality_code text NOT NULL REFERENCES municipality(code),
  status text NOT NULL CHECK (status IN ('draft','submitted','rejected','active','matched','housed','withdrawn','expired')),
  woonvariant text NOT NULL,
  min_rooms integer CHECK (min_rooms BETWEEN 1 AND 20),
  max_rent numeric(8,2) CHECK (max_rent > 0),
  preferred_municipality_codes text[] NOT NULL DEFAULT '{}',
  construction text NOT NULL CHECK (construction IN ('regulier','omklap','onder_voorwaarden')),
  support_provider text,
  support_intensity text CHECK (support_intensity IN ('licht','medium','complex','gespecialiseerd')),
  ready_from date,
  priority_class text CHECK (priority_class IN ('urgent','normal')),
  tie_breaker double precision,
  submitted_at timestamptz,
  approved_at timestamptz,
  decided_by uuid REFERENCES app_user(id),
  rejection_reason text,
  withdrawal_reason text,
  origin_exception_reason text,
  origin_exception_municipality_codes text[],
  origin_exception_at timestamptz,
  origin_exception_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status NOT IN ('active','matched','housed') OR (priority_class IS NOT NULL AND approved_at IS NOT NULL AND tie_breaker IS NOT NULL)),
  CHECK ((origin_exception_reason IS NULL) = (origin_exception_municipality_codes IS NULL))
);
-- a client has at most one nomination that is still open
CREATE UNIQUE INDEX nomination_one_open_per_client ON nomination(client_id) WHERE status IN ('draft','submitted','active','matched');
CREATE INDEX nomination_queue_idx ON nomination(region_code, status, priority_class, approved_at, tie_breaker);
CREATE INDEX nomination_care_provider_idx ON nomination(care_provider_id);
CREATE INDEX nomination_deciding_idx ON nomination(deciding_municipality_code);

CREATE TABLE vacancy (
  id uuid PRIMARY KEY,
  corporation_id uuid NOT NULL REFERENCES organisation(id),
  region_code text NOT NULL REFERENCES region(code),
  municipality_code text NOT NULL REFERENCES municipality(code),
  neighbourhood_code text NOT NULL REFERENCES neighbourhood(code),
  address text NOT NULL CHECK (length(address) BETWEEN 1 AND 300),
  woonvariant text NOT NULL,
  rooms integer NOT NULL CHECK (rooms BETWEEN 1 AND 20),
  rent numeric(8,2) NOT NULL CHECK (rent >= 0),
  available_from date NOT NULL,
  accessible boolean NOT NULL DEFAULT false,
  floor integer CHECK (floor BETWEEN -1 AND 200),
  constructions text[] NOT NULL CHECK (cardinality(constructions) > 0 AND constructions <@ ARRAY['regulier','omklap','onder_voorwaarden']),
  status text NOT NULL CHECK (status IN ('open','matched','let','withdrawn')),
  withdrawal_reason text,
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX vacancy_corporation_idx ON vacancy(corporation_id, created_at, id);
CREATE INDEX vacancy_region_status_idx ON vacancy(region_code, status);

CREATE TABLE matching_run (
  id uuid PRIMARY KEY,
  region_code text NOT NULL REFERENCES region(code),
  trigger text NOT NULL,
  trigger_ref text,
  status text NOT NULL CHECK (status IN ('queued','running','done','failed')),
  matcher text,
  proposals integer NOT NULL DEFAULT 0,
  requested_by uuid REFERENCES app_user(id),
  error text,
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  started_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX matching_run_region_idx ON matching_run(region_code, created_at);

CREATE TABLE match (
  id uuid PRIMARY KEY,
  vacancy_id uuid NOT NULL REFERENCES vacancy(id),
  nomination_id uuid NOT NULL REFERENCES nomination(id),
  region_code text NOT NULL REFERENCES region(code),
  -- denormalised for scoping: who may see and act on the match
  corporation_id uuid NOT NULL REFERENCES organisation(id),
  care_provider_id uuid NOT NULL REFERENCES organisation(id),
  destination_municipality_code text NOT NULL REFERENCES municipality(code),
  origin_municipality_code text NOT NULL,
  neighbourhood_code text NOT NULL REFERENCES neighbourhood(code),
  status text NOT NULL CHECK (status IN ('proposed','approved','accepted','client_accepted','housed','declined','expired','cancelled')),
  explanation jsonb NOT NULL,
  matching_run_id uuid REFERENCES matching_run(id),
  step_deadline timestamptz,
  decline_reason_code text,
  decline_note text,
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'declined') = (decline_reason_code IS NOT NULL))
);
-- the invariant of the domain: at most one live match per vacancy and per nomination
CREATE UNIQUE INDEX match_one_live_per_vacancy ON match(vacancy_id) WHERE status IN ('proposed','approved','accepted','client_accepted');
CREATE UNIQUE INDEX match_one_live_per_nomination ON match(nomination_id) WHERE status IN ('proposed','approved','accepted','client_accepted');
CREATE INDEX match_region_status_idx ON match(region_code, status);
CREATE INDEX match_neighbourhood_idx ON match(neighbourhood_code, status);

CREATE TABLE match_event (
  id uuid PRIMARY KEY,
  match_id uuid NOT NULL REFERENCES match(id),
  type text NOT NULL,
  from_status text,
  to_status text NOT NULL,
  actor_user_id uuid REFERENCES app_user(id),
  actor_role text,
  reason_code text,
  note text,
  at timestamptz NOT NULL
);
CREATE INDEX match_event_match_idx ON match_event(match_id, at);

CREATE TABLE tenancy (
  id uuid PRIMARY KEY,
  match_id uuid NOT NULL UNIQUE REFERENCES match(id),
  vacancy_id uuid NOT NULL REFERENCES vacancy(id),
  nomination_id uuid NOT NULL REFERENCES nomination(id),
  client_id uuid NOT NULL REFERENCES client(id),
  corporation_id uuid NOT NULL REFERENCES organisation(id),
  care_provider_id uuid NOT NULL REFERENCES organisation(id),
  region_code text NOT NULL REFERENCES region(code),
  municipality_code text NOT NULL REFERENCES municipality(code),
  origin_municipality_code text NOT NULL,
  neighbourhood_code text NOT NULL REFERENCES neighbourhood(code),
  construction text NOT NULL CHECK (construction IN ('regulier','omklap','onder_voorwaarden')),
  leaseholder text NOT NULL CHECK (leaseholder IN ('client','care_provider')),
  start_date date NOT NULL,
  status text NOT NULL CHECK (status IN ('live','ended')),
  end_date date,
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  CHECK ((status = 'ended') = (end_date IS NOT NULL))
);
CREATE INDEX tenancy_neighbourhood_idx ON tenancy(neighbourhood_code, status, start_date);

CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  queue text NOT NULL,
  job_name text NOT NULL,
  job_id text NOT NULL,
  payload jsonb NOT NULL,
  available_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  dispatched_at timestamptz
);
-- a job id is pending at most once: enqueueing the same job twice is a no-op
CREATE UNIQUE INDEX outbox_pending_job_id ON outbox(job_id) WHERE dispatched_at IS NULL;
CREATE INDEX outbox_pending_idx ON outbox(available_at) WHERE dispatched_at IS NULL;

CREATE TABLE audit_event (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  user_id uuid,
  role text,
  organisation_id uuid,
  action text NOT NULL,
  object_type text NOT NULL,
  object_id text NOT NULL,
  client_id uuid,
  request_id text,
  ip text
);
CREATE INDEX audit_event_client_idx ON audit_event(client_id, at);
-- append-only: the trail cannot be changed or removed
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
DROP TABLE audit_event; DROP FUNCTION audit_event_append_only();
DROP TABLE outbox; DROP TABLE tenancy; DROP TABLE match_event; DROP TABLE match; DROP TABLE matching_run;
DROP TABLE vacancy; DROP TABLE nomination; DROP TABLE client; DROP TABLE app_user; DROP TABLE organisation;
DROP TABLE neighbourhood; DROP TABLE municipality; DROP TABLE region;`);
  }
}
