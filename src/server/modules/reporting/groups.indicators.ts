// The support-net groups' indicators; definitions in docs/report-dataset.md under the same keys.
import { sql } from 'kysely';
import { eachMonthOfInterval, format, parseISO } from 'date-fns';
import { shiftMonths } from '../../../shared/dates.js';
import { cameVia, followUpOutcomes, groupPhases, type RouteStatus, takingPart } from '../../../shared/groups/model.js';
import { currentPhase, type PhasePlan, plannedTimeline, statusOn } from '../../../shared/groups/route.js';
import { breakdown, countBy, indicator, type ReportScope } from './indicator.js';
/** Groups that existed at some time in the period. */
const groupsOfPeriod = (s: ReportScope) =>
  s.db
    .selectFrom('support_groups')
    .where('organisation_id', '=', s.organisationId)
    .where('started_on', '<=', s.to)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>=', s.from)]));

/** Every participant of the organisation with their route, oldest step first. */
async function routes(s: ReportScope) {
  const rows = await s.db
    .selectFrom('participant_route as r')
    .innerJoin('group_participants as p', 'p.id', 'r.participant_id')
    .select(['p.id', 'p.came_via', 'r.status', 'r.on_date'])
    .where('p.organisation_id', '=', s.organisationId)
    .orderBy('r.on_date')
    .execute();
  const byParticipant = new Map<string, { cameVia: string; events: { status: RouteStatus; onDate: string }[] }>();
  for (const r of rows) {
    const entry = byParticipant.get(r.id) ?? { cameVia: r.came_via, events: [] };
    entry.events.push({ status: r.status, onDate: r.on_date });
    byParticipant.set(r.id, entry);
  }
  return [...byParticipant.values()];
}

export const monthsOf = (s: ReportScope) =>
  eachMonthOfInterval({ start: parseISO(s.from), end: parseISO(s.to) }).map((m) => format(m, 'yyyy-MM'));

export const groupsIndicators = [
  // Where each group stood at the end of the period.
  indicator('groups.phases', 'groups', async (s) => {
    const categories = [...groupPhases, 'ended'] as const;
    const rows = await groupsOfPeriod(s).select(['started_on', 'ended_on', 'phases']).execute();
    return breakdown(
      categories,
      countBy(rows, categories, (g) => {
        if (g.ended_on && g.ended_on <= s.to) return 'ended';
        const plan = { ...plannedTimeline(g.started_on), ...(g.phases as PhasePlan) };
        return currentPhase(plan, s.to);
      }),
    );
  }),

  // Who took part at the end of the period, by their place in the route; beside the target.
  indicator('groups.participants', 'groups', async (s) => {
    const all = await routes(s);
    return breakdown(
      takingPart,
      countBy(all, takingPart, (p) => {
        const status = statusOn(p.events, s.to);
        return status && takingPart.includes(status) ? status : null;
      }),
    );
  }),
  indicator('groups.target', 'groups', async (s) => {
    const row = await groupsOfPeriod(s)
      .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('target_participants'), sql<string>`0`).as('target'))
      .executeTakeFirstOrThrow();
    return { kind: 'plain', value: Number(row.target) };
  }),

  indicator('groups.sessions', 'groups', async (s) => {
    const row = await s.db
      .selectFrom('group_sessions')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('organisation_id', '=', s.organisationId)
      .where((eb) => eb.between('held_on', s.from, s.to))
      .executeTakeFirstOrThrow();
    return { kind: 'plain', value: Number(row.n) };
  }),

  // Visits: one per participant per session they came to, by month.
  indicator('groups.attendance', 'groups', async (s) => {
    const rows = await s.db
      .selectFrom('session_attendance as a')
      .innerJoin('group_sessions as gs', 'gs.id', 'a.session_id')
      .select(['gs.held_on'])
      .where('gs.organisation_id', '=', s.organisationId)
      .where((eb) => eb.between('gs.held_on', s.from, s.to))
      .execute();
    const months = monthsOf(s);
    return breakdown(
      months,
      countBy(rows, months, (r) => r.held_on.slice(0, 7)),
    );
  }),

  // Of everyone whose introduction was three months before a day in the period, who still took part then.
  indicator('groups.retention', 'groups', async (s) => {
    let of = 0;
    let part = 0;
    for (const p of await routes(s)) {
      const intro = p.events.find((e) => e.status === 'introduction')?.onDate;
      if (!intro) continue;
      const check = shiftMonths(intro, 3);
      if (check < s.from || check > s.to) continue;
      of += 1;
      const then = statusOn(p.events, check);
      if (then && takingPart.includes(then)) part += 1;
    }
    return { kind: 'share', part, of };
  }),

  indicator('groups.dropout_follow_ups', 'groups', async (s) => {
    const categories = [...followUpOutcomes, 'open'] as const;
    const rows = await s.db
      .selectFrom('dropout_followups')
      .select('outcome')
      .where('organisation_id', '=', s.organisationId)
      .where((eb) => eb.between('detected_on', s.from, s.to))
      .execute();
    return breakdown(
      categories,
      countBy(rows, categories, (r) => r.outcome ?? 'open'),
    );
  }),

  // Of the participants who came at least once in the period, how many also did something for the group.
  indicator('groups.contributors', 'groups', async (s) => {
    const rows = await s.db
      .selectFrom('session_attendance as a')
      .innerJoin('group_sessions as gs', 'gs.id', 'a.session_id')
      .select(['a.participant_id', (eb) => eb.fn.max(sql<number>`cardinality(a.contributions)`).as('most')])
      .where('gs.organisation_id', '=', s.organisationId)
      .where((eb) => eb.between('gs.held_on', s.from, s.to))
      .groupBy('a.participant_id')
      .execute();
    return { kind: 'share', part: rows.filter((r) => Number(r.most) > 0).length, of: rows.length };
  }),

  // Participants whose route began in the period, by how they came.
  indicator('groups.newcomers', 'groups', async (s) => {
    const all = await routes(s);
    const newcomers = all.filter((p) => {
      const first = p.events[0]?.onDate;
      return first !== undefined && first >= s.from && first <= s.to;
    });
    return breakdown(
      cameVia,
      countBy(newcomers, cameVia, (p) => p.cameVia),
    );
  }),
];
