-- A row can only point at a row of its own organisation (issue 18). Until now a user could be
-- given another organisation's team: nothing leaked, but the row pointed across the boundary. For
-- every single-column reference between two tables that both carry organisation_id, a composite
-- foreign key (organisation_id, column) now requires the same organisation. The original keys stay
-- and keep their ON DELETE actions; the new ones are checked at the end of each statement, after
-- those actions have run.
DO $$
DECLARE
  r record;
  parent_key text;
BEGIN
  FOR r IN
    SELECT c.conname, c.conrelid::regclass AS child, c.confrelid::regclass AS parent,
           a.attname AS col, af.attname AS refcol
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]
    WHERE c.contype = 'f'
      AND array_length(c.conkey, 1) = 1
      AND c.connamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
      AND a.attname <> 'organisation_id'
      AND EXISTS (SELECT 1 FROM pg_attribute x
                  WHERE x.attrelid = c.conrelid AND x.attname = 'organisation_id' AND NOT x.attisdropped)
      AND EXISTS (SELECT 1 FROM pg_attribute x
                  WHERE x.attrelid = c.confrelid AND x.attname = 'organisation_id' AND NOT x.attisdropped)
    ORDER BY c.conname
  LOOP
    parent_key := left(r.parent::text || '_org_' || r.refcol || '_key', 63);
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = parent_key AND conrelid = r.parent) THEN
      EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I UNIQUE (organisation_id, %I)', r.parent, parent_key, r.refcol);
    END IF;
    EXECUTE format(
      'ALTER TABLE %s ADD CONSTRAINT %I FOREIGN KEY (organisation_id, %I) REFERENCES %s (organisation_id, %I)',
      r.child, left(r.conname || '_same_org', 63), r.col, r.parent, r.refcol);
  END LOOP;
END
$$;
