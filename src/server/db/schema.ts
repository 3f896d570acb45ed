// Kysely table types. Keep in step with migrations/*.sql (docs/data-model.md explains each table).
import type { ColumnType, Generated } from 'kysely';
import type { Role } from '../../shared/roles.js';
import type { AccessibilityFeature, CostKind, EntryKind } from '../../shared/socialmap/model.js';
import type { Schedule } from '../../shared/socialmap/schedule.js';
import type { EntryLocation } from '../../shared/socialmap/schemas.js';
import type { JobName, JobOutcome } from '../../shared/privacy/model.js';
import type { ConsentPurpose, ProcessingWork } from '../../shared/consent.js';
import type {
  ageGroups,
  CoachStatus,
  declineSides,
  EvaluationKind,
  evaluationParticipants,
  endReasons,
  followUpResults,
  intakeOutcomes,
  matchStatuses,
  Signal,
  Situation,
  StepStatus,
  suitabilities,
  supportMeetingKinds,
  TrajectoryStatus,
  WeekPart,
} from '../../shared/coaching/model.js';
import type {
  activityAudiences,
  activityRecurrences,
  cameVia,
  ContributionKind,
  followUpByKinds,
  followUpOutcomes,
  followUpWays,
  GroupSupportType,
  groupEvaluationKinds,
  groupWorkerRoles,
  RouteStatus,
} from '../../shared/groups/model.js';
import type {
  AlterKind,
  Channel,
  Frequency,
  MapKind,
  MapLabel,
  MapModelId,
  Quality,
  Reachability,
  Relationship,
  SectorKind,
  Strategy,
  SupportType,
  TieStatus,
} from '../../shared/network/model.js';
import type { AuditOutcome } from '../platform/audit.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** DATE columns are returned as 'YYYY-MM-DD' strings (see connection.ts) to avoid time-zone shifts. */
type DateString = string;

