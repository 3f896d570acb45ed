-- Privacy rights (issue 13): erasure with a grace period, and scheduled jobs whose runs the
-- admin can see.

-- An erased person stays as a row, so that other records that point at them (a group roster,
-- another participant's observations, the funder report's counts) stay whole; the row keeps
-- no name or contact, only this mark.
ALTER TABLE persons ADD COLUMN erased_at timestamptz;

-- A request to erase a person. It waits until due_on (the grace period) and can be cancelled
-- until then; the erasure job carries it out. The row holds no personal data, only references.
CREATE TABLE erasure_requests (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  person_id uuid NOT NULL REFERENCES persons(id),
  requested_by uuid NOT NULL REFERENCES users(id),
  requested_at timestamptz NOT NULL,
  due_on date NOT NULL,
  cancelled_at timestamptz,
  cancelled_by uuid REFERENCES users(id),
  carried_out_at timestamptz,
  CHECK (cancelled_at IS NULL OR carried_out_at IS NULL)
);
-- One open request per person: asking twice does not start a second clock.
CREATE UNIQUE INDEX erasure_requests_one_open ON erasure_requests (person_id)
  WHERE cancelled_at IS NULL AND carried_out_at IS NULL;
CREATE INDEX erasure_requests_due ON erasure_requests (organisation_id, due_on)
  WHERE cancelled_at IS NULL AND carried_out_at IS NULL;
SELECT kring_isolate_tenant_table('erasure_requests');
ALTER TABLE erasure_requests ADD CONSTRAINT erasure_requests_person_same_org
  FOREIGN KEY (organisation_id, person_id) REFERENCES persons (organisation_id, id);
ALTER TABLE erasure_requests ADD CONSTRAINT erasure_requests_requested_by_same_org
  FOREIGN KEY (organisation_id, requested_by) REFERENCES users (organisation_id, id);
ALTER TABLE erasure_requests ADD CONSTRAINT erasure_requests_cancelled_by_same_org
  FOREIGN KEY (organisation_id, cancelled_by) REFERENCES users (organisation_id, id);

-- Each run of a scheduled job for one organisation: when, whether it went well, and how many
-- records it handled. No personal data and no error text (which could quote some).
CREATE TABLE job_runs (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  job text NOT NULL CHECK (job IN ('erasure', 'retention')),
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('ok', 'failed')),
  handled integer NOT NULL
);
CREATE INDEX job_runs_latest ON job_runs (organisation_id, job, started_at DESC);
SELECT kring_isolate_tenant_table('job_runs');
