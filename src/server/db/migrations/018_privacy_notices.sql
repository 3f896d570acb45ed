-- Consent done properly (issue 13, item 4): a versioned privacy notice per organisation, each
-- consent recorded under the version it was given, and a given consent never edited.

CREATE TABLE privacy_notices (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  version integer NOT NULL CHECK (version >= 1),
  body text NOT NULL,
  published_at timestamptz NOT NULL,
  published_by uuid NOT NULL,
  UNIQUE (organisation_id, version)
);
SELECT kring_isolate_tenant_table('privacy_notices');
ALTER TABLE privacy_notices ADD CONSTRAINT privacy_notices_published_by_same_org
  FOREIGN KEY (organisation_id, published_by) REFERENCES users (organisation_id, id);

-- The notice version the person was shown when they gave this consent (null: given before the
-- organisation published one).
ALTER TABLE consents ADD COLUMN notice_version integer;

-- A given consent is never edited, only withdrawn (once) and replaced by a new one. The one other
-- change allowed is an erasure clearing its note (D39).
CREATE FUNCTION consents_refuse_edit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id IS DISTINCT FROM OLD.id
     OR NEW.organisation_id IS DISTINCT FROM OLD.organisation_id
     OR NEW.person_id IS DISTINCT FROM OLD.person_id
     OR NEW.purpose IS DISTINCT FROM OLD.purpose
     OR NEW.given_on IS DISTINCT FROM OLD.given_on
     OR NEW.recorded_by IS DISTINCT FROM OLD.recorded_by
     OR NEW.recorded_at IS DISTINCT FROM OLD.recorded_at
     OR NEW.notice_version IS DISTINCT FROM OLD.notice_version
     OR (NEW.note IS DISTINCT FROM OLD.note AND NEW.note IS NOT NULL)
     OR (OLD.withdrawn_on IS NOT NULL AND (NEW.withdrawn_on IS DISTINCT FROM OLD.withdrawn_on
         OR NEW.withdrawn_recorded_by IS DISTINCT FROM OLD.withdrawn_recorded_by)) THEN
    RAISE EXCEPTION 'a given consent is not edited: withdraw it and record a new one'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER consents_no_edit BEFORE UPDATE ON consents FOR EACH ROW EXECUTE FUNCTION consents_refuse_edit();
