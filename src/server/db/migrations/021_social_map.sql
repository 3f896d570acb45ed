-- The social map of the neighbourhood (PRODUCT.md C5, issue 15): places and activities where
-- people can meet others, kept by the organisation. Organisation data, not personal data: the
-- contact is the place's own. Times are wall-clock times in Europe/Amsterdam, kept as the rule
-- people gave (schedule); week_shape sums up its weekdays and parts of the day for filtering.

CREATE TABLE social_map_entries (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  provider text NOT NULL,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('activity', 'meeting_place', 'club', 'course', 'volunteering', 'service', 'event')),
  description text,
  locations jsonb NOT NULL DEFAULT '[]',
  -- The neighbourhoods of its locations, folded (lower case, no accents), to filter on.
  neighbourhoods text[] NOT NULL DEFAULT '{}',
  schedule jsonb NOT NULL DEFAULT '{"slots": [], "offDates": []}',
  valid_from date,
  valid_until date CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from),
  week_shape text[] NOT NULL DEFAULT '{}',
  -- The last day it is on (a one-off's date, the end of its period); null while it goes on.
  last_day date,
  cost_kind text NOT NULL CHECK (cost_kind IN ('free', 'amount', 'described')),
  cost_cents integer CHECK (cost_cents IS NULL OR cost_cents > 0),
  cost_note text,
  target_groups text,
  conditions text,
  accessibility text[] NOT NULL DEFAULT '{}',
  accessibility_note text,
  low_threshold boolean NOT NULL DEFAULT false,
  interests text[] NOT NULL DEFAULT '{}',
  contact_phone text,
  contact_email text,
  website text,
  checked_on date NOT NULL,
  checked_by uuid,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  -- Taken off the map (closed, moved away); kept so that what was chosen for someone stays readable.
  archived_at timestamptz,
  -- The entry's words without accents, with the words of its interests (search-text.ts), and the
  -- Dutch stems of them: the same on PGlite and PostgreSQL.
  search_text text NOT NULL DEFAULT '',
  search_vector tsvector GENERATED ALWAYS AS (to_tsvector('dutch', search_text)) STORED
);
SELECT kring_isolate_tenant_table('social_map_entries');
ALTER TABLE social_map_entries ADD CONSTRAINT social_map_entries_created_by_same_org
  FOREIGN KEY (organisation_id, created_by) REFERENCES users (organisation_id, id);
ALTER TABLE social_map_entries ADD CONSTRAINT social_map_entries_checked_by_same_org
  FOREIGN KEY (organisation_id, checked_by) REFERENCES users (organisation_id, id);
ALTER TABLE social_map_entries ADD CONSTRAINT social_map_entries_same_org UNIQUE (organisation_id, id);
CREATE INDEX social_map_entries_search ON social_map_entries USING gin (search_vector);
CREATE INDEX social_map_entries_interests ON social_map_entries USING gin (interests);
CREATE INDEX social_map_entries_checked ON social_map_entries (organisation_id, checked_on) WHERE archived_at IS NULL;

-- "This is not right any more": a mistake someone noticed, for whoever keeps the map.
CREATE TABLE social_map_mistakes (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  entry_id uuid NOT NULL,
  message text NOT NULL,
  reported_by uuid NOT NULL,
  reported_at timestamptz NOT NULL,
  resolved_at timestamptz,
  resolved_by uuid,
  FOREIGN KEY (organisation_id, entry_id) REFERENCES social_map_entries (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, reported_by) REFERENCES users (organisation_id, id),
  FOREIGN KEY (organisation_id, resolved_by) REFERENCES users (organisation_id, id)
);
SELECT kring_isolate_tenant_table('social_map_mistakes');
CREATE INDEX social_map_mistakes_open ON social_map_mistakes (organisation_id, entry_id) WHERE resolved_at IS NULL;

-- After how many months without a check an entry asks "still correct?".
ALTER TABLE organisations
  ADD COLUMN social_map_stale_months integer NOT NULL DEFAULT 6 CHECK (social_map_stale_months BETWEEN 1 AND 36);
