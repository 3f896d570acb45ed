// Retention (issue 13, item 3): which records an organisation's rules touch and when (the dry
// run), and the job that applies the approved rules. Persons on legal hold are left alone.
import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { clock } from '../../../shared/clock.js';
import { shiftDays, shiftMonths, startOfDayInNL } from '../../../shared/dates.js';
import { routeNeedsNote, takingPart } from '../../../shared/groups/model.js';
import { auditMinimumYears, type RetentionRule } from '../../../shared/privacy/model.js';
import type { DB, RetentionPolicyTable } from '../../db/schema.js';
import { writeAudit } from '../../platform/audit.js';
import { translator } from '../../platform/texts.js';
import { clearRows, erasePerson } from './erase.js';
import type { Handling } from './registry.js';

export type RetentionPolicy = Pick<
  RetentionPolicyTable,
  'inactive_person_years' | 'closed_trajectory_years' | 'left_participant_years' | 'audit_years'
>;

/** One record a rule touches: which, since when it counts, and the day the rule applies. */
export interface RetentionItem {
  rule: RetentionRule;
  /** The person, trajectory or participant; null for the access log's entries. */
  recordId: string | null;
  personId: string | null;
  /** The person's name, for the admin who reviews the dry run; null for the access log. */
  name: string | null;
  /** The last activity, the closing, the leaving; for the access log, the day before which entries go. */
  since: string;
  dueOn: string;
  /** How many access-log entries (only for the rule `audit`). */
  count: number | null;
}

const years = (date: string, n: number) => shiftMonths(date, 12 * n);
const dayOf = (at: RawBuilder<unknown> | string) =>
  typeof at === 'string'
    ? sql`(${sql.ref(at)} AT TIME ZONE 'Europe/Amsterdam')::date`
    : sql`(${at} AT TIME ZONE 'Europe/Amsterdam')::date`;
const asDate = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));
const nameOf = (r: { first_name: string; last_name: string }) => `${r.first_name} ${r.last_name}`.trim();

/** A person retention may touch: not erased, not on legal hold. */
const free = sql<SqlBool>`p.erased_at IS NULL AND p.legal_hold_since IS NULL`;

/** Persons with no open trajectory and no group they still take part in, with their last activity. */
async function inactivePersons(db: Kysely<DB>, organisationId: string) {
  const open = ['registered', 'waiting', 'active'];
  const rows = await sql<{ id: string; first_name: string; last_name: string; last_on: unknown }>`
    SELECT p.id, p.first_name, p.last_name, GREATEST(
      ${dayOf('p.created_at')}, ${dayOf('p.updated_at')},
      (SELECT max(GREATEST(t.registered_on, t.intake_on, t.closed_on, t.follow_up_on, ${dayOf('t.updated_at')}))
         FROM trajectories t WHERE t.person_id = p.id),
      (SELECT max(r.met_on) FROM session_reports r JOIN trajectories t ON t.id = r.trajectory_id WHERE t.person_id = p.id),
      (SELECT max(GREATEST(m.taken_on, ${dayOf('m.updated_at')})) FROM network_maps m WHERE m.person_id = p.id),
      (SELECT max(pr.on_date) FROM participant_route pr JOIN group_participants gp ON gp.id = pr.participant_id
         WHERE gp.person_id = p.id),
      (SELECT max(s.held_on) FROM session_attendance a JOIN group_sessions s ON s.id = a.session_id
         JOIN group_participants gp ON gp.id = a.participant_id WHERE gp.person_id = p.id)
    ) AS last_on
    FROM persons p
    WHERE p.organisation_id = ${organisationId} AND ${free}
      AND NOT EXISTS (SELECT 1 FROM trajectories t WHERE t.person_id = p.id AND t.status = ANY(${open}::text[]))
      AND NOT EXISTS (SELECT 1 FROM group_participants gp JOIN support_groups g ON g.id = gp.group_id
        WHERE gp.person_id = p.id AND gp.status = ANY(${[...takingPart]}::text[]) AND g.ended_on IS NULL)
    ORDER BY p.id`.execute(db);
  return rows.rows.map((r) => ({ ...r, last_on: asDate(r.last_on) }));
}