export interface OrganisationTable {
  id: string;
  name: string;
  network_model: Generated<MapModelId>;
  network_labels: ColumnType<Record<string, string>, string | undefined, string>;
  require_totp: Generated<boolean>;
  idle_timeout_minutes: Generated<number>;
  vog_max_age_months: Generated<number>;
  /** { questions: string[] } or null for Kring's default questions. */
  relationship_questions: ColumnType<{ questions: string[] } | null, string | null | undefined, string | null>;
  interview_questions: ColumnType<{ questions: string[] } | null, string | null | undefined, string | null>;
  /** Kinds of work that rest on another legal basis than consent, and that basis in words. */
  basis_without_consent: Generated<ProcessingWork[]>;
  other_basis_note: string | null;
  /** How people reach the organisation, printed on the map sheet (migration 020). */
  contact: string | null;
  report_threshold: Generated<number>;
  /** After how many months without a check a social map entry is stale (migration 021). */
  social_map_stale_months: Generated<number>;
  share_in_regional_report: Generated<boolean>;
  created_at: Generated<Date>;
  /** Set by the operator: nobody of the organisation can sign in meanwhile. */
  suspended_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** When the operator last exported all its data; deleting needs an export after the last activity. */
  exported_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface TeamTable {
  id: string;
  organisation_id: string;
  name: string;
  created_at: Generated<Date>;
}

export type UserStatus = 'invited' | 'active' | 'deactivated';

export interface UserTable {
  id: string;
  organisation_id: string;
  email: string;
  display_name: string;
  role: Role;
  team_id: string | null;
  password_hash: string | null;
  locale: Generated<'nl' | 'en'>;
  status: Generated<UserStatus>;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  totp_last_step: number | null;
  last_login_at: Date | null;
  created_at: Generated<Date>;
}

export interface RecoveryCodeTable {
  id: string;
  organisation_id: string;
  user_id: string;
  code_hash: string;
  used_at: Date | null;
}

export type SessionStage = 'full' | 'totp' | 'totp_setup';

/** Failed sign-ins per account and address (hashed); a lock holds only for that address (D35). */
/** Sign-in attempts per hashed route and address in the current window (migration 014). */
export interface AuthRateLimitTable {
  key_hash: string;
  window_start: Date;
  attempts: number;
}

export interface LoginFailureTable {
  organisation_id: string;
  user_id: string;
  address: string;
  failures: Generated<number>;
  locked_until: Date | null;
  updated_at: Date;
}

export interface SessionTable {
  id: string;
  organisation_id: string;
  user_id: string;
  token_hash: string;
  csrf_token: string;
  stage: SessionStage;
  created_at: Generated<Date>;
  last_seen_at: Timestamp;
  expires_at: Date;
}

export type TokenPurpose = 'setup' | 'invitation' | 'reset';

export interface OneTimeTokenTable {
  id: string;
  organisation_id: string | null;
  user_id: string | null;
  purpose: TokenPurpose;
  token_hash: string;
  created_by: string | null;
  created_at: Generated<Date>;
  expires_at: Date;
  used_at: Date | null;
}

export interface PersonTable {
  id: string;
  organisation_id: string;
  kind: 'client' | 'participant';
  first_name: string;
  last_name: string;
  sort_key: string;
  year_of_birth: number | null;
  phone: string | null;
  email: string | null;
  neighbourhood: string | null;
  team_id: string | null;
  notes: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
  /** Set when the person was erased (issue 13): the row then holds no name or contact. */
  erased_at: Date | null;
  legal_hold_since: Date | null;
  legal_hold_by: string | null;
}

export interface PersonAssignmentTable {
  organisation_id: string;
  person_id: string;
  user_id: string;
  created_at: Generated<Date>;
}

export interface ConsentTable {
  id: string;
  organisation_id: string;
  person_id: string;
  purpose: ConsentPurpose;
  given_on: DateString;
  recorded_by: string | null;
  recorded_at: Generated<Date>;
  withdrawn_on: DateString | null;
  withdrawn_recorded_by: string | null;
  note: string | null;
  /** The privacy notice version the consent was given under; null before the first notice. */
  notice_version: number | null;
}

export interface PrivacyNoticeTable {
  id: string;
  organisation_id: string;
  version: number;
  body: string;
  published_at: Date;
  published_by: string;
}

/** A place or activity on the social map (migration 021, issue 15). */
export interface SocialMapEntryTable {
  id: string;
  organisation_id: string;
  provider: string;
  name: string;
  kind: EntryKind;
  description: string | null;
  locations: ColumnType<EntryLocation[], string, string>;
  neighbourhoods: string[];
  /** The times as people gave them: { slots, offDates } (shared/socialmap/schedule.ts). */
  schedule: ColumnType<Pick<Schedule, 'slots' | 'offDates'>, string, string>;
  valid_from: DateString | null;
  valid_until: DateString | null;
  week_shape: string[];
  last_day: DateString | null;
  cost_kind: CostKind;
  cost_cents: number | null;
  cost_note: string | null;
  target_groups: string | null;
  conditions: string | null;
  accessibility: AccessibilityFeature[];
  accessibility_note: string | null;
  low_threshold: boolean;
  interests: string[];
  contact_phone: string | null;
  contact_email: string | null;
  website: string | null;
  checked_on: DateString;
  checked_by: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  archived_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  search_text: string;
  search_vector: ColumnType<string | null, never, never>;
}

export interface SocialMapMistakeTable {
  id: string;
  organisation_id: string;
  entry_id: string;
  message: string;
  reported_by: string;
  reported_at: Date;
  resolved_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  resolved_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface AuditLogTable {
  id: Generated<number>;
  organisation_id: string | null;
  at: Generated<Date>;
  user_id: string | null;
  user_role: string | null;
  action: string;
  record_type: string;
  record_id: string | null;
  person_id: string | null;
  outcome: AuditOutcome;
  detail: string | null;
}

export interface NetworkMapTable {
  id: string;
  organisation_id: string;
  person_id: string;
  kind: MapKind;
  label: MapLabel;
  label_note: string | null;
  taken_on: DateString;
  model: MapModelId;
  version: Generated<number>;
  /** Replaced by every change; the server's copy of the map's answer is valid only while it is the same. */
  content_tag: Generated<string>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface NetworkAlterTable {
  id: string;
  organisation_id: string;
  map_id: string;
  key: string;
  position: number;
  name: string;
  kind: AlterKind;
  deceased: boolean;
  // These texts are limited by the zod schema of every write, not by a CHECK in the database.
  relationship: Relationship;
  sector: SectorKind;
  closeness: number;
  channel: Channel;
  frequency: Frequency | null;
  years_known: number | null;
  quality: Quality;
  reachability: Reachability | null;
  status: TieStatus;
  formal: boolean;
  may_be_overburdened: boolean;
  receives: SupportType[];
  gives: SupportType[];
  strategy: Strategy | null;
  note: string | null;
  /** False while a quick-added name waits beside the map (migration 019). */
  placed: boolean;
}

export interface NetworkAlterTieTable {
  organisation_id: string;
  map_id: string;
  a: string;
  b: string;
}

/** jsonb columns hold objects at the top level (never bare arrays, which pg would send as SQL arrays). */
type Json<T> = ColumnType<T, string, string>;

export interface NeighbourhoodTable {
  id: string;
  organisation_id: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
}

export interface CoachTable {
  id: string;
  organisation_id: string;
  user_id: string | null;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  status: CoachStatus;
  availability: WeekPart[];
  max_clients: number;
  neighbourhood: string | null;
  travel_radius_km: number | null;
  languages: string[];
  interests: string[];
  preferred_situations: Situation[];
  course_done_on: DateString | null;
  elearning_done_on: DateString | null;
  vog_on: DateString | null;
  intern: boolean;
  intern_from: DateString | null;
  intern_until: DateString | null;
  note: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface TrajectoryTable {
  id: string;
  organisation_id: string;
  person_id: string;
  status: TrajectoryStatus;
  registered_on: DateString;
  age_group: (typeof ageGroups)[number] | null;
  languages: string[];
  situations: Situation[];
  situation_note: string | null;
  referrer_organisation: string | null;
  referrer_contact: string | null;
  found_via: string | null;
  availability: WeekPart[];
  interests: string[];
  wishes: string | null;
  intake_on: DateString | null;
  intake_points: Json<Record<string, boolean> | null> | null;
  suitability: (typeof suitabilities)[number] | null;
  coordination_note: string | null;
  intake_outcome: (typeof intakeOutcomes)[number] | null;
  intake_note: string | null;
  closed_on: DateString | null;
  end_reason: (typeof endReasons)[number] | null;
  closing_note: string | null;
  follow_up_on: DateString | null;
  follow_up_result: (typeof followUpResults)[number] | null;
  follow_up_note: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
  retention_cleared_at: Date | null;
}

export interface CoachMatchTable {
  id: string;
  organisation_id: string;
  trajectory_id: string;
  coach_id: string;
  status: (typeof matchStatuses)[number];
  proposed_on: DateString;
  proposed_by: string | null;
  score: number | null;
  introduction_on: DateString | null;
  client_confirmed_on: DateString | null;
  client_recorded_by: string | null;
  coach_confirmed_on: DateString | null;
  coach_recorded_by: string | null;
  declined_on: DateString | null;
  declined_by: (typeof declineSides)[number] | null;
  decline_reason: string | null;
  started_on: DateString | null;
  ended_on: DateString | null;
  end_reason: string | null;
  over_capacity_reason: string | null;
  no_introduction_reason: string | null;
  created_at: Generated<Date>;
}

export interface TrajectoryStepTable {
  organisation_id: string;
  trajectory_id: string;
  step: number;
  status: StepStatus;
  worksheet: Json<Record<string, unknown>>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface SessionReportTable {
  id: string;
  organisation_id: string;
  trajectory_id: string;
  match_id: string;
  author_id: string;
  met_on: DateString;
  duration_minutes: number;
  place: string | null;
  steps: number[];
  summary: string;
  agreements: string | null;
  hours: ColumnType<string, number, number>;
  expenses_cents: number;
  signal: Signal | null;
  signal_note: string | null;
  signal_handled_on: DateString | null;
  signal_handled_by: string | null;
  signal_response: string | null;
  created_at: Generated<Date>;
  updated_at: Date | null;
  removed_at: Date | null;
  removed_by: string | null;
  removal_reason: string | null;
}

export const reportChanges = ['corrected', 'removed'] as const;
export type ReportChange = (typeof reportChanges)[number];

/** Every correction and removal of a session report, with the report as it was before. */
export interface SessionReportHistoryTable {
  id: string;
  organisation_id: string;
  report_id: string;
  action: ReportChange;
  previous: Json<Record<string, unknown>>;
  reason: string | null;
  changed_by: string;
  changed_at: Date;
}

export interface CoachEvaluationTable {
  id: string;
  organisation_id: string;
  trajectory_id: string;
  kind: EvaluationKind;
  held_on: DateString;
  present: (typeof evaluationParticipants)[number][];
  subgoals: Json<Record<string, { score: number | null; comment: string | null }>>;
  relationship: Json<{ answers: { question: string; score: number | null }[] }>;
  note: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface CoachSupportMeetingTable {
  id: string;
  organisation_id: string;
  kind: (typeof supportMeetingKinds)[number];
  held_on: DateString;
  notes: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface CoachSupportAttendanceTable {
  organisation_id: string;
  meeting_id: string;
  coach_id: string;
}

export interface SupportGroupTable {
  id: string;
  organisation_id: string;
  name: string;
  location: string | null;
  started_on: DateString;
  phases: Json<
    Record<
      string,
      {
        plannedStart?: string | null;
        plannedEnd?: string | null;
        actualStart?: string | null;
        actualEnd?: string | null;
      }
    >
  >;
  conditions: Json<Record<string, boolean>>;
  target_participants: number;
  activity_hours: ColumnType<string, number, number>;
  available_hours: ColumnType<string, number, number>;
  absence_threshold: number;
  budget_cents: number;
  spent_cents: number;
  own_contribution_cents: number;
  ended_on: DateString | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface GroupWorkerTable {
  organisation_id: string;
  group_id: string;
  user_id: string;
  role: (typeof groupWorkerRoles)[number];
}

export interface GroupParticipantTable {
  id: string;
  organisation_id: string;
  group_id: string;
  person_id: string;
  came_via: (typeof cameVia)[number];
  came_via_note: string | null;
  wishes: string | null;
  talents: string[];
  emergency_contact: string | null;
  status: RouteStatus;
  created_at: Generated<Date>;
  retention_cleared_at: Date | null;
}

export interface ParticipantRouteTable {
  id: string;
  organisation_id: string;
  participant_id: string;
  status: RouteStatus;
  on_date: DateString;
  note: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface GroupActivityTable {
  id: string;
  organisation_id: string;
  group_id: string;
  name: string;
  recurrence: (typeof activityRecurrences)[number];
  audience: (typeof activityAudiences)[number];
  active: Generated<boolean>;
}

export interface GroupSessionTable {
  id: string;
  organisation_id: string;
  group_id: string;
  activity_id: string | null;
  held_on: DateString;
  visitors: number;
  note: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Date | null;
}

export interface SessionAttendanceTable {
  organisation_id: string;
  session_id: string;
  participant_id: string;
  contributions: ContributionKind[];
  contribution_note: string | null;
}

export interface LogbookEntryTable {
  id: string;
  organisation_id: string;
  group_id: string;
  written_on: DateString;
  text: string;
  tags: string[];
  balances: Json<Record<string, number>>;
  author_id: string | null;
  created_at: Generated<Date>;
}

export interface SupportObservationTable {
  id: string;
  organisation_id: string;
  group_id: string;
  entry_id: string | null;
  observed_on: DateString;
  from_participant: string;
  to_participant: string;
  support_type: GroupSupportType;
}

export interface DropoutFollowupTable {
  id: string;
  organisation_id: string;
  group_id: string;
  participant_id: string;
  detected_on: DateString;
  missed_since: DateString;
  how: (typeof followUpWays)[number] | null;
  by_kind: (typeof followUpByKinds)[number] | null;
  by_participant: string | null;
  done_on: DateString | null;
  outcome: (typeof followUpOutcomes)[number] | null;
  note: string | null;
  created_at: Generated<Date>;
}

export interface HouseRulesTable {
  id: string;
  organisation_id: string;
  group_id: string;
  version: number;
  agreed_on: DateString;
  rules: Json<{ rules: string[] }>;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface GroupEvaluationTable {
  id: string;
  organisation_id: string;
  group_id: string;
  kind: (typeof groupEvaluationKinds)[number];
  held_on: DateString;
  subgoals: Json<Record<string, { score: number | null; comment: string | null }>>;
  what_worked: string | null;
  needed_to_continue: string | null;
  created_by: string | null;
}

export interface EvaluationInterviewTable {
  id: string;
  organisation_id: string;
  group_id: string;
  participant_id: string;
  evaluator_id: string;
  planned_on: DateString | null;
  held_on: DateString | null;
  score_now: number | null;
  score_before: number | null;
  answers: Json<{ answers: { question: string; answer: string | null }[] }>;
  report: string | null;
  themes: string[];
  member_check_agreed: boolean | null;
  member_check_on: DateString | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface ErasureRequestTable {
  id: string;
  organisation_id: string;
  person_id: string;
  requested_by: string;
  requested_at: Date;
  due_on: DateString;
  cancelled_at: Date | null;
  cancelled_by: string | null;
  carried_out_at: Date | null;
}

export interface JobRunTable {
  id: string;
  organisation_id: string;
  job: JobName;
  started_at: Date;
  finished_at: Date;
  outcome: JobOutcome;
  handled: number;
}

export interface RetentionPolicyTable {
  id: string;
  organisation_id: string;
  inactive_person_years: number | null;
  closed_trajectory_years: number | null;
  left_participant_years: number | null;
  audit_years: number | null;
  created_at: Date;
  created_by: string;
  approved_at: Date | null;
  approved_by: string | null;
}

export interface DB {
  auth_rate_limits: AuthRateLimitTable;
  organisations: OrganisationTable;
  teams: TeamTable;
  users: UserTable;
  recovery_codes: RecoveryCodeTable;
  sessions: SessionTable;
  login_failures: LoginFailureTable;
  one_time_tokens: OneTimeTokenTable;
  persons: PersonTable;
  person_assignments: PersonAssignmentTable;
  consents: ConsentTable;
  audit_log: AuditLogTable;
  network_maps: NetworkMapTable;
  network_alters: NetworkAlterTable;
  network_alter_ties: NetworkAlterTieTable;
  neighbourhoods: NeighbourhoodTable;
  coaches: CoachTable;
  trajectories: TrajectoryTable;
  coach_matches: CoachMatchTable;
  trajectory_steps: TrajectoryStepTable;
  session_reports: SessionReportTable;
  session_report_history: SessionReportHistoryTable;
  coach_evaluations: CoachEvaluationTable;
  coach_support_meetings: CoachSupportMeetingTable;
  coach_support_attendance: CoachSupportAttendanceTable;
  support_groups: SupportGroupTable;
  group_workers: GroupWorkerTable;
  group_participants: GroupParticipantTable;
  participant_route: ParticipantRouteTable;
  group_activities: GroupActivityTable;
  group_sessions: GroupSessionTable;
  session_attendance: SessionAttendanceTable;
  logbook_entries: LogbookEntryTable;
  support_observations: SupportObservationTable;
  dropout_followups: DropoutFollowupTable;
  house_rules: HouseRulesTable;
  group_evaluations: GroupEvaluationTable;
  evaluation_interviews: EvaluationInterviewTable;
  erasure_requests: ErasureRequestTable;
  job_runs: JobRunTable;
  retention_policies: RetentionPolicyTable;
  privacy_notices: PrivacyNoticeTable;
  social_map_entries: SocialMapEntryTable;
  social_map_mistakes: SocialMapMistakeTable;
}
