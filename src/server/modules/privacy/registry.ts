// Where Kring keeps personal data, column by column: the one map that both the access export and
// the erasure follow. registry.test.ts compares it with the migrated schema, so a column added
// later without a decision here fails the tests (issue 13).
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { ExportPart } from '../../../shared/privacy/model.js';

/**
 * What a column holds and what happens to it:
 * - `ref`: an identifier or a reference to another row. In the export (data file), kept.
 * - `fact`: a date, number or choice that the anonymous statistics count (the funder report).
 *   In the export, kept after an erasure.
 * - `erase`: identifying or free text about the person. In the export, cleared on erasure, and
 *   searched for the person's name where it belongs to someone else's record.
 * - `sensitive`: like `erase`, and free text that may hold special-category details (health,
 *   faith, debts). Marked as such; the same on erasure.
 * - `scores`: ratings with a comment each: the scores are kept (statistics), the comments go.
 * - `answers`: interview answers: the questions (the organisation's) stay, the answers go.
 * - `name`: the row's own person's name or contact. Cleared on erasure; in another person's row it
 *   is that person's own, so never searched.
 * - `placeholder`: a name of someone in the person's record (a network member, a referrer):
 *   replaced by the erased placeholder, kept non-empty where a statistic counts whether it was
 *   filled in (a referrer). In others' records it is replaced only where it holds the erased
 *   person's full name, email or phone.
 * - `mention`: free text in a group's or the organisation's own record. Not the person's to
 *   export, but it may name them: on erasure their name is replaced there.
 * - `secret`: a hash, token or key. Never exported.
 * - `staff`: about an employee or volunteer, not about a client or participant.
 * - `setting`: the organisation's configuration; no personal data.
 */
export type Handling =
  | 'ref'
  | 'fact'
  | 'erase'
  | 'sensitive'
  | 'scores'
  | 'answers'
  | 'name'
  | 'placeholder'
  | 'mention'
  | 'secret'
  | 'staff'
  | 'setting';

/** Handlings of free text, searched for the erased person's name in everyone's records. */
export const freeText: readonly Handling[] = ['erase', 'sensitive', 'scores', 'answers', 'mention'];
/** Handlings whose values are cleared in the erased person's own rows. */
export const cleared: readonly Handling[] = ['name', 'erase', 'sensitive', 'scores', 'answers', 'placeholder'];

/** A condition on a table's own columns (unqualified) that picks the rows of one person. */
type Reach = (personId: string) => RawBuilder<SqlBool>;
/** A condition that picks the rows belonging to one of these groups. */
type InGroups = (groupIds: string[]) => RawBuilder<SqlBool>;

export interface TableRule {
  /** The part of the access export these rows appear in; null when no row is a person's own. */
  part: ExportPart | null;
  /** Picks the person's own rows: exported, and cleared on erasure. */
  rows?: Reach;
  /** Picks rows of groups the person took part in: there their first name alone is replaced too. */
  groups?: InGroups;
  columns: Record<string, Handling>;
}

const ofPerson: Reach = (p) => sql<SqlBool>`person_id = ${p}`;
const trajectoriesOf = (p: string) => sql`(SELECT id FROM trajectories WHERE person_id = ${p})`;
const ofTrajectory: Reach = (p) => sql<SqlBool>`trajectory_id IN ${trajectoriesOf(p)}`;
const participantsOf = (p: string) => sql`(SELECT id FROM group_participants WHERE person_id = ${p})`;
const ofParticipant: Reach = (p) => sql<SqlBool>`participant_id IN ${participantsOf(p)}`;
const ofMap: Reach = (p) => sql<SqlBool>`map_id IN (SELECT id FROM network_maps WHERE person_id = ${p})`;
const inGroupColumn: InGroups = (g) => sql<SqlBool>`group_id = ANY(${g}::uuid[])`;
const participantInGroups: InGroups = (g) =>
  sql<SqlBool>`participant_id IN (SELECT id FROM group_participants WHERE group_id = ANY(${g}::uuid[]))`;

const staff = (...names: string[]) => Object.fromEntries(names.map((n) => [n, 'staff' as const]));
/** Columns of the organisation's own records and configuration: no personal data. */
const settings = (...names: string[]) => Object.fromEntries(names.map((n) => [n, 'setting' as const]));