/** Closed trajectories whose free text is still there, with the day they were done with. */
async function closedTrajectories(db: Kysely<DB>, organisationId: string) {
  const rows = await sql<{ id: string; person_id: string; first_name: string; last_name: string; since: unknown }>`
    SELECT t.id, t.person_id, p.first_name, p.last_name, GREATEST(t.closed_on, t.follow_up_on) AS since
    FROM trajectories t JOIN persons p ON p.id = t.person_id
    WHERE t.organisation_id = ${organisationId} AND t.closed_on IS NOT NULL AND t.retention_cleared_at IS NULL AND ${free}
    ORDER BY t.id`.execute(db);
  return rows.rows.map((r) => ({ ...r, since: asDate(r.since) }));
}

/** Participants who left their group (or whose group ended), with the day they left. */
async function leftParticipants(db: Kysely<DB>, organisationId: string) {
  const left = [...routeNeedsNote];
  const rows = await sql<{ id: string; person_id: string; first_name: string; last_name: string; since: unknown }>`
    SELECT gp.id, gp.person_id, p.first_name, p.last_name,
      CASE WHEN gp.status = ANY(${left}::text[])
        THEN (SELECT max(pr.on_date) FROM participant_route pr WHERE pr.participant_id = gp.id)
        ELSE g.ended_on END AS since
    FROM group_participants gp JOIN persons p ON p.id = gp.person_id JOIN support_groups g ON g.id = gp.group_id
    WHERE gp.organisation_id = ${organisationId} AND gp.retention_cleared_at IS NULL AND ${free}
      AND (gp.status = ANY(${left}::text[]) OR g.ended_on IS NOT NULL)
    ORDER BY gp.id`.execute(db);
  return rows.rows.flatMap((r) => (r.since ? [{ ...r, since: asDate(r.since) }] : []));
}

/**
 * Everything the policy touches up to and including `until`, soonest first: the dry run when
 * `until` lies ahead, the job's work when it is today.
 */
export async function retentionItems(
  db: Kysely<DB>,
  organisationId: string,
  policy: RetentionPolicy,
  until: string,
): Promise<RetentionItem[]> {
  const items: RetentionItem[] = [];
  const add = (
    rule: RetentionRule,
    n: number | null,
    rows: { id: string; person_id: string; name: string; since: string }[],
  ) => {
    if (n === null) return;
    for (const r of rows) {
      const dueOn = years(r.since, n);
      if (dueOn <= until)
        items.push({ rule, recordId: r.id, personId: r.person_id, name: r.name, since: r.since, dueOn, count: null });
    }
  };
  if (policy.inactive_person_years !== null) {
    const rows = await inactivePersons(db, organisationId);
    add(
      'inactive_person',
      policy.inactive_person_years,
      rows.map((r) => ({ id: r.id, person_id: r.id, name: nameOf(r), since: r.last_on })),
    );
  }
  if (policy.closed_trajectory_years !== null) {
    const rows = await closedTrajectories(db, organisationId);
    add(
      'closed_trajectory',
      policy.closed_trajectory_years,
      rows.map((r) => ({ ...r, name: nameOf(r) })),
    );
  }
  if (policy.left_participant_years !== null) {
    const rows = await leftParticipants(db, organisationId);
    add(
      'left_participant',
      policy.left_participant_years,
      rows.map((r) => ({ ...r, name: nameOf(r) })),
    );
  }
  if (policy.audit_years !== null) {
    // Entries from before this day go (never fewer than the legal minimum of years). They pass
    // their term day by day, so the dry run shows what is due today; the job removes more each day.
    const today = clock.today();
    const before = years(today, -Math.max(policy.audit_years, auditMinimumYears));
    const row = await db
      .selectFrom('audit_log')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('organisation_id', '=', organisationId)
      .where('at', '<', startOfDayInNL(before))
      .executeTakeFirstOrThrow();
    const count = Number(row.n);
    if (count > 0)
      items.push({ rule: 'audit', recordId: null, personId: null, name: null, since: before, dueOn: today, count });
  }
  return items.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.rule.localeCompare(b.rule)));
}

/** The free text retention clears: notes, worksheets, reports, comments. Numbers and names stay. */
const freeTextOnly: readonly Handling[] = ['erase', 'sensitive', 'scores', 'answers'];

