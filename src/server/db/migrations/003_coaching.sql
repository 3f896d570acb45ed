-- Coach programme (PRODUCT.md C3): clients' trajectories, the coach pool, matches with mutual
-- confirmation, the ten-step plan, session reports with signals, evaluations, coach support.

-- How old a certificate of conduct (VOG) may be before the coach pool warns.
ALTER TABLE organisations ADD COLUMN vog_max_age_months integer NOT NULL DEFAULT 36 CHECK (vog_max_age_months BETWEEN 1 AND 120);
-- The organisation's own questions about the working relationship (null: Kring's default set).
ALTER TABLE organisations ADD COLUMN relationship_questions jsonb;

-- Neighbourhoods with a centre point, so matching can estimate the distance between a client and
-- a coach. Without coordinates only "same neighbourhood" is known.
CREATE TABLE neighbourhoods (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  UNIQUE (organisation_id, name)
);

CREATE TABLE coaches (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  -- The coach's account; a candidate may not have one yet.
  user_id uuid UNIQUE REFERENCES users(id),
  first_name text NOT NULL,
  last_name text NOT NULL DEFAULT '',
  email text,
  phone text,
  status text NOT NULL DEFAULT 'candidate' CHECK (status IN ('candidate', 'in_training', 'active', 'paused', 'stopped')),
  -- Parts of the week, e.g. 'mon_morning', 'thu_evening' (src/shared/coaching/model.ts).
  availability text[] NOT NULL DEFAULT '{}',
  max_clients integer NOT NULL DEFAULT 1 CHECK (max_clients BETWEEN 0 AND 10),
  neighbourhood text,
  travel_radius_km integer CHECK (travel_radius_km BETWEEN 0 AND 200),
  languages text[] NOT NULL DEFAULT '{}',
  interests text[] NOT NULL DEFAULT '{}',
  -- Situations the coach would like to work with (the coach's stated preference).
  preferred_situations text[] NOT NULL DEFAULT '{}',
  course_done_on date,
  elearning_done_on date,
  vog_on date,
  intern boolean NOT NULL DEFAULT false,
  intern_from date,
  intern_until date,
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (intern_until IS NULL OR intern_from IS NULL OR intern_until >= intern_from)
);
CREATE INDEX coaches_org ON coaches (organisation_id, status);

CREATE TABLE trajectories (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  person_id uuid NOT NULL REFERENCES persons(id),
  -- registered → (intake) waiting | not_started → (match) active → closed
  status text NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'waiting', 'active', 'closed', 'not_started')),
  registered_on date NOT NULL,
  age_group text,
  languages text[] NOT NULL DEFAULT '{}',
  situations text[] NOT NULL DEFAULT '{}',
  situation_note text,
  referrer_organisation text,
  referrer_contact text,
  found_via text,
  availability text[] NOT NULL DEFAULT '{}',
  interests text[] NOT NULL DEFAULT '{}',
  wishes text,
  intake_on date,
  -- The four selection points, each true/false: wish, not_buddy, temporary, available.
  intake_points jsonb,
  suitability text CHECK (suitability IN ('suitable', 'other_help_first', 'alongside_other_help')),
  coordination_note text,
  intake_outcome text CHECK (intake_outcome IN ('accepted', 'referred', 'declined', 'withdrawn')),
  intake_note text,
  closed_on date,
  end_reason text CHECK (end_reason IN ('completed', 'stopped_by_client', 'referred_on', 'other')),
  closing_note text,
  follow_up_on date,
  follow_up_result text CHECK (follow_up_result IN ('lasting', 'partly', 'not_lasting', 'not_reached')),
  follow_up_note text,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (intake_on IS NULL OR intake_on >= registered_on),
  CHECK (follow_up_on IS NULL OR (closed_on IS NOT NULL AND follow_up_on >= closed_on))
);
-- One open trajectory per person at a time.
CREATE UNIQUE INDEX trajectories_one_open ON trajectories (person_id) WHERE status IN ('registered', 'waiting', 'active');
CREATE INDEX trajectories_org ON trajectories (organisation_id, status);

