-- The map read is made in TypeScript again (decision D33): the stored JSON of each alter
-- (migration 005) bought nothing on PostgreSQL when measured side by side, and every new alter
-- field would have had to be added to it by a migration.
ALTER TABLE network_alters DROP COLUMN as_json;
DROP FUNCTION kring_alter_json(
  uuid, uuid, text, text, boolean, text, text, integer, text, text, integer, text, text, text, boolean, boolean,
  text[], text[], text, text
);

-- A random tag that every change of a map replaces, next to its version. The server's copy of a
-- map's answer (network/body-cache.ts) is valid only while the tag is the same. A version number
-- repeats after a restore or a point-in-time recovery (the map can be at version 7 with other
-- content than the 7 a server saw before); a random tag never does.
ALTER TABLE network_maps ADD COLUMN content_tag uuid NOT NULL DEFAULT gen_random_uuid();
