// Activities and sessions: attendance and contributions entered in one go, newcomers added on the
// spot, and after every session the dropout check (detectDropouts) opens follow-up tasks.
import type { z } from 'zod';
import { detectDropouts } from '../../../shared/groups/dropout.js';
import type { ContributionKind } from '../../../shared/groups/model.js';
import type {
  activitySchema,
  followUpSchema,
  sessionCorrectionSchema,
  sessionSchema,
} from '../../../shared/groups/schemas.js';
import { fieldError, HttpError, isUniqueViolation, notFound } from '../../platform/errors.js';
import type { Ctx } from '../../platform/route.js';
import { insertParticipant, newParticipantPerson } from './participants.js';
import { checkInGroupLife, requireGroup } from './repo.js';
import { groupBy } from '../../../shared/group-by.js';
import { rowDisplayName } from '../../../shared/names.js';
import { clock } from '../../../shared/clock.js';
import { givenColumns } from '../../db/given.js';

export async function addActivity(ctx: Ctx, groupId: string, input: z.output<typeof activitySchema>) {
  await requireGroup(ctx, groupId);
  const id = crypto.randomUUID();
  await ctx.db
    .insertInto('group_activities')
    .values({ id, organisation_id: ctx.actor.organisationId, group_id: groupId, ...input })
    .execute();
  return { id };
}

export async function listSessions(ctx: Ctx, groupId: string) {
  await requireGroup(ctx, groupId);
  const sessions = await ctx.db
    .selectFrom('group_sessions as s')
    .leftJoin('group_activities as a', 'a.id', 's.activity_id')
    .select(['s.id', 's.held_on', 's.visitors', 's.note', 's.activity_id', 'a.name as activity'])
    .where('s.group_id', '=', groupId)
    .orderBy('s.held_on', 'desc')
    .limit(100)
    .execute();
  // Attendance only of the sessions shown, grouped once.
  const attendance =
    sessions.length === 0
      ? []
      : await ctx.db
          .selectFrom('session_attendance as a')
          .innerJoin('group_participants as gp', 'gp.id', 'a.participant_id')
          .innerJoin('persons as p', 'p.id', 'gp.person_id')
          .select([
            'a.session_id',
            'a.participant_id',
            'a.contributions',
            'a.contribution_note',
            'p.first_name',
            'p.last_name',
          ])
          .where(
            'a.session_id',
            'in',
            sessions.map((x) => x.id),
          )
          .execute();
  const presentAt = groupBy(attendance, (a) => a.session_id);
  await ctx.audit({
    action: 'list',
    recordType: 'group_session',
    recordId: groupId,
    detail: `count:${sessions.length}`,
  });
  return sessions.map((s) => ({
    id: s.id,
    heldOn: s.held_on,
    visitors: s.visitors,
    note: s.note,
    activityId: s.activity_id,
    activity: s.activity,
    attendance: (presentAt.get(s.id) ?? []).map((a) => ({
      participantId: a.participant_id,
      name: rowDisplayName(a),
      contributions: a.contributions,
      note: a.contribution_note,
    })),
  }));
}

