// The coach programme's indicators. Each counts records whose own date falls in the period; the
// definitions are in docs/report-dataset.md, under the same keys.
import { sql } from 'kysely';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import {
  coachStatuses,
  declineSides,
  endReasons,
  followUpResults,
  intakeOutcomes,
} from '../../../shared/coaching/model.js';
import { breakdown, countBy, indicator, medianAndSpread, perReport, type ReportScope } from './indicator.js';
const days = (from: string, to: string) => differenceInCalendarDays(parseISO(to), parseISO(from));

export const registrationSources = ['referred', 'own_initiative'] as const;

export const coachingIndicators = [
  indicator('coaching.registrations', 'coaching', async (s) => {
    const rows = await s.db
      .selectFrom('trajectories')
      .select('referrer_organisation')
      .where('organisation_id', '=', s.organisationId)
      .where((eb) => eb.between('registered_on', s.from, s.to))
      .execute();
    return breakdown(
      registrationSources,
      countBy(rows, registrationSources, (r) => (r.referrer_organisation ? 'referred' : 'own_initiative')),
    );
  }),

  indicator('coaching.intake_outcomes', 'coaching', async (s) => {
    const rows = await s.db
      .selectFrom('trajectories')
      .select('intake_outcome')
      .where('organisation_id', '=', s.organisationId)
      .where((eb) => eb.between('intake_on', s.from, s.to))
      .where('intake_outcome', 'is not', null)
      .execute();
    return breakdown(
      intakeOutcomes,
      countBy(rows, intakeOutcomes, (r) => r.intake_outcome),
    );
  }),

  // From registration to the first match that started, for matches started in the period.
  indicator('coaching.waiting_days', 'coaching', async (s) => {
    const rows = await s.db
      .selectFrom('trajectories as t')
      .innerJoin(
        (eb) =>
          eb
            .selectFrom('coach_matches')
            .select(['trajectory_id', (e) => e.fn.min('started_on').as('first_start')])
            .where('organisation_id', '=', s.organisationId)
            .where('started_on', 'is not', null)
            .groupBy('trajectory_id')
            .as('m'),
        (join) => join.onRef('m.trajectory_id', '=', 't.id'),
      )
      .select(['t.registered_on', 'm.first_start'])
      .where('t.organisation_id', '=', s.organisationId)
      .where((eb) => eb.between('m.first_start', s.from, s.to))
      .execute();
    const waits = rows.map((r) => days(r.registered_on, r.first_start as string));
    return { kind: 'statistic', unit: 'days', ...medianAndSpread(waits) };
  }),

  // Every proposal made in the period, by where it ended up.
  indicator('coaching.proposals', 'coaching', async (s) => {
    const categories = ['started', ...declineSides.map((d) => `declined_by_${d}`), 'open'] as const;
    const rows = await s.db
      .selectFrom('coach_matches')
      .select(['status', 'declined_by'])
      .where('organisation_id', '=', s.organisationId)
      .where((eb) => eb.between('proposed_on', s.from, s.to))
      .execute();
    return breakdown(
      categories,
      countBy(rows, categories, (r) =>
        r.status === 'declined'
          ? `declined_by_${r.declined_by ?? 'coordinator'}`
          : r.status === 'proposed'
            ? 'open'
            : 'started',
      ),
    );
  }),

  // Trajectories with a coach at any time in the period: a match that started on or before its
  // end, and a trajectory not closed before its start.
  indicator('coaching.trajectories_active', 'coaching', async (s) => {
    const row = await s.db
      .selectFrom('trajectories as t')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('t.organisation_id', '=', s.organisationId)
      .where((eb) => eb.or([eb('t.closed_on', 'is', null), eb('t.closed_on', '>=', s.from)]))
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('coach_matches as m')
            .select(sql`1`.as('one'))
            .whereRef('m.trajectory_id', '=', 't.id')
            .where('m.started_on', '<=', s.to),
        ),
      )
      .executeTakeFirstOrThrow();
    return breakdown(['with_coach'], { with_coach: Number(row.n) }, { total: false });
  }),

  indicator('coaching.trajectories_closed', 'coaching', async (s) => {
    const rows = await s.db
      .selectFrom('trajectories')
      .select('end_reason')
      .where('organisation_id', '=', s.organisationId)
      .where((eb) => eb.between('closed_on', s.from, s.to))
      .execute();
    return breakdown(
      endReasons,
      countBy(rows, endReasons, (r) => r.end_reason ?? 'other'),
    );
  }),

  // How long a trajectory closed in the period ran: from its first match's start to its closing.
  indicator('coaching.trajectory_days', 'coaching', async (s) => {
    const rows = await s.db
      .selectFrom('trajectories as t')
      .innerJoin('coach_matches as m', 'm.trajectory_id', 't.id')
      .select(['t.id', 't.closed_on', (eb) => eb.fn.min('m.started_on').as('first_start')])
      .where('t.organisation_id', '=', s.organisationId)
      .where((eb) => eb.between('t.closed_on', s.from, s.to))
      .where('m.started_on', 'is not', null)
      .groupBy(['t.id', 't.closed_on'])
      .execute();
    return {
      kind: 'statistic',
      unit: 'days',
      ...medianAndSpread(rows.map((r) => days(r.first_start as string, r.closed_on as string))),
    };
  }),

  indicator('coaching.follow_ups', 'coaching', async (s) => {
    const rows = await s.db
      .selectFrom('trajectories')
      .select('follow_up_result')
      .where('organisation_id', '=', s.organisationId)
      .where((eb) => eb.between('follow_up_on', s.from, s.to))
      .execute();
    return breakdown(
      followUpResults,
      countBy(rows, followUpResults, (r) => r.follow_up_result),
    );
  }),

  // Coaches keep no history of their status, so this is the pool on the day the report is made.
  indicator('coaching.coaches', 'coaching', async (s) => {
    const rows = await s.db
      .selectFrom('coaches')
      .select('status')
      .where('organisation_id', '=', s.organisationId)
      .execute();
    return breakdown(
      coachStatuses,
      countBy(rows, coachStatuses, (r) => r.status),
    );
  }),

  // Hours and expenses as the coaches reported them; a removed report does not count.
  indicator('coaching.hours', 'coaching', async (s) => {
    const row = await reportedTotals(s);
    return { kind: 'statistic', unit: 'hours', value: row.hours, basis: row.clients };
  }),
  indicator('coaching.expenses', 'coaching', async (s) => {
    const row = await reportedTotals(s);
    return { kind: 'statistic', unit: 'euros', value: row.cents / 100, basis: row.clients };
  }),
];

/** The period's reported hours and expenses, and for how many clients (the basis: few clients, no sum). */
const reportedTotals = perReport(async (s: ReportScope) => {
  const row = await s.db
    .selectFrom('session_reports')
    .select((eb) => [
      eb.fn.coalesce(eb.fn.sum<string>('hours'), sql<string>`0`).as('hours'),
      eb.fn.coalesce(eb.fn.sum<string>('expenses_cents'), sql<string>`0`).as('cents'),
      eb.fn.count<string>('trajectory_id').distinct().as('clients'),
    ])
    .where('organisation_id', '=', s.organisationId)
    .where((eb) => eb.between('met_on', s.from, s.to))
    .where('removed_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { hours: Number(row.hours), cents: Number(row.cents), clients: Number(row.clients) };
});
