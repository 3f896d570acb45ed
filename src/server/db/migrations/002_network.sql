-- Network maps (netwerkkaart): per person, snapshots over time and a dream network.

ALTER TABLE organisations ADD COLUMN network_model text NOT NULL DEFAULT 'three_circles'
  CHECK (network_model IN ('three_circles', 'lensink'));
-- The organisation's own names for rings and sectors ("rings.three_circles.personal": "Dichtbij");
-- analysis never looks at them, only at closeness and sector kind.
ALTER TABLE organisations ADD COLUMN network_labels jsonb NOT NULL DEFAULT '{}';

CREATE TABLE network_maps (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  person_id uuid NOT NULL REFERENCES persons(id),
  kind text NOT NULL CHECK (kind IN ('snapshot', 'dream')),
  label text NOT NULL CHECK (label IN ('start', 'mid_term', 'end', 'follow_up', 'other')),
  label_note text,
  taken_on date NOT NULL,
  -- The model is fixed per map, so an old map keeps its rings when the organisation switches.
  model text NOT NULL CHECK (model IN ('three_circles', 'lensink')),
  -- Optimistic concurrency: every change names the version it was made on (no silent overwrites).
  version integer NOT NULL DEFAULT 1,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX network_maps_person ON network_maps (organisation_id, person_id);

CREATE TABLE network_alters (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  map_id uuid NOT NULL REFERENCES network_maps(id) ON DELETE CASCADE,
  key uuid NOT NULL,
  position integer NOT NULL,
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('person', 'group', 'pet')),
  deceased boolean NOT NULL DEFAULT false,
  relationship text NOT NULL,
  sector text NOT NULL,
  closeness integer NOT NULL CHECK (closeness BETWEEN 1 AND 4),
  channel text NOT NULL DEFAULT 'in_person',
  frequency text,
  years_known integer CHECK (years_known BETWEEN 0 AND 120),
  quality text NOT NULL DEFAULT 'supportive',
  reachability text,
  status text NOT NULL DEFAULT 'active',
  formal boolean NOT NULL DEFAULT false,
  may_be_overburdened boolean NOT NULL DEFAULT false,
  receives text[] NOT NULL DEFAULT '{}',
  gives text[] NOT NULL DEFAULT '{}',
  -- The strategy the worker and the person chose (null: none chosen; the analysis suggests one).
  strategy text CHECK (strategy IN ('reanimate', 'activate', 'unblock', 'intensify', 'maintain')),
  note text
);
CREATE INDEX network_alters_map ON network_alters (map_id, position);

CREATE TABLE network_alter_ties (
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  map_id uuid NOT NULL REFERENCES network_maps(id) ON DELETE CASCADE,
  a uuid NOT NULL REFERENCES network_alters(id) ON DELETE CASCADE,
  b uuid NOT NULL REFERENCES network_alters(id) ON DELETE CASCADE,
  PRIMARY KEY (map_id, a, b),
  CHECK (a < b)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['network_maps', 'network_alters', 'network_alter_ties']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY owner_all ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I TO kring_app USING (organisation_id = nullif(current_setting(''app.organisation_id'', true), '''')::uuid) WITH CHECK (organisation_id = nullif(current_setting(''app.organisation_id'', true), '''')::uuid)', t);
  END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON network_maps, network_alters, network_alter_ties TO kring_app;