/** Runs the dropout check for a group and opens a follow-up for anyone newly detected. */
export async function openDropoutFollowUps(ctx: Ctx, group: { id: string; absence_threshold: number }) {
  const [sessions, attendance, structural, open] = await Promise.all([
    ctx.db.selectFrom('group_sessions').select(['id', 'held_on']).where('group_id', '=', group.id).execute(),
    ctx.db
      .selectFrom('session_attendance as a')
      .innerJoin('group_sessions as s', 's.id', 'a.session_id')
      .select(['a.session_id', 'a.participant_id'])
      .where('s.group_id', '=', group.id)
      .execute(),
    ctx.db
      .selectFrom('group_participants as gp')
      .innerJoin('participant_route as r', 'r.participant_id', 'gp.id')
      .select(['gp.id', 'gp.person_id'])
      .select(({ fn }) => fn.max('r.on_date').as('since'))
      .where('gp.group_id', '=', group.id)
      .where('gp.status', '=', 'structural')
      .where('r.status', '=', 'structural')
      .groupBy(['gp.id', 'gp.person_id'])
      .execute(),
    ctx.db
      .selectFrom('dropout_followups')
      .select('participant_id')
      .where('group_id', '=', group.id)
      .where('done_on', 'is', null)
      .execute(),
  ]);
  const present = groupBy(attendance, (a) => a.session_id);
  const found = detectDropouts(
    sessions.map((s) => ({
      heldOn: s.held_on,
      present: new Set((present.get(s.id) ?? []).map((a) => a.participant_id)),
    })),
    structural.map((p) => ({ id: p.id, since: String(p.since) })),
    group.absence_threshold,
  );
  const already = new Set(open.map((o) => o.participant_id));
  const fresh = found.filter((d) => !already.has(d.participantId));
  if (fresh.length === 0) return 0;
  const today = clock.today();
  const personOf = new Map(structural.map((p) => [p.id, p.person_id]));
  const rows = fresh.map((d) => ({
    id: crypto.randomUUID(),
    organisation_id: ctx.actor.organisationId,
    group_id: group.id,
    participant_id: d.participantId,
    detected_on: today,
    missed_since: d.missedSince,
    how: null,
    by_kind: null,
    by_participant: null,
    done_on: null,
    outcome: null,
    note: null,
  }));
  await ctx.db.insertInto('dropout_followups').values(rows).execute();
  await ctx.audit(
    ...rows.map((r) => ({
      action: 'create' as const,
      recordType: 'dropout_followup',
      recordId: r.id,
      personId: personOf.get(r.participant_id),
    })),
  );
  return fresh.length;
}

type Attendance = z.output<typeof sessionSchema>['attendance'];

/** Everyone present once, and each a participant of this group. */
async function checkAttendance(ctx: Ctx, groupId: string, attendance: Attendance) {
  const seen = new Set<string>();
  attendance.forEach((a, i) => {
    if (seen.has(a.participantId)) throw fieldError('participant_twice', `attendance.${i}.participantId`);
    seen.add(a.participantId);
  });
  if (seen.size === 0) return;
  const members = await ctx.db
    .selectFrom('group_participants')
    .select('id')
    .where('group_id', '=', groupId)
    .where('id', 'in', [...seen])
    .execute();
  if (members.length !== seen.size) {
    const ok = new Set(members.map((m) => m.id));
    const i = attendance.findIndex((a) => !ok.has(a.participantId));
    throw fieldError('not_in_group', `attendance.${i}.participantId`);
  }
}

/** Attendance as rows of session_attendance: who was there, what they did, and a note on it. */
const attendanceRows = (
  ctx: Ctx,
  sessionId: string,
  attendance: { participantId: string; contributions: ContributionKind[]; note?: string | null }[],
) =>
  attendance.map((a) => ({
    organisation_id: ctx.actor.organisationId,
    session_id: sessionId,
    participant_id: a.participantId,
    contributions: a.contributions,
    contribution_note: a.note ?? null,
  }));

export async function addSession(ctx: Ctx, groupId: string, input: z.output<typeof sessionSchema>) {
  const group = await requireGroup(ctx, groupId);
  const today = clock.today();
  checkInGroupLife(group, input.heldOn, 'heldOn', today);
  await checkAttendance(ctx, groupId, input.attendance);
  if (input.activityId) {
    const activity = await ctx.db
      .selectFrom('group_activities')
      .select('id')
      .where('id', '=', input.activityId)
      .where('group_id', '=', groupId)
      .executeTakeFirst();
    if (!activity) throw notFound();
  }
  const id = crypto.randomUUID();
  try {
    await ctx.db
      .insertInto('group_sessions')
      .values({
        id,
        organisation_id: ctx.actor.organisationId,
        group_id: groupId,
        activity_id: input.activityId ?? null,
        held_on: input.heldOn,
        visitors: input.visitors,
        note: input.note ?? null,
        created_by: ctx.actor.userId,
      })
      .execute();
  } catch (error) {
    // One session per activity per date (unique index, migration 011): a second save of the same
    // day is told to correct the first, also when two devices save at once.
    if (isUniqueViolation(error))
      throw new HttpError(409, 'session_exists', { fields: [{ path: 'heldOn', message: 'session_exists' }] });
    throw error;
  }
  const rows = attendanceRows(ctx, id, input.attendance);
  // Newcomers come to their introduction today and are marked present.
  for (const n of input.newcomers) {
    const personId = await newParticipantPerson(ctx, n);
    const participantId = await insertParticipant(
      ctx,
      groupId,
      personId,
      { cameVia: n.cameVia },
      'introduction',
      input.heldOn,
    );
    rows.push(...attendanceRows(ctx, id, [{ participantId, contributions: [] }]));
  }
  if (rows.length > 0) await ctx.db.insertInto('session_attendance').values(rows).execute();
  await ctx.audit({ action: 'create', recordType: 'group_session', recordId: id, detail: `present:${rows.length}` });
  const followUps = await openDropoutFollowUps(ctx, group);
  return { id, followUpsOpened: followUps };
}

