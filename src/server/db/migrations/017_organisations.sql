-- Organisations managed by the operator (issue 13, item 6): a suspended organisation's users
-- cannot sign in; an organisation is deleted only after its data was exported.
ALTER TABLE organisations ADD COLUMN suspended_at timestamptz;
ALTER TABLE organisations ADD COLUMN exported_at timestamptz;
