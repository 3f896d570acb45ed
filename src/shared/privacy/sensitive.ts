// Free text that may hold special-category details (health, faith, debts, family troubles):
// declared once. The privacy registry marks these columns `sensitive` (registry.test.ts keeps the
// two equal), forms mark their fields on screen, and exports to anyone but the person leave them out.
export const sensitiveFields = [
  'persons.notes',
  'trajectories.wishes',
  'trajectories.situation_note',
  'trajectories.intake_note',
  'trajectories.intake_points',
  'trajectories.coordination_note',
  'trajectories.closing_note',
  'trajectories.follow_up_note',
  'trajectory_steps.worksheet',
  'session_reports.summary',
  'session_reports.agreements',
  'session_reports.signal_note',
  'session_reports.signal_response',
  'session_report_history.previous',
  'coach_evaluations.note',
  'network_alters.note',
  'group_participants.wishes',
  'participant_route.note',
  'dropout_followups.note',
  'evaluation_interviews.report',
] as const;
export type SensitiveField = (typeof sensitiveFields)[number];
