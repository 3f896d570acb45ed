-- Support-net groups (Vangnetwerken, PRODUCT.md C4): the group and its phases, participants and
-- their route, activities and sessions with attendance and contributions, the logbook with mutual
-- support observed, dropout follow-up, house rules, and evaluation (group and individual).

-- The organisation's own open questions for individual evaluation interviews (null: Kring's).
ALTER TABLE organisations ADD COLUMN interview_questions jsonb;

CREATE TABLE support_groups (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
  location text,
  started_on date NOT NULL,
  -- { exploration: { plannedStart, plannedEnd, actualStart, actualEnd }, build_up: …, … }
  phases jsonb NOT NULL DEFAULT '{}',
  -- { hours_secured, hours_agreed, backup_available, location_suitable, continuation }: booleans
  conditions jsonb NOT NULL DEFAULT '{}',
  target_participants integer NOT NULL DEFAULT 15 CHECK (target_participants BETWEEN 1 AND 200),
  activity_hours numeric(4, 2) NOT NULL DEFAULT 2.5 CHECK (activity_hours BETWEEN 0.5 AND 12),
  available_hours numeric(4, 1) NOT NULL DEFAULT 4 CHECK (available_hours BETWEEN 0 AND 80),
  absence_threshold integer NOT NULL DEFAULT 3 CHECK (absence_threshold BETWEEN 1 AND 20),
  budget_cents integer NOT NULL DEFAULT 0 CHECK (budget_cents >= 0),
  spent_cents integer NOT NULL DEFAULT 0 CHECK (spent_cents >= 0),
  own_contribution_cents integer NOT NULL DEFAULT 0 CHECK (own_contribution_cents >= 0),
  ended_on date,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);

