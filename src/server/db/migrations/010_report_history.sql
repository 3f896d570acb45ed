-- Session reports can be corrected and removed (issue 19): the author for a while, a coordinator
-- always. Nothing is lost: every correction and removal keeps the earlier text in the history, and
-- a removed report stays in the table, marked, so it no longer counts in hours or lists.
ALTER TABLE session_reports
  ADD COLUMN updated_at timestamptz,
  ADD COLUMN removed_at timestamptz,
  ADD COLUMN removed_by uuid REFERENCES users(id),
  ADD COLUMN removal_reason text;

CREATE TABLE session_report_history (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  report_id uuid NOT NULL REFERENCES session_reports(id),
  action text NOT NULL CHECK (action IN ('corrected', 'removed')),
  -- The report as it was before this change (its fields as the API names them).
  previous jsonb NOT NULL,
  reason text,
  changed_by uuid NOT NULL REFERENCES users(id),
  changed_at timestamptz NOT NULL
);
CREATE INDEX session_report_history_report ON session_report_history (report_id, changed_at);

-- Row-level security and the application role's rights, as for every organisation table (migration 003).
SELECT kring_isolate_tenant_table('session_report_history');

-- References stay inside the organisation (migration 008).
ALTER TABLE session_reports ADD CONSTRAINT session_reports_org_id_key UNIQUE (organisation_id, id);
ALTER TABLE session_report_history ADD CONSTRAINT session_report_history_report_same_org
  FOREIGN KEY (organisation_id, report_id) REFERENCES session_reports (organisation_id, id);
ALTER TABLE session_report_history ADD CONSTRAINT session_report_history_changed_by_same_org
  FOREIGN KEY (organisation_id, changed_by) REFERENCES users (organisation_id, id);
ALTER TABLE session_reports ADD CONSTRAINT session_reports_removed_by_same_org
  FOREIGN KEY (organisation_id, removed_by) REFERENCES users (organisation_id, id);
