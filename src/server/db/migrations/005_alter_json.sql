-- Each alter's JSON, exactly as the map read sends it, kept by PostgreSQL next to the row. Reading
-- a map then joins ready-made texts instead of writing 150 objects field by field on every first
-- opening (0.27 ms instead of 0.98 ms of database time for 150 alters; docs/operations.md). A
-- stored generated column cannot go stale: PostgreSQL recomputes it on every insert and update.
--
-- Generated columns need an IMMUTABLE expression and row_to_json is only STABLE, because some
-- types print differently under different settings (dates, floats). None of these columns is such
-- a type (uuid, text, integer, boolean, text[]), so for them the result depends on the row alone.
CREATE FUNCTION kring_alter_json(
  id uuid, key uuid, name text, kind text, deceased boolean, relationship text, sector text, closeness integer,
  channel text, frequency text, years_known integer, quality text, reachability text, status text, formal boolean,
  may_be_overburdened boolean, receives text[], gives text[], note text, strategy text
) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT row_to_json(x)::text FROM (SELECT id, key, name, kind, deceased, relationship, sector, closeness, channel, frequency,
    years_known AS "yearsKnown", quality, reachability, status, formal, may_be_overburdened AS "mayBeOverburdened",
    receives, gives, note, strategy) x
$$;

ALTER TABLE network_alters ADD COLUMN as_json text GENERATED ALWAYS AS (kring_alter_json(
  id, key, name, kind, deceased, relationship, sector, closeness, channel, frequency, years_known, quality, reachability,
  status, formal, may_be_overburdened, receives, gives, note, strategy
)) STORED;
