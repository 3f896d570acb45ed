// Coach support: supervision, intervision with attendance, exit conversations, and each coach's
// hours and expenses from their session reports.
import type { z } from 'zod';
import type { periodQuery, supportMeetingSchema } from '../../../shared/coaching/schemas.js';
import { fieldError } from '../../platform/errors.js';
import type { Ctx } from '../../platform/route.js';
import { rowDisplayName } from '../../../shared/names.js';
import { clock } from '../../../shared/clock.js';

export async function overview(ctx: Ctx, period: z.output<typeof periodQuery>) {
  const org = ctx.actor.organisationId;
  const [coaches, meetings, attendance, reports] = await Promise.all([
    ctx.db
      .selectFrom('coaches')
      .select(['id', 'first_name', 'last_name', 'status'])
      .where('organisation_id', '=', org)
      .orderBy('first_name')
      .execute(),
    ctx.db
      .selectFrom('coach_support_meetings')
      .selectAll()
      .where('organisation_id', '=', org)
      .$if(!!period.from, (q) => q.where('held_on', '>=', period.from!))
      .$if(!!period.to, (q) => q.where('held_on', '<=', period.to!))
      .orderBy('held_on', 'desc')
      .execute(),
    ctx.db
      .selectFrom('coach_support_attendance')
      .select(['meeting_id', 'coach_id'])
      .where('organisation_id', '=', org)
      .execute(),
    ctx.db
      .selectFrom('session_reports as r')
      .innerJoin('coach_matches as m', 'm.id', 'r.match_id')
      .select(['m.coach_id'])
      .select(({ fn }) => [
        fn.sum<string>('r.hours').as('hours'),
        fn.sum<string>('r.expenses_cents').as('expenses'),
        fn.countAll<number>().as('meetings'),
      ])
      .where('r.organisation_id', '=', org)
      .where('r.removed_at', 'is', null)
      .$if(!!period.from, (q) => q.where('r.met_on', '>=', period.from!))
      .$if(!!period.to, (q) => q.where('r.met_on', '<=', period.to!))
      .groupBy('m.coach_id')
      .execute(),
  ]);
  await ctx.audit({ action: 'list', recordType: 'coach', detail: `support:${coaches.length}` });
  const names = new Map(coaches.map((c) => [c.id, rowDisplayName(c)]));
  const totals = new Map(reports.map((r) => [r.coach_id, r]));
  const inPeriod = new Set(meetings.map((m) => m.id));
  return {
    meetings: meetings.map((m) => ({
      id: m.id,
      kind: m.kind,
      heldOn: m.held_on,
      notes: m.notes,
      coaches: attendance
        .filter((a) => a.meeting_id === m.id)
        .map((a) => ({ id: a.coach_id, name: names.get(a.coach_id) ?? '' })),
    })),
    coaches: coaches.map((c) => {
      const t = totals.get(c.id);
      const mine = attendance
        .filter((a) => a.coach_id === c.id && inPeriod.has(a.meeting_id))
        .map((a) => meetings.find((m) => m.id === a.meeting_id)!);
      return {
        id: c.id,
        name: rowDisplayName(c),
        status: c.status,
        sessions: Number(t?.meetings ?? 0),
        hours: Number(t?.hours ?? 0),
        expensesCents: Number(t?.expenses ?? 0),
        supervision: mine.filter((m) => m.kind === 'supervision').length,
        intervision: mine.filter((m) => m.kind === 'intervision').length,
        exit: mine.some((m) => m.kind === 'exit'),
      };
    }),
  };
}

export async function addMeeting(ctx: Ctx, input: z.output<typeof supportMeetingSchema>) {
  if (input.heldOn > clock.today()) throw fieldError('date_in_future', 'heldOn');
  const ids = [...new Set(input.coachIds)];
  if (input.kind !== 'intervision' && ids.length !== 1) throw fieldError('exit_one_coach', 'coachIds');
  const found = await ctx.db
    .selectFrom('coaches')
    .select('id')
    .where('organisation_id', '=', ctx.actor.organisationId)
    .where('id', 'in', ids)
    .execute();
  if (found.length !== ids.length) throw fieldError('unknown_coach', 'coachIds');
  const id = crypto.randomUUID();
  await ctx.db
    .insertInto('coach_support_meetings')
    .values({
      id,
      organisation_id: ctx.actor.organisationId,
      kind: input.kind,
      held_on: input.heldOn,
      notes: input.notes ?? null,
      created_by: ctx.actor.userId,
    })
    .execute();
  await ctx.db
    .insertInto('coach_support_attendance')
    .values(ids.map((coachId) => ({ organisation_id: ctx.actor.organisationId, meeting_id: id, coach_id: coachId })))
    .execute();
  await ctx.audit({
    action: 'create',
    recordType: 'coach_support',
    recordId: id,
    detail: `${input.kind}:${ids.length}`,
  });
  return { id };
}
