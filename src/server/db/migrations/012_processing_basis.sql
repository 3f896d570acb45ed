-- No consent, no casework (issue 19): matching, network maps and session reports need a recorded
-- basis for processing a person's data. That is consent for registration, unless the organisation
-- has recorded another legal basis for that kind of work (some municipal tasks do not rest on
-- consent); which kinds, and the basis in words, are kept here.
ALTER TABLE organisations
  ADD COLUMN basis_without_consent text[] NOT NULL DEFAULT '{}'
    CHECK (basis_without_consent <@ ARRAY['coaching', 'network']::text[]),
  ADD COLUMN other_basis_note text;