/**
 * Corrects who was at a session and what they did. Dropout detection follows: a follow-up nobody
 * has started for someone who turns out to have been there goes, and anyone now absent often
 * enough gets one.
 */
export async function correctSession(
  ctx: Ctx,
  groupId: string,
  sessionId: string,
  input: z.output<typeof sessionCorrectionSchema>,
) {
  const group = await requireGroup(ctx, groupId);
  const session = await ctx.db
    .selectFrom('group_sessions')
    .select(['id', 'held_on'])
    .where('id', '=', sessionId)
    .where('group_id', '=', groupId)
    .executeTakeFirst();
  if (!session) throw notFound();
  await checkAttendance(ctx, groupId, input.attendance);
  await ctx.db
    .updateTable('group_sessions')
    .set({ visitors: input.visitors, note: input.note ?? null, updated_at: clock.now() })
    .where('id', '=', sessionId)
    .execute();
  await ctx.db.deleteFrom('session_attendance').where('session_id', '=', sessionId).execute();
  if (input.attendance.length > 0)
    await ctx.db
      .insertInto('session_attendance')
      .values(attendanceRows(ctx, sessionId, input.attendance))
      .execute();
  const present = input.attendance.map((a) => a.participantId);
  const mistaken =
    present.length === 0
      ? []
      : await ctx.db
          .deleteFrom('dropout_followups')
          .where('group_id', '=', groupId)
          .where('participant_id', 'in', present)
          .where('done_on', 'is', null)
          .where('how', 'is', null)
          .where('missed_since', '<=', session.held_on)
          .returning(['id'])
          .execute();
  await ctx.audit(
    { action: 'update', recordType: 'group_session', recordId: sessionId, detail: `present:${present.length}` },
    ...mistaken.map((m) => ({ action: 'delete' as const, recordType: 'dropout_followup', recordId: m.id })),
  );
  const followUps = await openDropoutFollowUps(ctx, group);
  return { id: sessionId, followUpsOpened: followUps, followUpsWithdrawn: mistaken.length };
}

export async function updateFollowUp(ctx: Ctx, id: string, input: z.output<typeof followUpSchema>) {
  const f = await ctx.db
    .selectFrom('dropout_followups as f')
    .innerJoin('group_participants as gp', 'gp.id', 'f.participant_id')
    .select(['f.id', 'f.group_id', 'f.done_on', 'f.detected_on', 'gp.person_id'])
    .where('f.id', '=', id)
    .where('f.organisation_id', '=', ctx.actor.organisationId)
    .executeTakeFirst();
  if (!f) throw notFound();
  await requireGroup(ctx, f.group_id);
  if (f.done_on) throw new HttpError(409, 'followup_done');
  if (input.doneOn && input.doneOn > clock.today()) throw fieldError('date_in_future', 'doneOn');
  if (input.doneOn && input.doneOn < f.detected_on) throw fieldError('followup_before_detected', 'doneOn');
  if (input.byParticipant) {
    const helper = await ctx.db
      .selectFrom('group_participants')
      .select('id')
      .where('id', '=', input.byParticipant)
      .where('group_id', '=', f.group_id)
      .executeTakeFirst();
    if (!helper) throw fieldError('not_in_group', 'byParticipant');
  }
  const set = givenColumns({
    how: input.how,
    by_kind: input.byKind,
    by_participant: input.byParticipant,
    done_on: input.doneOn,
    outcome: input.outcome,
    note: input.note,
  });
  // An empty change is a valid request that changes nothing (an UPDATE needs at least one column).
  if (Object.keys(set).length > 0)
    await ctx.db.updateTable('dropout_followups').set(set).where('id', '=', id).execute();
  await ctx.audit({
    action: 'update',
    recordType: 'dropout_followup',
    recordId: id,
    personId: f.person_id,
    detail: input.outcome ?? null,
  });
  return { ok: true };
}
