-- Foundation: organisations (tenants), users, sessions, one-time links, persons, consent, audit.
-- Must run on PostgreSQL 15 (server) and PostgreSQL 18 (PGlite): no virtual generated columns,
-- no uuidv7(). UUIDs are made by the application (crypto.randomUUID).

-- The application role. Requests switch to it with SET LOCAL ROLE so that row-level security
-- applies even when the connecting user is a superuser or the table owner.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kring_app') THEN
    CREATE ROLE kring_app NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- another database in the same cluster created it at the same moment
END
$$;

GRANT kring_app TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO kring_app;

CREATE TABLE organisations (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  require_totp boolean NOT NULL DEFAULT false,
  idle_timeout_minutes integer NOT NULL DEFAULT 30 CHECK (idle_timeout_minutes BETWEEN 5 AND 480),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE teams (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, name)
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  email text NOT NULL,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin','coordinator','social_worker','coach','evaluator','funder_viewer')),
  team_id uuid REFERENCES teams(id),
  password_hash text,
  locale text NOT NULL DEFAULT 'nl' CHECK (locale IN ('nl','en')),
  status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited','active','deactivated')),
  totp_secret text,
  totp_enabled boolean NOT NULL DEFAULT false,
  totp_last_step bigint,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- One e-mail address is one account across the installation, so login needs no organisation picker.
CREATE UNIQUE INDEX users_email_unique ON users (lower(email));
CREATE INDEX users_org ON users (organisation_id);

CREATE TABLE recovery_codes (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid NOT NULL REFERENCES users(id),
  code_hash text NOT NULL,
  used_at timestamptz
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

CREATE TABLE sessions (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid NOT NULL REFERENCES users(id),
  token_hash text NOT NULL UNIQUE,
  csrf_token text NOT NULL,
  -- 'full' may use the product; 'totp' must still give a code; 'totp_setup' must still enable 2FA.
  stage text NOT NULL CHECK (stage IN ('full','totp','totp_setup')),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE one_time_tokens (
  id uuid PRIMARY KEY,
  organisation_id uuid REFERENCES organisations(id),
  user_id uuid REFERENCES users(id),
  purpose text NOT NULL CHECK (purpose IN ('setup','invitation','reset')),
  token_hash text NOT NULL UNIQUE,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

CREATE TABLE persons (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  kind text NOT NULL CHECK (kind IN ('client','participant')),
  first_name text NOT NULL,
  last_name text NOT NULL DEFAULT '',
  -- Diacritic-free, prefix-aware key so that the database orders names the Dutch way even
  -- under collation C (PGlite). Made by src/shared/names.ts.
  sort_key text NOT NULL,
  year_of_birth integer,
  phone text,
  email text,
  neighbourhood text,
  team_id uuid REFERENCES teams(id),
  -- Sensitive free text: shown only on the detail page, never in lists or exports by default.
  notes text,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX persons_org_sort ON persons (organisation_id, sort_key, id);

CREATE TABLE person_assignments (
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  person_id uuid NOT NULL REFERENCES persons(id),
  user_id uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (person_id, user_id)
);
CREATE INDEX person_assignments_user ON person_assignments (user_id);

CREATE TABLE consents (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  person_id uuid NOT NULL REFERENCES persons(id),
  purpose text NOT NULL CHECK (purpose IN ('registration','share_with_referrer','evaluation_research')),
  given_on date NOT NULL,
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_on date,
  withdrawn_recorded_by uuid REFERENCES users(id),
  note text,
  CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
CREATE INDEX consents_person ON consents (person_id);

-- No foreign keys on purpose: the audit log must outlive what it describes (an erased person,
-- a removed user), and a key check per row would make every request lock the organisation row.
CREATE TABLE audit_log (
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  organisation_id uuid,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  user_id uuid,
  user_role text,
  action text NOT NULL,
  record_type text NOT NULL,
  record_id text,
  person_id uuid,
  outcome text NOT NULL CHECK (outcome IN ('ok','denied','failed')),
  detail text
);
CREATE INDEX audit_org_at ON audit_log (organisation_id, at DESC);
CREATE INDEX audit_person ON audit_log (organisation_id, person_id, at DESC);
CREATE INDEX audit_user ON audit_log (organisation_id, user_id, at DESC);

-- The audit log is append-only for everyone, the owner included.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- Row-level security: the application role sees only the organisation of the request.
-- The connecting (owner) role keeps full access for pre-login lookups, migrations and backups.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['organisations','teams','users','recovery_codes','sessions',
                           'one_time_tokens','persons','person_assignments','consents','audit_log']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY owner_all ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I TO kring_app USING (%I = nullif(current_setting(''app.organisation_id'', true), '''')::uuid) WITH CHECK (%I = nullif(current_setting(''app.organisation_id'', true), '''')::uuid)',
      t, CASE WHEN t = 'organisations' THEN 'id' ELSE 'organisation_id' END,
         CASE WHEN t = 'organisations' THEN 'id' ELSE 'organisation_id' END);
  END LOOP;
END
$$;

GRANT SELECT, UPDATE ON organisations TO kring_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON teams, users, recovery_codes, sessions, one_time_tokens,
  persons, person_assignments, consents TO kring_app;
GRANT SELECT, INSERT ON audit_log TO kring_app;
