// A team a record points at must be one of the organisation's own. The database refuses another
// organisation's team too (composite foreign keys, migration 008); this check says so in words.
import type { Ctx } from '../../platform/route.js';
import { fieldError } from '../../platform/errors.js';

export async function requireOwnTeam(ctx: Ctx, teamId: string | null | undefined) {
  if (!teamId) return;
  const team = await ctx.db
    .selectFrom('teams')
    .select('id')
    .where('id', '=', teamId)
    .where('organisation_id', '=', ctx.actor.organisationId)
    .executeTakeFirst();
  if (!team) throw fieldError('unknown_team', 'teamId');
}
