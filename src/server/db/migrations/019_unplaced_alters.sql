-- A name typed in quick-add is not yet placed: the worker and the person choose its ring and
-- sector together afterwards (issue 14). Until then it waits beside the map, and the analysis does
-- not count it, since its ring and sector are only defaults. Every existing alter was placed.
ALTER TABLE network_alters ADD COLUMN placed boolean NOT NULL DEFAULT true;
