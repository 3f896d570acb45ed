// The group itself: start, settings, and the dashboard (phase, capacity, attendance, retention,
// follow-ups, contributions).
import { sql } from 'kysely';
import type { z } from 'zod';
import { capacityAdvice } from '../../../shared/groups/capacity.js';
import { takingPart } from '../../../shared/groups/model.js';
import { currentPhase, plannedTimeline, retention } from '../../../shared/groups/route.js';
import type { groupPatchSchema, groupSchema } from '../../../shared/groups/schemas.js';
import { notContributedLately } from '../../../shared/groups/support.js';
import { mayRunGroups, visibleGroups } from '../../platform/policy.js';
import type { Ctx } from '../../platform/route.js';
import { requireGroup } from './repo.js';
import { groupBy } from '../../../shared/group-by.js';
import { rowDisplayName } from '../../../shared/names.js';
import { fieldError } from '../../platform/errors.js';
import { clock } from '../../../shared/clock.js';
import { shiftMonths } from '../../../shared/dates.js';
import { givenColumns } from '../../db/given.js';

async function checkWorkers(ctx: Ctx, workers: { userId: string; role: string }[]) {
  const ids = [...new Set(workers.map((w) => w.userId))];
  if (ids.length === 0) return;
  const users = await ctx.db
    .selectFrom('users')
    .select(['id', 'role'])
    .where('organisation_id', '=', ctx.actor.organisationId)
    .where('id', 'in', ids)
    .execute();
  if (users.length !== ids.length || users.some((u) => !mayRunGroups(u.role)))
    throw fieldError('worker_role', 'workers');
}

async function setWorkers(ctx: Ctx, groupId: string, workers: { userId: string; role: 'worker' | 'backup' }[]) {
  const unique = new Map(workers.map((w) => [w.userId, w.role]));
  // The one who changes the group keeps access to it.
  if (!unique.has(ctx.actor.userId)) unique.set(ctx.actor.userId, 'worker');
  await ctx.db.deleteFrom('group_workers').where('group_id', '=', groupId).execute();
  await ctx.db
    .insertInto('group_workers')
    .values(
      [...unique].map(([userId, role]) => ({
        organisation_id: ctx.actor.organisationId,
        group_id: groupId,
        user_id: userId,
        role,
      })),
    )
    .execute();
}

export async function createGroup(ctx: Ctx, input: z.output<typeof groupSchema>) {
  await checkWorkers(ctx, input.workers);
  const id = crypto.randomUUID();
  await ctx.db
    .insertInto('support_groups')
    .values({
      id,
      organisation_id: ctx.actor.organisationId,
      name: input.name,
      location: input.location ?? null,
      started_on: input.startedOn,
      phases: JSON.stringify(input.phases ?? plannedTimeline(input.startedOn)),
      conditions: JSON.stringify(input.conditions),
      target_participants: input.targetParticipants,
      activity_hours: input.activityHours,
      available_hours: input.availableHours,
      absence_threshold: input.absenceThreshold,
      budget_cents: input.budgetCents,
      spent_cents: input.spentCents,
      own_contribution_cents: input.ownContributionCents,
      ended_on: null,
      created_by: ctx.actor.userId,
    })
    .execute();
  await setWorkers(ctx, id, input.workers);
  await ctx.audit({ action: 'create', recordType: 'support_group', recordId: id });
  return { id };
}

export async function updateGroup(ctx: Ctx, id: string, input: z.output<typeof groupPatchSchema>) {
  await requireGroup(ctx, id);
  if (input.workers) await checkWorkers(ctx, input.workers);
  const set = givenColumns({
    name: input.name,
    location: input.location,
    started_on: input.startedOn,
    target_participants: input.targetParticipants,
    activity_hours: input.activityHours,
    available_hours: input.availableHours,
    absence_threshold: input.absenceThreshold,
    budget_cents: input.budgetCents,
    spent_cents: input.spentCents,
    own_contribution_cents: input.ownContributionCents,
    ended_on: input.endedOn,
    conditions: input.conditions ? JSON.stringify(input.conditions) : undefined,
    phases: input.phases ? JSON.stringify(input.phases) : undefined,
  });
  if (Object.keys(set).length > 0) await ctx.db.updateTable('support_groups').set(set).where('id', '=', id).execute();
  if (input.workers) await setWorkers(ctx, id, input.workers);
  await ctx.audit({
    action: 'update',
    recordType: 'support_group',
    recordId: id,
    detail: `fields:${Object.keys(input).sort().join(',')}`,
  });
  return { ok: true };
}

/** How many months of attendance the overview of all groups shows, oldest first. */
const trendMonths = 6;

/**
 * The social worker's overview of all their groups in one request: phase, structural participants
 * against the target, visits per month for the last half year, retention, open follow-ups.
 */