CREATE TABLE coach_matches (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  trajectory_id uuid NOT NULL REFERENCES trajectories(id),
  coach_id uuid NOT NULL REFERENCES coaches(id),
  status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'active', 'declined', 'ended')),
  proposed_on date NOT NULL,
  proposed_by uuid REFERENCES users(id),
  score integer,
  introduction_on date,
  client_confirmed_on date,
  client_recorded_by uuid REFERENCES users(id),
  coach_confirmed_on date,
  coach_recorded_by uuid REFERENCES users(id),
  declined_on date,
  declined_by text CHECK (declined_by IN ('client', 'coach', 'coordinator')),
  decline_reason text,
  started_on date,
  ended_on date,
  end_reason text,
  -- Why the coordinator went beyond the coach's maximum number of clients.
  over_capacity_reason text,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- A client has at most one open proposal or active match: never two coaches at once.
CREATE UNIQUE INDEX coach_matches_one_open ON coach_matches (trajectory_id) WHERE status IN ('proposed', 'active');
CREATE INDEX coach_matches_coach ON coach_matches (coach_id, status);

CREATE TABLE trajectory_steps (
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  trajectory_id uuid NOT NULL REFERENCES trajectories(id),
  step integer NOT NULL CHECK (step BETWEEN 1 AND 10),
  status text NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'done', 'skipped')),
  worksheet jsonb NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1,
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (trajectory_id, step)
);

CREATE TABLE session_reports (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  trajectory_id uuid NOT NULL REFERENCES trajectories(id),
  match_id uuid NOT NULL REFERENCES coach_matches(id),
  author_id uuid NOT NULL REFERENCES users(id),
  met_on date NOT NULL,
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 720),
  place text,
  steps integer[] NOT NULL DEFAULT '{}',
  summary text NOT NULL DEFAULT '',
  agreements text,
  hours numeric(5, 2) NOT NULL DEFAULT 0 CHECK (hours BETWEEN 0 AND 24),
  expenses_cents integer NOT NULL DEFAULT 0 CHECK (expenses_cents BETWEEN 0 AND 100000),
  signal text CHECK (signal IN ('too_complex', 'worried', 'other')),
  signal_note text,
  signal_handled_on date,
  signal_handled_by uuid REFERENCES users(id),
  signal_response text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX session_reports_trajectory ON session_reports (trajectory_id, met_on);
CREATE INDEX session_reports_open_signals ON session_reports (organisation_id) WHERE signal IS NOT NULL AND signal_handled_on IS NULL;

CREATE TABLE coach_evaluations (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  trajectory_id uuid NOT NULL REFERENCES trajectories(id),
  kind text NOT NULL CHECK (kind IN ('mid_term', 'final')),
  held_on date NOT NULL,
  present text[] NOT NULL DEFAULT '{}',
  -- [{ goal: 1..7, score: 1..5 | null, comment }]
  subgoals jsonb NOT NULL,
  -- [{ question, score: 1..5 | null }] — the questions as asked, so later edits of the set do not
  -- change what an old evaluation means.
  relationship jsonb NOT NULL DEFAULT '[]',
  note text,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (trajectory_id, kind)
);

CREATE TABLE coach_support_meetings (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  kind text NOT NULL CHECK (kind IN ('supervision', 'intervision', 'exit')),
  held_on date NOT NULL,
  notes text,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE coach_support_attendance (
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  meeting_id uuid NOT NULL REFERENCES coach_support_meetings(id) ON DELETE CASCADE,
  coach_id uuid NOT NULL REFERENCES coaches(id),
  PRIMARY KEY (meeting_id, coach_id)
);

-- Every table that holds organisation data gets the same two row-level policies (see 002).
CREATE OR REPLACE FUNCTION kring_isolate_tenant_table(t text) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
  EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
  EXECUTE format('CREATE POLICY owner_all ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %I TO kring_app USING (organisation_id = nullif(current_setting(''app.organisation_id'', true), '''')::uuid) WITH CHECK (organisation_id = nullif(current_setting(''app.organisation_id'', true), '''')::uuid)', t);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO kring_app', t);
END
$fn$;

SELECT kring_isolate_tenant_table(t) FROM unnest(ARRAY['neighbourhoods', 'coaches', 'trajectories', 'coach_matches', 'trajectory_steps', 'session_reports', 'coach_evaluations', 'coach_support_meetings', 'coach_support_attendance']) AS t;
