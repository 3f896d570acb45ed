-- A yes to a proposed match comes after the introduction meeting (issue 19). Where there is none,
-- the coordinator states why; the reason is kept with the match.
ALTER TABLE coach_matches ADD COLUMN no_introduction_reason text;