export const registry: Record<string, TableRule> = {
  // —— The person and their own records ——
  persons: {
    part: 'details',
    rows: (p) => sql<SqlBool>`id = ${p}`,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      kind: 'fact',
      first_name: 'name',
      last_name: 'name',
      sort_key: 'name',
      year_of_birth: 'erase',
      phone: 'name',
      email: 'name',
      neighbourhood: 'erase',
      team_id: 'ref',
      notes: 'sensitive',
      created_by: 'ref',
      created_at: 'fact',
      updated_at: 'fact',
      erased_at: 'fact',
      legal_hold_since: 'fact',
      legal_hold_by: 'ref',
    },
  },
  person_assignments: {
    part: 'details',
    rows: ofPerson,
    columns: { organisation_id: 'ref', person_id: 'ref', user_id: 'ref', created_at: 'fact' },
  },
  consents: {
    part: 'consents',
    rows: ofPerson,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      person_id: 'ref',
      purpose: 'fact',
      given_on: 'fact',
      withdrawn_on: 'fact',
      note: 'erase',
      recorded_by: 'ref',
      recorded_at: 'fact',
      withdrawn_recorded_by: 'ref',
      notice_version: 'fact',
    },
  },
  erasure_requests: {
    part: 'details',
    rows: ofPerson,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      person_id: 'ref',
      requested_by: 'ref',
      requested_at: 'fact',
      due_on: 'fact',
      cancelled_at: 'fact',
      cancelled_by: 'ref',
      carried_out_at: 'fact',
    },
  },

  // —— The coach programme ——
  trajectories: {
    part: 'coaching',
    rows: ofPerson,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      person_id: 'ref',
      status: 'fact',
      registered_on: 'fact',
      // A referrer's name is replaced, not removed: the report counts who was referred (issue 12).
      referrer_organisation: 'placeholder',
      referrer_contact: 'erase',
      found_via: 'erase',
      age_group: 'fact',
      languages: 'erase',
      situations: 'fact',
      availability: 'fact',
      interests: 'erase',
      wishes: 'sensitive',
      situation_note: 'sensitive',
      intake_on: 'fact',
      intake_note: 'sensitive',
      intake_points: 'sensitive',
      intake_outcome: 'fact',
      suitability: 'fact',
      coordination_note: 'sensitive',
      closed_on: 'fact',
      end_reason: 'fact',
      closing_note: 'sensitive',
      follow_up_on: 'fact',
      follow_up_result: 'fact',
      follow_up_note: 'sensitive',
      created_by: 'ref',
      created_at: 'fact',
      updated_at: 'fact',
      retention_cleared_at: 'fact',
    },
  },
  trajectory_steps: {
    part: 'coaching',
    rows: ofTrajectory,
    columns: {
      organisation_id: 'ref',
      trajectory_id: 'ref',
      step: 'fact',
      status: 'fact',
      worksheet: 'sensitive',
      version: 'fact',
      updated_by: 'ref',
      updated_at: 'fact',
    },
  },
  coach_matches: {
    part: 'coaching',
    rows: ofTrajectory,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      trajectory_id: 'ref',
      coach_id: 'ref',
      status: 'fact',
      score: 'fact',
      proposed_by: 'ref',
      proposed_on: 'fact',
      over_capacity_reason: 'erase',
      client_confirmed_on: 'fact',
      client_recorded_by: 'ref',
      coach_confirmed_on: 'fact',
      coach_recorded_by: 'ref',
      declined_on: 'fact',
      declined_by: 'fact',
      decline_reason: 'erase',
      introduction_on: 'fact',
      no_introduction_reason: 'erase',
      started_on: 'fact',
      ended_on: 'fact',
      end_reason: 'erase',
      created_at: 'fact',
    },
  },
  session_reports: {
    part: 'coaching',
    rows: ofTrajectory,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      trajectory_id: 'ref',
      match_id: 'ref',
      author_id: 'ref',
      met_on: 'fact',
      duration_minutes: 'fact',
      hours: 'fact',
      expenses_cents: 'fact',
      place: 'erase',
      summary: 'sensitive',
      agreements: 'sensitive',
      steps: 'fact',
      signal: 'fact',
      signal_note: 'sensitive',
      signal_response: 'sensitive',
      signal_handled_by: 'ref',
      signal_handled_on: 'fact',
      removed_at: 'fact',
      removed_by: 'ref',
      removal_reason: 'erase',
      created_at: 'fact',
      updated_at: 'fact',
    },
  },
  session_report_history: {
    part: 'coaching',
    rows: (p) =>
      sql<SqlBool>`report_id IN (SELECT id FROM session_reports WHERE trajectory_id IN ${trajectoriesOf(p)})`,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      report_id: 'ref',
      action: 'fact',
      previous: 'sensitive',
      reason: 'erase',
      changed_by: 'ref',
      changed_at: 'fact',
    },
  },
  coach_evaluations: {
    part: 'coaching',
    rows: ofTrajectory,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      trajectory_id: 'ref',
      kind: 'fact',
      held_on: 'fact',
      present: 'fact',
      subgoals: 'scores',
      // The questions are the organisation's, the scores statistics: nothing here names anyone.
      relationship: 'fact',
      note: 'sensitive',
      created_by: 'ref',
      created_at: 'fact',
    },
  },

  // —— Network maps the person owns (the names in them are of the person's network) ——
  network_maps: {
    part: 'network',
    rows: ofPerson,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      person_id: 'ref',
      kind: 'fact',
      label: 'fact',
      label_note: 'erase',
      model: 'fact',
      taken_on: 'fact',
      version: 'fact',
      content_tag: 'ref',
      created_by: 'ref',
      created_at: 'fact',
      updated_at: 'fact',
    },
  },
  network_alters: {
    part: 'network',
    rows: ofMap,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      map_id: 'ref',
      key: 'ref',
      name: 'placeholder',
      kind: 'fact',
      sector: 'fact',
      relationship: 'fact',
      closeness: 'fact',
      position: 'fact',
      formal: 'fact',
      quality: 'fact',
      frequency: 'fact',
      channel: 'fact',
      reachability: 'fact',
      years_known: 'fact',
      gives: 'fact',
      receives: 'fact',
      status: 'fact',
      deceased: 'fact',
      may_be_overburdened: 'fact',
      strategy: 'fact',
      placed: 'fact',
      note: 'sensitive',
    },
  },
  network_alter_ties: {
    part: 'network',
    rows: ofMap,
    columns: { organisation_id: 'ref', map_id: 'ref', a: 'ref', b: 'ref' },
  },

  // —— Support-net groups ——
  group_participants: {
    part: 'groups',
    rows: ofPerson,
    groups: inGroupColumn,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      group_id: 'ref',
      person_id: 'ref',
      status: 'fact',
      came_via: 'fact',
      came_via_note: 'erase',
      wishes: 'sensitive',
      talents: 'erase',
      emergency_contact: 'erase',
      created_at: 'fact',
      retention_cleared_at: 'fact',
    },
  },
  participant_route: {
    part: 'groups',
    rows: ofParticipant,
    groups: participantInGroups,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      participant_id: 'ref',
      status: 'fact',
      on_date: 'fact',
      note: 'sensitive',
      created_by: 'ref',
      created_at: 'fact',
    },
  },
  session_attendance: {
    part: 'groups',
    rows: ofParticipant,
    groups: participantInGroups,
    columns: {
      organisation_id: 'ref',
      session_id: 'ref',
      participant_id: 'ref',
      contributions: 'fact',
      contribution_note: 'erase',
    },
  },
  dropout_followups: {
    part: 'groups',
    rows: ofParticipant,
    groups: inGroupColumn,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      group_id: 'ref',
      participant_id: 'ref',
      missed_since: 'fact',
      detected_on: 'fact',
      done_on: 'fact',
      by_kind: 'fact',
      by_participant: 'ref',
      how: 'fact',
      outcome: 'fact',
      note: 'sensitive',
      created_at: 'fact',
    },
  },
  evaluation_interviews: {
    part: 'groups',
    rows: ofParticipant,
    groups: inGroupColumn,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      group_id: 'ref',
      participant_id: 'ref',
      evaluator_id: 'ref',
      planned_on: 'fact',
      held_on: 'fact',
      score_now: 'fact',
      score_before: 'fact',
      answers: 'answers',
      report: 'sensitive',
      themes: 'erase',
      member_check_agreed: 'fact',
      member_check_on: 'fact',
      created_by: 'ref',
      created_at: 'fact',
    },
  },
  support_observations: {
    part: 'groups',
    // Support the person gave or received. The rows stay after an erasure (the other participant's
    // record), pointing at the erased person's placeholder.
    rows: (p) => sql<SqlBool>`from_participant IN ${participantsOf(p)} OR to_participant IN ${participantsOf(p)}`,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      group_id: 'ref',
      entry_id: 'ref',
      from_participant: 'ref',
      to_participant: 'ref',
      support_type: 'fact',
      observed_on: 'fact',
    },
  },
  logbook_entries: {
    part: 'groups',
    // The worker's entries that record the person's support: theirs to see; the text stays, with
    // their name replaced.
    rows: (p) =>
      sql<SqlBool>`id IN (SELECT entry_id FROM support_observations WHERE from_participant IN ${participantsOf(p)} OR to_participant IN ${participantsOf(p)})`,
    groups: inGroupColumn,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      group_id: 'ref',
      author_id: 'ref',
      written_on: 'fact',
      text: 'mention',
      tags: 'fact',
      balances: 'fact',
      created_at: 'fact',
    },
  },

  // —— Who looked: the access log ——
  audit_log: {
    part: 'access',
    rows: ofPerson,
    // Append-only and free of personal data by rule (D6): it stays as it is.
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      at: 'fact',
      user_id: 'ref',
      user_role: 'fact',
      action: 'fact',
      record_type: 'fact',
      record_id: 'ref',
      person_id: 'ref',
      outcome: 'fact',
      detail: 'fact',
    },
  },

  // —— Records of a group or of the organisation that may name a person ——
  group_sessions: {
    part: null,
    groups: inGroupColumn,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      group_id: 'ref',
      activity_id: 'ref',
      held_on: 'fact',
      visitors: 'fact',
      note: 'mention',
      created_by: 'ref',
      created_at: 'fact',
      updated_at: 'fact',
    },
  },
  group_evaluations: {
    part: null,
    groups: inGroupColumn,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      group_id: 'ref',
      kind: 'fact',
      held_on: 'fact',
      subgoals: 'mention',
      what_worked: 'mention',
      needed_to_continue: 'mention',
      created_by: 'ref',
    },
  },
  house_rules: {
    part: null,
    groups: inGroupColumn,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      group_id: 'ref',
      version: 'fact',
      rules: 'mention',
      agreed_on: 'fact',
      created_by: 'ref',
      created_at: 'fact',
    },
  },
  support_groups: {
    part: null,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      name: 'setting',
      location: 'setting',
      started_on: 'fact',
      ended_on: 'fact',
      target_participants: 'setting',
      absence_threshold: 'setting',
      available_hours: 'setting',
      activity_hours: 'setting',
      budget_cents: 'setting',
      own_contribution_cents: 'setting',
      spent_cents: 'setting',
      phases: 'setting',
      conditions: 'mention',
      created_by: 'ref',
      created_at: 'fact',
    },
  },
  group_activities: {
    part: null,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      group_id: 'ref',
      name: 'setting',
      audience: 'setting',
      recurrence: 'setting',
      active: 'setting',
    },
  },
  coach_support_meetings: {
    part: null,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      kind: 'fact',
      held_on: 'fact',
      notes: 'mention',
      created_by: 'ref',
      created_at: 'fact',
    },
  },
  job_runs: {
    part: null,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      job: 'fact',
      started_at: 'fact',
      finished_at: 'fact',
      outcome: 'fact',
      handled: 'fact',
    },
  },
  privacy_notices: {
    part: null,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      version: 'setting',
      body: 'setting',
      published_at: 'setting',
      published_by: 'ref',
    },
  },
  retention_policies: {
    part: null,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      inactive_person_years: 'setting',
      closed_trajectory_years: 'setting',
      left_participant_years: 'setting',
      audit_years: 'setting',
      created_at: 'setting',
      created_by: 'ref',
      approved_at: 'setting',
      approved_by: 'ref',
    },
  },

  // —— The organisation's configuration ——
  organisations: {
    part: null,
    columns: {
      id: 'ref',
      name: 'setting',
      network_model: 'setting',
      network_labels: 'setting',
      relationship_questions: 'setting',
      interview_questions: 'setting',
      vog_max_age_months: 'setting',
      idle_timeout_minutes: 'setting',
      require_totp: 'setting',
      basis_without_consent: 'setting',
      other_basis_note: 'setting',
      contact: 'setting',
      report_threshold: 'setting',
      social_map_stale_months: 'setting',
      share_in_regional_report: 'setting',
      created_at: 'fact',
      suspended_at: 'setting',
      exported_at: 'setting',
    },
  },
  teams: { part: null, columns: { id: 'ref', organisation_id: 'ref', name: 'setting', created_at: 'fact' } },
  // The social map (issue 15): places and activities, with the place's own contact, never a
  // private person's. Who wrote and checked an entry is staff.
  social_map_entries: {
    part: null,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      ...settings('provider', 'name', 'kind', 'description', 'locations', 'neighbourhoods', 'schedule'),
      ...settings('valid_from', 'valid_until', 'week_shape', 'last_day', 'cost_kind', 'cost_cents', 'cost_note'),
      ...settings('target_groups', 'conditions', 'accessibility', 'accessibility_note', 'low_threshold', 'interests'),
      ...settings('contact_phone', 'contact_email', 'website', 'search_text', 'search_vector'),
      ...staff('checked_on', 'created_at', 'updated_at', 'archived_at'),
      checked_by: 'ref',
      created_by: 'ref',
    },
  },
  // A mistake someone reported in an entry: a worker's note that could name someone.
  social_map_mistakes: {
    part: null,
    columns: {
      id: 'ref',
      organisation_id: 'ref',
      entry_id: 'ref',
      message: 'mention',
      reported_by: 'ref',
      resolved_by: 'ref',
      ...staff('reported_at', 'resolved_at'),
    },
  },
  neighbourhoods: {
    part: null,
    columns: { id: 'ref', organisation_id: 'ref', name: 'setting', latitude: 'setting', longitude: 'setting' },
  },

  // —— Staff and volunteers: their own records, not a client's or participant's ——
  users: {
    part: null,
    columns: {
      ...staff('display_name', 'email', 'locale', 'role', 'status', 'team_id', 'created_at', 'last_login_at'),
      ...staff('totp_enabled', 'totp_last_step'),
      id: 'ref',
      organisation_id: 'ref',
      password_hash: 'secret',
      totp_secret: 'secret',
    },
  },
  coaches: {
    part: null,
    columns: {
      ...staff('first_name', 'last_name', 'email', 'phone', 'neighbourhood', 'travel_radius_km', 'languages'),
      ...staff('interests', 'availability', 'preferred_situations', 'max_clients', 'status', 'vog_on'),
      ...staff('elearning_done_on', 'course_done_on', 'intern', 'intern_from', 'intern_until', 'note'),
      ...staff('created_at', 'updated_at'),
      id: 'ref',
      organisation_id: 'ref',
      user_id: 'ref',
    },
  },
  coach_support_attendance: {
    part: null,
    columns: { organisation_id: 'ref', meeting_id: 'ref', coach_id: 'ref' },
  },
  group_workers: { part: null, columns: { organisation_id: 'ref', group_id: 'ref', user_id: 'ref', role: 'staff' } },
  sessions: {
    part: null,
    columns: {
      ...staff('stage', 'created_at', 'last_seen_at', 'expires_at'),
      id: 'ref',
      organisation_id: 'ref',
      user_id: 'ref',
      token_hash: 'secret',
      csrf_token: 'secret',
    },
  },
  recovery_codes: {
    part: null,
    columns: { id: 'ref', organisation_id: 'ref', user_id: 'ref', code_hash: 'secret', used_at: 'staff' },
  },
  one_time_tokens: {
    part: null,
    columns: {
      ...staff('purpose', 'created_at', 'expires_at', 'used_at'),
      id: 'ref',
      organisation_id: 'ref',
      user_id: 'ref',
      created_by: 'ref',
      token_hash: 'secret',
    },
  },
  login_failures: {
    part: null,
    columns: {
      ...staff('failures', 'locked_until', 'updated_at'),
      organisation_id: 'ref',
      user_id: 'ref',
      address: 'secret',
    },
  },
  // Installation-wide counters of sign-in attempts: hashed, kept for one minute (migration 014).
  auth_rate_limits: { part: null, columns: { key_hash: 'secret', window_start: 'fact', attempts: 'fact' } },
};

/** The tables whose rows can be a person's own, in the order the export lists them. */
export const personTables = Object.entries(registry)
  .filter(([, rule]) => rule.rows)
  .map(([table, rule]) => ({ table, rule: rule as TableRule & { rows: Reach; part: ExportPart } }));
