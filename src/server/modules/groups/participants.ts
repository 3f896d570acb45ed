// Participants: a minimal record (no intake form), and their route through the group as dated steps.
import type { z } from 'zod';
import { type cameVia, type RouteStatus, routeNeedsNote } from '../../../shared/groups/model.js';
import type { participantPatchSchema, participantSchema, routeSchema } from '../../../shared/groups/schemas.js';
import { fieldError, HttpError } from '../../platform/errors.js';
import type { Ctx } from '../../platform/route.js';
import { insertPerson, requirePerson } from '../people/service.js';
import { checkInGroupLife, requireGroup, requireParticipant } from './repo.js';
import { rowDisplayName } from '../../../shared/names.js';
import { clock } from '../../../shared/clock.js';
import { givenColumns } from '../../db/given.js';

/** A person for a newcomer: only a name (and a phone number if they want). Their access comes
 * from the group (policy.visiblePersons), so no assignment is made. */
export const newParticipantPerson = (ctx: Ctx, p: { firstName: string; lastName: string; phone?: string | null }) =>
  insertPerson(ctx, { kind: 'participant', ...p });

export async function insertParticipant(
  ctx: Ctx,
  groupId: string,
  personId: string,
  fields: {
    cameVia: (typeof cameVia)[number];
    cameViaNote?: string | null;
    wishes?: string | null;
    talents?: string[];
    emergencyContact?: string | null;
  },
  status: RouteStatus,
  onDate: string,
) {
  const exists = await ctx.db
    .selectFrom('group_participants')
    .select('id')
    .where('group_id', '=', groupId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (exists) throw new HttpError(409, 'participant_in_group', { params: { id: exists.id } });
  const id = crypto.randomUUID();
  await ctx.db
    .insertInto('group_participants')
    .values({
      id,
      organisation_id: ctx.actor.organisationId,
      group_id: groupId,
      person_id: personId,
      came_via: fields.cameVia,
      came_via_note: fields.cameViaNote ?? null,
      wishes: fields.wishes ?? null,
      talents: fields.talents ?? [],
      emergency_contact: fields.emergencyContact ?? null,
      status,
    })
    .execute();
  await ctx.db
    .insertInto('participant_route')
    .values({
      id: crypto.randomUUID(),
      organisation_id: ctx.actor.organisationId,
      participant_id: id,
      status,
      on_date: onDate,
      note: null,
      created_by: ctx.actor.userId,
    })
    .execute();
  await ctx.audit({ action: 'create', recordType: 'group_participant', recordId: id, personId });
  return id;
}

export async function addParticipant(ctx: Ctx, groupId: string, input: z.output<typeof participantSchema>) {
  const group = await requireGroup(ctx, groupId);
  checkInGroupLife(group, input.onDate, 'onDate', clock.today());
  let personId = input.personId;
  if (personId) await requirePerson(ctx, personId);
  else personId = await newParticipantPerson(ctx, input.person!);
  const id = await insertParticipant(ctx, groupId, personId, input, input.status, input.onDate);
  return { id, personId };
}

export async function getParticipant(ctx: Ctx, id: string) {
  const { participant: p, group } = await requireParticipant(ctx, id);
  const [route, attended, maps] = await Promise.all([
    ctx.db
      .selectFrom('participant_route')
      .selectAll()
      .where('participant_id', '=', id)
      .orderBy('on_date')
      .orderBy('created_at')
      .execute(),
    ctx.db
      .selectFrom('session_attendance as a')
      .innerJoin('group_sessions as s', 's.id', 'a.session_id')
      .select(['s.held_on', 'a.contributions'])
      .where('a.participant_id', '=', id)
      .orderBy('s.held_on', 'desc')
      .limit(20)
      .execute(),
    ctx.db
      .selectFrom('network_maps')
      .select(['id', 'kind', 'label', 'taken_on'])
      .where('person_id', '=', p.person_id)
      .orderBy('taken_on')
      .execute(),
  ]);
  await ctx.audit({ action: 'read', recordType: 'group_participant', recordId: id, personId: p.person_id });
  return {
    id: p.id,
    personId: p.person_id,
    groupId: group.id,
    groupName: group.name,
    name: rowDisplayName(p),
    phone: p.phone,
    status: p.status,
    cameVia: p.came_via,
    cameViaNote: p.came_via_note,
    wishes: p.wishes,
    talents: p.talents,
    emergencyContact: p.emergency_contact,
    route: route.map((r) => ({ status: r.status, onDate: r.on_date, note: r.note })),
    recentSessions: attended.map((a) => ({ heldOn: a.held_on, contributions: a.contributions })),
    maps: maps.map((m) => ({ id: m.id, kind: m.kind, label: m.label, takenOn: m.taken_on })),
  };
}

export async function updateParticipant(ctx: Ctx, id: string, input: z.output<typeof participantPatchSchema>) {
  const { participant } = await requireParticipant(ctx, id);
  const set = givenColumns({
    came_via_note: input.cameViaNote,
    wishes: input.wishes,
    talents: input.talents,
    emergency_contact: input.emergencyContact,
  });
  if (Object.keys(set).length > 0)
    await ctx.db.updateTable('group_participants').set(set).where('id', '=', id).execute();
  await ctx.audit({
    action: 'update',
    recordType: 'group_participant',
    recordId: id,
    personId: participant.person_id,
    detail: `fields:${Object.keys(input).sort().join(',')}`,
  });
  return { ok: true };
}

export async function addRouteStep(ctx: Ctx, id: string, input: z.output<typeof routeSchema>) {
  const { participant, group } = await requireParticipant(ctx, id);
  checkInGroupLife(group, input.onDate, 'onDate', clock.today());
  const last = await ctx.db
    .selectFrom('participant_route')
    .select('on_date')
    .where('participant_id', '=', id)
    .orderBy('on_date', 'desc')
    .executeTakeFirst();
  if (last && input.onDate < last.on_date) throw fieldError('route_before_previous', 'onDate');
  if (routeNeedsNote.includes(input.status) && !input.note) throw fieldError('route_note_needed', 'note');
  await ctx.db
    .insertInto('participant_route')
    .values({
      id: crypto.randomUUID(),
      organisation_id: ctx.actor.organisationId,
      participant_id: id,
      status: input.status,
      on_date: input.onDate,
      note: input.note ?? null,
      created_by: ctx.actor.userId,
    })
    .execute();
  await ctx.db.updateTable('group_participants').set({ status: input.status }).where('id', '=', id).execute();
  await ctx.audit({
    action: 'update',
    recordType: 'group_participant',
    recordId: id,
    personId: participant.person_id,
    detail: `route:${input.status}`,
  });
  return { ok: true };
}
