-- Retention per organisation (issue 13, item 3): rules the admin approves, a legal hold per
-- person, and marks on records whose free text the retention job has already cleared.

-- A person on legal hold is left alone by retention and by erasure until the hold is lifted.
ALTER TABLE persons ADD COLUMN legal_hold_since timestamptz;
ALTER TABLE persons ADD COLUMN legal_hold_by uuid;
ALTER TABLE persons ADD CONSTRAINT persons_legal_hold_by_same_org
  FOREIGN KEY (organisation_id, legal_hold_by) REFERENCES users (organisation_id, id);

-- When retention cleared the free text of a closed trajectory or of a participant who left.
ALTER TABLE trajectories ADD COLUMN retention_cleared_at timestamptz;
ALTER TABLE group_participants ADD COLUMN retention_cleared_at timestamptz;

-- Each version of an organisation's retention rules. The job applies the latest approved one;
-- a newer unapproved one is a draft the admin is previewing. A rule left empty is off.
CREATE TABLE retention_policies (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  inactive_person_years integer CHECK (inactive_person_years BETWEEN 1 AND 30),
  closed_trajectory_years integer CHECK (closed_trajectory_years BETWEEN 1 AND 30),
  left_participant_years integer CHECK (left_participant_years BETWEEN 1 AND 30),
  -- The access log is kept at least five years (D40).
  audit_years integer CHECK (audit_years BETWEEN 5 AND 30),
  created_at timestamptz NOT NULL,
  created_by uuid NOT NULL,
  approved_at timestamptz,
  approved_by uuid
);
CREATE INDEX retention_policies_latest ON retention_policies (organisation_id, created_at DESC);
SELECT kring_isolate_tenant_table('retention_policies');
ALTER TABLE retention_policies ADD CONSTRAINT retention_policies_created_by_same_org
  FOREIGN KEY (organisation_id, created_by) REFERENCES users (organisation_id, id);
ALTER TABLE retention_policies ADD CONSTRAINT retention_policies_approved_by_same_org
  FOREIGN KEY (organisation_id, approved_by) REFERENCES users (organisation_id, id);

-- The access log stays append-only, except that the retention job may remove entries older than
-- the organisation's approved term. It says so for its own transaction (kring.audit_removal);
-- the term itself (at least five years) is checked by the job on Kring's one clock (D40).
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('kring.audit_removal', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
-- Only to remove old entries as above; row-level security keeps it to the job's organisation.
GRANT DELETE ON audit_log TO kring_app;