export async function listGroups(ctx: Ctx) {
  const groups = await ctx.db
    .selectFrom('support_groups')
    .selectAll()
    .where('organisation_id', '=', ctx.actor.organisationId)
    .where(visibleGroups(ctx.actor))
    .orderBy('name')
    .execute();
  if (groups.length === 0) return [];
  const ids = groups.map((g) => g.id);
  const today = clock.today();
  const months = Array.from({ length: trendMonths }, (_, i) => shiftMonths(today, i - trendMonths + 1).slice(0, 7));
  const [counts, routes, visits, openFollowUps] = await Promise.all([
    ctx.db
      .selectFrom('group_participants')
      .select(['group_id', 'status'])
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('group_id', 'in', ids)
      .groupBy(['group_id', 'status'])
      .execute(),
    ctx.db
      .selectFrom('participant_route as r')
      .innerJoin('group_participants as p', 'p.id', 'r.participant_id')
      .select(['p.group_id', 'p.id', 'r.status', 'r.on_date'])
      .where('p.group_id', 'in', ids)
      .execute(),
    ctx.db
      .selectFrom('session_attendance as a')
      .innerJoin('group_sessions as s', 's.id', 'a.session_id')
      .select(['s.group_id', sql<string>`to_char(s.held_on, 'YYYY-MM')`.as('month')])
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('s.group_id', 'in', ids)
      .where('s.held_on', '>=', `${months[0]}-01`)
      .where('s.held_on', '<=', today)
      .groupBy(['s.group_id', sql`to_char(s.held_on, 'YYYY-MM')`])
      .execute(),
    ctx.db
      .selectFrom('dropout_followups')
      .select('group_id')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('group_id', 'in', ids)
      .where('outcome', 'is', null)
      .groupBy('group_id')
      .execute(),
  ]);
  const routesOf = groupBy(routes, (r) => r.group_id);
  return groups.map((g) => {
    const perParticipant = groupBy(routesOf.get(g.id) ?? [], (r) => r.id);
    const kept = retention(
      [...perParticipant.values()].map((events) => events.map((e) => ({ status: e.status, onDate: e.on_date }))),
      today,
    );
    return {
      id: g.id,
      name: g.name,
      location: g.location,
      startedOn: g.started_on,
      endedOn: g.ended_on,
      targetParticipants: g.target_participants,
      phase: currentPhase(g.phases, today),
      structural: Number(counts.find((c) => c.group_id === g.id && c.status === 'structural')?.n ?? 0),
      attendanceByMonth: months.map((month) => ({
        month,
        visits: Number(visits.find((v) => v.group_id === g.id && v.month === month)?.n ?? 0),
      })),
      retention: kept.share,
      openFollowUps: Number(openFollowUps.find((f) => f.group_id === g.id)?.n ?? 0),
    };
  });
}

