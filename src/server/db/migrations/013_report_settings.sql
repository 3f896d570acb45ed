-- The funder report (issue 12): the smallest count the organisation publishes. Kring hides any
-- count from 1 up to below it; 5 is the floor, an organisation may only ask for more.
-- share_in_regional_report: the admin's consent to add the organisation's raw counts to a
-- regional report that the installation's operator makes (protected once, over the sum).
ALTER TABLE organisations
  ADD COLUMN report_threshold integer NOT NULL DEFAULT 5 CHECK (report_threshold BETWEEN 5 AND 100),
  ADD COLUMN share_in_regional_report boolean NOT NULL DEFAULT false;
