// Places that may suit a client or participant (issue 15, item 4). What they like comes from their
// own words: a client's interests at registration and the interests, talents and wishes of coach
// steps 3 and 5; a participant's wishes and talents in their group. Where they live is the
// person's neighbourhood, when they are free the client's availability. Reading these is reading
// the person: only for those who may see them (policy), and audited.
import { sql } from 'kysely';
import { clock } from '../../../shared/clock.js';
import { freshSince } from '../../../shared/socialmap/freshness.js';
import { defaultInterests } from '../../../shared/socialmap/model.js';
import { interestsOf, suggest } from '../../../shared/socialmap/suggest.js';
import type { WeekPart } from '../../../shared/week.js';
import { notFound } from '../../platform/errors.js';
import { visiblePersons } from '../../platform/policy.js';
import type { Ctx } from '../../platform/route.js';
import { staleMonths } from './entries.js';
import { hitsInOrder } from './search.js';

const listOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

async function profileOf(ctx: Ctx, personId: string) {
  const person = await ctx.db
    .selectFrom('persons')
    .select(['id', 'first_name', 'neighbourhood'])
    .where('id', '=', personId)
    .where('organisation_id', '=', ctx.actor.organisationId)
    .where(visiblePersons(ctx.actor))
    .executeTakeFirst();
  if (!person) throw notFound([{ action: 'read', recordType: 'person', personId, outcome: 'denied' }]);
  const trajectory = await ctx.db
    .selectFrom('trajectories')
    .select(['id', 'interests', 'availability'])
    .where('person_id', '=', personId)
    .where('organisation_id', '=', ctx.actor.organisationId)
    .orderBy('registered_on', 'desc')
    .executeTakeFirst();
  const worksheets = trajectory
    ? await ctx.db
        .selectFrom('trajectory_steps')
        .select(['step', 'worksheet'])
        .where('trajectory_id', '=', trajectory.id)
        .where('step', 'in', [3, 5])
        .execute()
    : [];
  const groups = await ctx.db
    .selectFrom('group_participants')
    .select(['wishes', 'talents'])
    .where('person_id', '=', personId)
    .where('organisation_id', '=', ctx.actor.organisationId)
    .execute();
  const words = [
    ...(trajectory?.interests ?? []),
    ...worksheets.flatMap((w) => [
      ...listOf(w.worksheet.interests),
      ...listOf(w.worksheet.talents),
      ...listOf(w.worksheet.wishes),
    ]),
    ...groups.flatMap((g) => [...g.talents, ...(g.wishes ? [g.wishes] : [])]),
  ];
  return {
    firstName: person.first_name,
    neighbourhood: person.neighbourhood,
    free: (trajectory?.availability ?? []) as WeekPart[],
    words,
  };
}

export async function suggestionsFor(ctx: Ctx, personId: string) {
  const profile = await profileOf(ctx, personId);
  await ctx.audit({ action: 'read', recordType: 'person', recordId: personId, personId, detail: 'social_map' });
  const liked = interestsOf(profile.words, defaultInterests);
  const today = clock.today();
  const places = liked.length
    ? await ctx.db
        .selectFrom('social_map_entries as e')
        .select(['e.id', 'e.name', 'e.interests', 'e.neighbourhoods', 'e.week_shape', 'e.cost_kind', 'e.low_threshold'])
        .where('e.organisation_id', '=', ctx.actor.organisationId)
        .where('e.archived_at', 'is', null)
        .where((eb) => eb.or([eb('e.last_day', 'is', null), eb('e.last_day', '>=', today)]))
        .where(sql<boolean>`e.interests && ${sql.val(liked)}::text[]`)
        .limit(2000)
        .execute()
    : [];
  const chosen = suggest(
    profile,
    places.map((p) => ({
      id: p.id,
      name: p.name,
      interests: p.interests,
      neighbourhoods: p.neighbourhoods,
      weekShape: p.week_shape,
      costKind: p.cost_kind,
      lowThreshold: p.low_threshold,
    })),
    defaultInterests,
  );
  const hits = await hitsInOrder(
    ctx,
    chosen.map((c) => c.id),
    today,
    freshSince(today, await staleMonths(ctx)),
  );
  const reasons = new Map(chosen.map((c) => [c.id, c.reasons]));
  return {
    firstName: profile.firstName,
    basedOn: { interests: liked, free: profile.free, neighbourhood: profile.neighbourhood },
    items: hits.map((hit) => ({ ...hit, reasons: reasons.get(hit.id) ?? [] })),
  };
}
