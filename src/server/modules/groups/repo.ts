// Shared queries of the support-net groups. Visibility comes from the policy module.
import { fieldError, notFound } from '../../platform/errors.js';
import { visibleGroups } from '../../platform/policy.js';
import type { Ctx } from '../../platform/route.js';

/** A group the actor runs or backs up, or a 404 recorded as a denied read. */
export async function requireGroup(ctx: Ctx, id: string) {
  const g = await ctx.db
    .selectFrom('support_groups')
    .selectAll()
    .where('id', '=', id)
    .where('organisation_id', '=', ctx.actor.organisationId)
    .where(visibleGroups(ctx.actor))
    .executeTakeFirst();
  if (!g) throw notFound([{ action: 'read', recordType: 'support_group', recordId: id, outcome: 'denied' }]);
  return g;
}

/** A participant of a group the actor may see. */
export async function requireParticipant(ctx: Ctx, id: string) {
  const p = await ctx.db
    .selectFrom('group_participants as gp')
    .innerJoin('persons as p', 'p.id', 'gp.person_id')
    .selectAll('gp')
    .select(['p.first_name', 'p.last_name', 'p.phone'])
    .where('gp.id', '=', id)
    .where('gp.organisation_id', '=', ctx.actor.organisationId)
    .executeTakeFirst();
  if (!p) throw notFound([{ action: 'read', recordType: 'group_participant', recordId: id, outcome: 'denied' }]);
  const group = await requireGroup(ctx, p.group_id).catch(() => null);
  if (!group)
    throw notFound([
      { action: 'read', recordType: 'group_participant', recordId: id, personId: p.person_id, outcome: 'denied' },
    ]);
  return { participant: p, group };
}

/** A day must fall inside the group's life: from its start to its end (or today). */
export function checkInGroupLife(
  group: { started_on: string; ended_on: string | null },
  day: string,
  path: string,
  today: string,
) {
  const to = group.ended_on ?? today;
  if (day < group.started_on || day > to) throw fieldError('date_outside_group', path, { from: group.started_on, to });
}
