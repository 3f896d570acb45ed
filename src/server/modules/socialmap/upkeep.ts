// Keeping the social map fresh (issue 15): the "still correct?" list of entries nobody checked
// for the organisation's number of months, and mistakes that users of the map report.
import { clock } from '../../../shared/clock.js';
import { freshSince } from '../../../shared/socialmap/freshness.js';
import type { Ctx } from '../../platform/route.js';
import { notFound } from '../../platform/errors.js';
import { requireEntry, staleMonths } from './entries.js';

/** What asks for the keeper's attention: stale entries, oldest check first, and open mistakes. */
export async function upkeep(ctx: Ctx) {
  const months = await staleMonths(ctx);
  const since = freshSince(clock.today(), months);
  const stale = await ctx.db
    .selectFrom('social_map_entries as e')
    .leftJoin('users as u', 'u.id', 'e.checked_by')
    .select(['e.id', 'e.name', 'e.provider', 'e.checked_on', 'u.display_name'])
    .where('e.organisation_id', '=', ctx.actor.organisationId)
    .where('e.archived_at', 'is', null)
    .where('e.checked_on', '<', since)
    .orderBy('e.checked_on')
    .orderBy('e.name')
    .limit(500)
    .execute();
  const mistakes = await ctx.db
    .selectFrom('social_map_mistakes as m')
    .innerJoin('social_map_entries as e', 'e.id', 'm.entry_id')
    .innerJoin('users as u', 'u.id', 'm.reported_by')
    .select(['m.id', 'm.entry_id', 'm.message', 'm.reported_at', 'e.name', 'u.display_name'])
    .where('m.organisation_id', '=', ctx.actor.organisationId)
    .where('m.resolved_at', 'is', null)
    .where('e.archived_at', 'is', null)
    .orderBy('m.reported_at')
    .limit(500)
    .execute();
  return {
    staleMonths: months,
    stale: stale.map((s) => ({
      id: s.id,
      name: s.name,
      provider: s.provider,
      checkedOn: s.checked_on,
      checkedBy: s.display_name,
    })),
    mistakes: mistakes.map((m) => ({
      id: m.id,
      entryId: m.entry_id,
      entryName: m.name,
      message: m.message,
      reportedAt: m.reported_at.toISOString(),
      reportedBy: m.display_name,
    })),
  };
}

/** Anyone who uses the map can say something is wrong; it waits on the keeper's list. */
export async function reportMistake(ctx: Ctx, entryId: string, message: string) {
  await requireEntry(ctx, entryId);
  const id = crypto.randomUUID();
  await ctx.db
    .insertInto('social_map_mistakes')
    .values({
      id,
      organisation_id: ctx.actor.organisationId,
      entry_id: entryId,
      message,
      reported_by: ctx.actor.userId,
      reported_at: clock.now(),
    })
    .execute();
  await ctx.audit({ action: 'create', recordType: 'social_map_mistake', recordId: id });
  return { id };
}

/** The keeper dealt with a reported mistake (changed the entry, or found it was right). */
export async function resolveMistake(ctx: Ctx, id: string) {
  const done = await ctx.db
    .updateTable('social_map_mistakes')
    .set({ resolved_at: clock.now(), resolved_by: ctx.actor.userId })
    .where('id', '=', id)
    .where('organisation_id', '=', ctx.actor.organisationId)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) throw notFound();
  await ctx.audit({ action: 'update', recordType: 'social_map_mistake', recordId: id });
  return { id };
}
