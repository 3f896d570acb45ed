// Who works with a person, for their page (issue 19): the coach of an active or proposed match
// and the support-net groups they take part in, each only where the reader may follow the link.
import { takingPart } from '../../../shared/groups/model.js';
import { rowDisplayName } from '../../../shared/names.js';
import { type Actor, visibleGroups, visibleTrajectories } from '../../platform/policy.js';
import type { Ctx } from '../../platform/route.js';

export async function involvedWith(ctx: Ctx, personId: string) {
  const actor: Actor = ctx.actor;
  const [coaching, groups] = await Promise.all([
    ctx.db
      .selectFrom('trajectories')
      .innerJoin('coach_matches as m', 'm.trajectory_id', 'trajectories.id')
      .innerJoin('coaches as c', 'c.id', 'm.coach_id')
      .select(['trajectories.id as trajectoryId', 'm.status', 'm.started_on', 'c.first_name', 'c.last_name'])
      .where('trajectories.person_id', '=', personId)
      .where('trajectories.organisation_id', '=', actor.organisationId)
      .where('m.status', 'in', ['proposed', 'active'])
      .where(visibleTrajectories(actor))
      .orderBy('m.started_on')
      .orderBy('m.id')
      .execute(),
    ctx.db
      .selectFrom('support_groups')
      .innerJoin('group_participants as gp', 'gp.group_id', 'support_groups.id')
      .select(['support_groups.id', 'support_groups.name', 'gp.id as participantId', 'gp.status'])
      .where('gp.person_id', '=', personId)
      .where('support_groups.organisation_id', '=', actor.organisationId)
      .where('gp.status', 'in', takingPart)
      .where(visibleGroups(actor))
      .orderBy('support_groups.name')
      .orderBy('support_groups.id')
      .execute(),
  ]);
  return {
    coaches: coaching.map((m) => ({
      trajectoryId: m.trajectoryId,
      coach: rowDisplayName(m),
      status: m.status,
      since: m.started_on,
    })),
    groups: groups.map((g) => ({ groupId: g.id, name: g.name, participantId: g.participantId })),
  };
}