/** Which rows of which tables belong to a trajectory, and to a participation. */
export const trajectoryRows: Record<string, (id: string) => RawBuilder<SqlBool>> = {
  trajectories: (id) => sql<SqlBool>`id = ${id}`,
  trajectory_steps: (id) => sql<SqlBool>`trajectory_id = ${id}`,
  coach_matches: (id) => sql<SqlBool>`trajectory_id = ${id}`,
  session_reports: (id) => sql<SqlBool>`trajectory_id = ${id}`,
  session_report_history: (id) =>
    sql<SqlBool>`report_id IN (SELECT id FROM session_reports WHERE trajectory_id = ${id})`,
  coach_evaluations: (id) => sql<SqlBool>`trajectory_id = ${id}`,
};
export const participantRows: Record<string, (id: string) => RawBuilder<SqlBool>> = {
  group_participants: (id) => sql<SqlBool>`id = ${id}`,
  participant_route: (id) => sql<SqlBool>`participant_id = ${id}`,
  session_attendance: (id) => sql<SqlBool>`participant_id = ${id}`,
  dropout_followups: (id) => sql<SqlBool>`participant_id = ${id}`,
  evaluation_interviews: (id) => sql<SqlBool>`participant_id = ${id}`,
};

/** A policy row's rules as the API and the access export name them (years, null when off). */
export const rulesOf = (p: RetentionPolicy) => ({
  inactivePersonYears: p.inactive_person_years,
  closedTrajectoryYears: p.closed_trajectory_years,
  leftParticipantYears: p.left_participant_years,
  auditYears: p.audit_years,
});

/** The latest approved policy of the organisation, if any. */
export function approvedPolicy(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom('retention_policies')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('approved_at', 'is not', null)
    .orderBy('approved_at', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

/**
 * The retention job's work for one organisation (platform/jobs.ts): applies the approved policy
 * to what is due today. Each step is audited by rule, never with what was removed.
 */
export async function applyRetention(trx: Kysely<DB>, organisationId: string): Promise<number> {
  const policy = await approvedPolicy(trx, organisationId);
  if (!policy) return 0;
  const items = await retentionItems(trx, organisationId, policy, clock.today());
  const placeholder = translator('nl')('privacy.erasedPlaceholder');
  const who = { organisationId, userId: null, role: null };
  let handled = 0;
  for (const item of items) {
    if (item.rule === 'inactive_person' && item.personId) {
      await erasePerson(trx, organisationId, item.personId, placeholder);
      await writeAudit(trx, who, [
        {
          action: 'delete',
          recordType: 'person',
          recordId: item.personId,
          personId: item.personId,
          detail: 'retention:inactive_person',
        },
      ]);
    } else if ((item.rule === 'closed_trajectory' || item.rule === 'left_participant') && item.recordId) {
      const closed = item.rule === 'closed_trajectory';
      for (const [table, rows] of Object.entries(closed ? trajectoryRows : participantRows)) {
        await clearRows(trx, organisationId, table, rows(item.recordId), placeholder, freeTextOnly);
      }
      const table = closed ? 'trajectories' : 'group_participants';
      await sql`UPDATE ${sql.table(table)} SET retention_cleared_at = ${clock.now()}
        WHERE organisation_id = ${organisationId} AND id = ${item.recordId}`.execute(trx);
      await writeAudit(trx, who, [
        {
          action: 'update',
          recordType: closed ? 'trajectory' : 'group_participant',
          recordId: item.recordId,
          personId: item.personId,
          detail: `retention:${item.rule}`,
        },
      ]);
    } else if (item.rule === 'audit') {
      // The one way entries leave the access log (migration 016, D40): this transaction says so.
      await sql`SELECT set_config('kring.audit_removal', 'on', true)`.execute(trx);
      await trx
        .deleteFrom('audit_log')
        .where('organisation_id', '=', organisationId)
        .where('at', '<', startOfDayInNL(item.since))
        .execute();
      await sql`SELECT set_config('kring.audit_removal', 'off', true)`.execute(trx);
      await writeAudit(trx, who, [
        { action: 'delete', recordType: 'audit_log', detail: `retention_audit:${item.count}` },
      ]);
    }
    handled++;
  }
  return handled;
}

/** The horizon of the dry run: today and what falls due in the coming days. */
export const dryRunUntil = (days: number) => shiftDays(clock.today(), days);
