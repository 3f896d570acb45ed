-- One group session per activity per date (issue 19): saving attendance twice made two sessions.
-- Sessions recorded twice before are merged into the first: its attendance gains whoever was only
-- on the later record, and the later records go (their attendance rows with them).
CREATE TEMPORARY TABLE session_twins ON COMMIT DROP AS
  SELECT id, first_value(id) OVER (
           PARTITION BY group_id, held_on, COALESCE(activity_id, '00000000-0000-0000-0000-000000000000'::uuid)
           ORDER BY created_at, id) AS keep
  FROM group_sessions;
INSERT INTO session_attendance (organisation_id, session_id, participant_id, contributions, contribution_note)
  SELECT a.organisation_id, t.keep, a.participant_id, a.contributions, a.contribution_note
  FROM session_attendance a JOIN session_twins t ON t.id = a.session_id
  WHERE t.id <> t.keep
  ON CONFLICT DO NOTHING;
DELETE FROM group_sessions s USING session_twins t WHERE s.id = t.id AND t.id <> t.keep;

CREATE UNIQUE INDEX group_sessions_one_per_day ON group_sessions
  (group_id, held_on, COALESCE(activity_id, '00000000-0000-0000-0000-000000000000'::uuid));
ALTER TABLE group_sessions ADD COLUMN updated_at timestamptz;