export async function groupDashboard(ctx: Ctx, id: string) {
  const g = await requireGroup(ctx, id);
  const today = clock.today();
  const [workers, participants, route, sessions, attendance, followups, rules, activities, evaluations] =
    await Promise.all([
      ctx.db
        .selectFrom('group_workers as gw')
        .innerJoin('users as u', 'u.id', 'gw.user_id')
        .select(['gw.user_id', 'gw.role', 'u.display_name'])
        .where('gw.group_id', '=', id)
        .orderBy('u.display_name')
        .orderBy('gw.user_id')
        .execute(),
      ctx.db
        .selectFrom('group_participants as gp')
        .innerJoin('persons as p', 'p.id', 'gp.person_id')
        .select([
          'gp.id',
          'gp.person_id',
          'gp.status',
          'gp.emergency_contact',
          'gp.came_via',
          'gp.talents',
          'p.first_name',
          'p.last_name',
          'p.sort_key',
        ])
        .where('gp.group_id', '=', id)
        .orderBy('p.sort_key')
        .orderBy('gp.id')
        .execute(),
      ctx.db
        .selectFrom('participant_route as r')
        .innerJoin('group_participants as gp', 'gp.id', 'r.participant_id')
        .select(['r.participant_id', 'r.status', 'r.on_date'])
        .where('gp.group_id', '=', id)
        .orderBy('r.on_date')
        .orderBy('r.created_at')
        .orderBy('r.id')
        .execute(),
      ctx.db
        .selectFrom('group_sessions')
        .select(['id', 'held_on', 'visitors', 'activity_id'])
        .where('group_id', '=', id)
        .orderBy('held_on')
        .orderBy('id')
        .execute(),
      ctx.db
        .selectFrom('session_attendance as a')
        .innerJoin('group_sessions as s', 's.id', 'a.session_id')
        .select(['a.participant_id', 'a.contributions', 's.held_on', 's.id as session_id'])
        .where('s.group_id', '=', id)
        .orderBy('s.held_on')
        .orderBy('s.id')
        .orderBy('a.participant_id')
        .execute(),
      ctx.db
        .selectFrom('dropout_followups')
        .selectAll()
        .where('group_id', '=', id)
        .where('done_on', 'is', null)
        .orderBy('detected_on')
        .orderBy('id')
        .execute(),
      ctx.db.selectFrom('house_rules').selectAll().where('group_id', '=', id).orderBy('version', 'desc').execute(),
      ctx.db
        .selectFrom('group_activities')
        .selectAll()
        .where('group_id', '=', id)
        .orderBy('name')
        .orderBy('id')
        .execute(),
      ctx.db
        .selectFrom('group_evaluations')
        .selectAll()
        .where('group_id', '=', id)
        .orderBy('held_on')
        .orderBy('id')
        .execute(),
    ]);
  await ctx.audit(
    { action: 'read', recordType: 'support_group', recordId: id },
    ...participants.map((p) => ({
      action: 'list' as const,
      recordType: 'group_participant',
      recordId: p.id,
      personId: p.person_id,
    })),
  );
  const names = new Map(participants.map((p) => [p.id, rowDisplayName(p)]));
  const structural = participants.filter((p) => p.status === 'structural').length;
  const active = participants.filter((p) => takingPart.includes(p.status));
  const routeOf = groupBy(route, (r) => r.participant_id);
  const routes = participants.map((p) =>
    (routeOf.get(p.id) ?? []).map((r) => ({ status: r.status, onDate: r.on_date })),
  );
  const presentAt = groupBy(attendance, (a) => a.session_id);
  const perSession = sessions.map((s) => ({
    heldOn: s.held_on,
    present: presentAt.get(s.id)?.length ?? 0,
    visitors: s.visitors,
  }));
  const contributionsPerPerson = new Map<string, number>();
  for (const a of attendance)
    if (a.contributions.length > 0)
      contributionsPerPerson.set(a.participant_id, (contributionsPerPerson.get(a.participant_id) ?? 0) + 1);
  return {
    group: {
      id: g.id,
      name: g.name,
      location: g.location,
      startedOn: g.started_on,
      endedOn: g.ended_on,
      phases: g.phases,
      conditions: g.conditions,
      targetParticipants: g.target_participants,
      activityHours: Number(g.activity_hours),
      availableHours: Number(g.available_hours),
      absenceThreshold: g.absence_threshold,
      budgetCents: g.budget_cents,
      spentCents: g.spent_cents,
      ownContributionCents: g.own_contribution_cents,
    },
    phase: currentPhase(g.phases, today),
    workers: workers.map((w) => ({ userId: w.user_id, role: w.role, name: w.display_name })),
    capacity: capacityAdvice({
      structural,
      activityHours: Number(g.activity_hours),
      availableHours: Number(g.available_hours),
    }),
    counts: { structural, takingPart: active.length, all: participants.length },
    participants: participants.map((p) => ({
      id: p.id,
      personId: p.person_id,
      name: rowDisplayName(p),
      status: p.status,
      noEmergencyContact: !p.emergency_contact,
      cameVia: p.came_via,
      talents: p.talents,
    })),
    attendance: perSession,
    retention: retention(routes, today),
    followUps: followups.map((f) => ({
      id: f.id,
      participantId: f.participant_id,
      name: names.get(f.participant_id) ?? '',
      detectedOn: f.detected_on,
      missedSince: f.missed_since,
      how: f.how,
      byKind: f.by_kind,
      byParticipant: f.by_participant,
      note: f.note,
    })),
    notContributed: notContributedLately(
      attendance.map((a) => ({
        participantId: a.participant_id,
        heldOn: a.held_on,
        contributed: a.contributions.length > 0,
      })),
      active.map((p) => p.id),
    ).map((pid) => ({ id: pid, name: names.get(pid) ?? '' })),
    contributionSpread: active.map((p) => ({
      id: p.id,
      name: rowDisplayName(p),
      sessionsWithContribution: contributionsPerPerson.get(p.id) ?? 0,
    })),
    houseRules: rules.map((r) => ({ version: r.version, agreedOn: r.agreed_on, rules: r.rules.rules })),
    activities: activities.map((a) => ({
      id: a.id,
      name: a.name,
      recurrence: a.recurrence,
      audience: a.audience,
      active: a.active,
    })),
    evaluations: evaluations.map((e) => ({
      kind: e.kind,
      heldOn: e.held_on,
      subgoals: e.subgoals,
      whatWorked: e.what_worked,
      neededToContinue: e.needed_to_continue,
    })),
  };
}

/** Colleagues who can run a group, back it up, or hold evaluation interviews. */
export async function staff(ctx: Ctx) {
  const rows = await ctx.db
    .selectFrom('users')
    .select(['id', 'display_name', 'role'])
    .where('organisation_id', '=', ctx.actor.organisationId)
    .where('status', '=', 'active')
    .where('role', 'in', ['social_worker', 'evaluator'])
    .orderBy('display_name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.display_name, role: r.role }));
}
