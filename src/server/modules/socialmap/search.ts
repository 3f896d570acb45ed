// Finding places on the social map (issue 15): words (Dutch stems, accents ignored, the words of
// interests too), interests, neighbourhood, a day and part of the day, cost, accessibility, low
// threshold. The database narrows by everything it can index; the exact dates ("on Saturday the
// 12th", with its days off and its period) are worked out for what is left.
import { sql } from 'kysely';
import { clock } from '../../../shared/clock.js';
import { foldForSearch } from '../../../shared/search.js';
import { freshSince } from '../../../shared/socialmap/freshness.js';
import { defaultInterests } from '../../../shared/socialmap/model.js';
import { dayParts, weekDays, weekdayOf } from '../../../shared/week.js';
import { isOn, nextOccurrences } from '../../../shared/socialmap/schedule.js';
import type { EntrySearch } from '../../../shared/socialmap/schemas.js';
import { interestsMentioned, tsQuery } from '../../../shared/socialmap/search-text.js';
import type { Ctx } from '../../platform/route.js';
import { staleMonths } from './entries.js';

/** The parts of the week that answer a question about the week ("sat_morning", …). */
function wantedShapes(weekday: string | null | undefined, part: string | null | undefined): string[] | null {
  if (!weekday && !part) return null;
  const days = weekday ? [weekday] : weekDays;
  const parts = part ? [part] : dayParts;
  return days.flatMap((d) => parts.map((p) => `${d}_${p}`));
}

/** More than this many candidates for an exact date are not worked through (a whole region's map). */
const exactDateCap = 3000;

export async function searchEntries(ctx: Ctx, input: EntrySearch) {
  const today = clock.today();
  const months = await staleMonths(ctx);
  const query = tsQuery(input.q);
  const mentioned = interestsMentioned(input.q, defaultInterests);
  const shapes = wantedShapes(input.date ? weekdayOf(input.date) : input.weekday, input.part);

  let q = ctx.db
    .selectFrom('social_map_entries as e')
    .where('e.organisation_id', '=', ctx.actor.organisationId)
    .where('e.archived_at', 'is', null)
    // Over and done with: a past one-off, a period that ended.
    .where((eb) => eb.or([eb('e.last_day', 'is', null), eb('e.last_day', '>=', input.date ?? today)]));
  if (query)
    q = q.where((eb) =>
      eb.or([
        sql<boolean>`e.search_vector @@ to_tsquery('dutch', ${query})`,
        ...(mentioned.length ? [sql<boolean>`e.interests && ${sql.val(mentioned)}::text[]`] : []),
      ]),
    );
  if (input.interests.length) q = q.where(sql<boolean>`e.interests && ${sql.val(input.interests)}::text[]`);
  if (input.neighbourhood) q = q.where(sql<boolean>`${foldForSearch(input.neighbourhood)} = ANY(e.neighbourhoods)`);
  if (shapes) q = q.where(sql<boolean>`e.week_shape && ${sql.val(shapes)}::text[]`);
  if (input.free) q = q.where('e.cost_kind', '=', 'free');
  else if (input.maxCents != null)
    q = q.where((eb) =>
      eb.or([
        eb('e.cost_kind', '=', 'free'),
        eb.and([eb('e.cost_kind', '=', 'amount'), eb('e.cost_cents', '<=', input.maxCents as number)]),
      ]),
    );
  if (input.accessibility.length) q = q.where(sql<boolean>`e.accessibility @> ${sql.val(input.accessibility)}::text[]`);
  if (input.lowThreshold) q = q.where('e.low_threshold', '=', true);
  if (input.stale) q = q.where('e.checked_on', '<', freshSince(today, months));

  // The best match first when words were typed; otherwise by name.
  const ranked = query ? q.orderBy(sql`ts_rank(e.search_vector, to_tsquery('dutch', ${query}))`, 'desc') : q;
  const ordered = ranked.orderBy('e.name').orderBy('e.id');
  let total: number;
  let pageIds: string[];
  if (input.date) {
    // The exact dates need the rule: the database hands over the candidates' rules only, in order.
    const candidates = await ordered
      .select(['e.id', 'e.schedule', 'e.valid_from', 'e.valid_until'])
      .limit(exactDateCap)
      .execute();
    const on = candidates.filter((r) =>
      isOn({ ...r.schedule, validFrom: r.valid_from, validUntil: r.valid_until }, input.date as string, input.part),
    );
    total = on.length;
    pageIds = on.slice(input.offset, input.offset + input.limit).map((r) => r.id);
  } else {
    // The count comes with the page, so one query answers both.
    const page = await ordered
      .select(['e.id', sql<number>`count(*) over ()`.as('total')])
      .limit(input.limit)
      .offset(input.offset)
      .execute();
    total = page.length ? Number(page[0].total) : 0;
    pageIds = page.map((r) => r.id);
  }
  return { total, items: await hitsInOrder(ctx, pageIds, input.date ?? today, freshSince(today, months)) };
}

/**
 * Places as a list shows them, in the order of `ids`: enough to choose whether to look further,
 * with the next time each is on from `from`; checked before `since` is stale.
 */
export async function hitsInOrder(ctx: Ctx, ids: string[], from: string, since: string) {
  if (ids.length === 0) return [];
  const rows = await ctx.db
    .selectFrom('social_map_entries as e')
    .select([
      'e.id',
      'e.provider',
      'e.name',
      'e.kind',
      'e.description',
      'e.locations',
      'e.schedule',
      'e.valid_from',
      'e.valid_until',
      'e.cost_kind',
      'e.cost_cents',
      'e.cost_note',
      'e.accessibility',
      'e.low_threshold',
      'e.interests',
      'e.checked_on',
    ])
    .where('e.organisation_id', '=', ctx.actor.organisationId)
    .where('e.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        id: r.id,
        provider: r.provider,
        name: r.name,
        kind: r.kind,
        description: r.description,
        places: r.locations.map((l) => l.neighbourhood ?? l.address),
        costKind: r.cost_kind,
        costCents: r.cost_cents,
        costNote: r.cost_note,
        accessibility: r.accessibility,
        lowThreshold: r.low_threshold,
        interests: r.interests,
        checkedOn: r.checked_on,
        stale: r.checked_on < since,
        next: nextOccurrences({ ...r.schedule, validFrom: r.valid_from, validUntil: r.valid_until }, from, 1),
      },
    ];
  });
}