CREATE TABLE group_workers (
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  group_id uuid NOT NULL REFERENCES support_groups(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id),
  role text NOT NULL CHECK (role IN ('worker', 'backup')),
  PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_workers_user ON group_workers (user_id);

CREATE TABLE group_participants (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  group_id uuid NOT NULL REFERENCES support_groups(id),
  person_id uuid NOT NULL REFERENCES persons(id),
  came_via text NOT NULL CHECK (came_via IN ('referral', 'met_by_worker', 'invited_by_participant', 'walked_in')),
  came_via_note text,
  wishes text,
  talents text[] NOT NULL DEFAULT '{}',
  emergency_contact text,
  -- The latest route status (the full route is in participant_route).
  status text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (group_id, person_id)
);

CREATE TABLE participant_route (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  participant_id uuid NOT NULL REFERENCES group_participants(id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('invited', 'introduction', 'finding_place', 'structural', 'dropped_out', 'returned', 'referred', 'asked_to_leave')),
  on_date date NOT NULL,
  -- Why someone dropped out, what they were referred to, which alternative help was arranged.
  note text,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX participant_route_participant ON participant_route (participant_id, on_date);

CREATE TABLE group_activities (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  group_id uuid NOT NULL REFERENCES support_groups(id),
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
  recurrence text NOT NULL CHECK (recurrence IN ('weekly', 'one_off')),
  audience text NOT NULL CHECK (audience IN ('group', 'neighbourhood')),
  active boolean NOT NULL DEFAULT true
);

CREATE TABLE group_sessions (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  group_id uuid NOT NULL REFERENCES support_groups(id),
  activity_id uuid REFERENCES group_activities(id),
  held_on date NOT NULL,
  visitors integer NOT NULL DEFAULT 0 CHECK (visitors BETWEEN 0 AND 500),
  note text,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX group_sessions_group ON group_sessions (group_id, held_on);

CREATE TABLE session_attendance (
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  session_id uuid NOT NULL REFERENCES group_sessions(id) ON DELETE CASCADE,
  participant_id uuid NOT NULL REFERENCES group_participants(id),
  -- What the participant did: shopping, cooking, design, hosting, listening, cleaning, other.
  contributions text[] NOT NULL DEFAULT '{}',
  contribution_note text,
  PRIMARY KEY (session_id, participant_id)
);

CREATE TABLE logbook_entries (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  group_id uuid NOT NULL REFERENCES support_groups(id),
  written_on date NOT NULL,
  text text NOT NULL DEFAULT '',
  tags text[] NOT NULL DEFAULT '{}',
  -- { stability_spontaneity: -2..2, safety_challenge: …, initiative_steering: …, letting_intervening: … }
  balances jsonb NOT NULL DEFAULT '{}',
  author_id uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX logbook_group ON logbook_entries (group_id, written_on);

CREATE TABLE support_observations (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  group_id uuid NOT NULL REFERENCES support_groups(id),
  entry_id uuid REFERENCES logbook_entries(id) ON DELETE CASCADE,
  observed_on date NOT NULL,
  from_participant uuid NOT NULL REFERENCES group_participants(id),
  to_participant uuid NOT NULL REFERENCES group_participants(id),
  support_type text NOT NULL CHECK (support_type IN ('emotional', 'practical', 'companionship')),
  CHECK (from_participant <> to_participant)
);
CREATE INDEX support_observations_group ON support_observations (group_id, observed_on);

CREATE TABLE dropout_followups (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  group_id uuid NOT NULL REFERENCES support_groups(id),
  participant_id uuid NOT NULL REFERENCES group_participants(id),
  detected_on date NOT NULL,
  missed_since date NOT NULL,
  how text CHECK (how IN ('call', 'visit')),
  by_kind text CHECK (by_kind IN ('worker', 'participant')),
  by_participant uuid REFERENCES group_participants(id),
  done_on date,
  outcome text CHECK (outcome IN ('coming_back', 'needs_other_help', 'stops', 'not_reached')),
  note text,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- One open follow-up per participant at a time.
CREATE UNIQUE INDEX dropout_followups_open ON dropout_followups (participant_id) WHERE done_on IS NULL;

CREATE TABLE house_rules (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  group_id uuid NOT NULL REFERENCES support_groups(id),
  version integer NOT NULL,
  agreed_on date NOT NULL,
  -- { rules: string[] }
  rules jsonb NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (group_id, version)
);

CREATE TABLE group_evaluations (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  group_id uuid NOT NULL REFERENCES support_groups(id),
  kind text NOT NULL CHECK (kind IN ('year', 'end')),
  held_on date NOT NULL,
  -- { a: { score: 1..5 | null, comment }, …, i: … }
  subgoals jsonb NOT NULL,
  what_worked text,
  needed_to_continue text,
  created_by uuid REFERENCES users(id),
  UNIQUE (group_id, kind)
);

CREATE TABLE evaluation_interviews (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  group_id uuid NOT NULL REFERENCES support_groups(id),
  participant_id uuid NOT NULL REFERENCES group_participants(id),
  evaluator_id uuid NOT NULL REFERENCES users(id),
  planned_on date,
  held_on date,
  -- Participation (Positive Health), retrospective post-then-pre: now and one year ago, 0–10.
  score_now integer CHECK (score_now BETWEEN 0 AND 10),
  score_before integer CHECK (score_before BETWEEN 0 AND 10),
  -- { answers: [{ question, answer }] } with the questions as asked
  answers jsonb NOT NULL DEFAULT '{"answers": []}',
  report text,
  themes text[] NOT NULL DEFAULT '{}',
  member_check_agreed boolean,
  member_check_on date,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX evaluation_interviews_evaluator ON evaluation_interviews (evaluator_id);

SELECT kring_isolate_tenant_table(t) FROM unnest(ARRAY['support_groups', 'group_workers', 'group_participants', 'participant_route', 'group_activities', 'group_sessions', 'session_attendance', 'logbook_entries', 'support_observations', 'dropout_followups', 'house_rules', 'group_evaluations', 'evaluation_interviews']) AS t;
