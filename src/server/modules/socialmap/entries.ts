// Keeping the social map (issue 15): entries written, changed, confirmed and taken off the map.
// Entries are organisation data, not personal data; changes are audited all the same, so a keeper
// can see who changed what.
import { clock } from '../../../shared/clock.js';
import { foldForSearch } from '../../../shared/search.js';
import { isStale } from '../../../shared/socialmap/freshness.js';
import { defaultInterests } from '../../../shared/socialmap/model.js';
import { lastDay, nextOccurrences, weeklyShape } from '../../../shared/socialmap/schedule.js';
import { type EntryInput, type EntryPatch, entrySchema } from '../../../shared/socialmap/schemas.js';
import { searchDocument } from '../../../shared/socialmap/search-text.js';
import { HttpError, notFound } from '../../platform/errors.js';
import { mayKeepSocialMap } from '../../platform/policy.js';
import { type Ctx, validationErrors } from '../../platform/route.js';
import type { DB } from '../../db/schema.js';
import type { Selectable } from 'kysely';

type EntryRow = Selectable<DB['social_map_entries']>;

/** The words people use for an entry's interests (ours; an organisation's own carry none yet). */
const interestWords = (interests: readonly string[]) =>
  interests.map((key) => (defaultInterests as Record<string, readonly string[]>)[key] ?? [key]);

/** The columns that follow from what was entered: schedule summary, search text, neighbourhoods. */
function derived(entry: EntryInput) {
  const schedule = {
    slots: entry.slots,
    offDates: [...new Set(entry.offDates)].sort(),
    validFrom: entry.validFrom ?? null,
    validUntil: entry.validUntil ?? null,
  };
  const neighbourhoods = entry.locations.flatMap((l) => (l.neighbourhood ? [l.neighbourhood] : []));
  return {
    schedule: JSON.stringify({ slots: schedule.slots, offDates: schedule.offDates }),
    valid_from: schedule.validFrom,
    valid_until: schedule.validUntil,
    week_shape: weeklyShape(schedule),
    last_day: lastDay(schedule),
    neighbourhoods: [...new Set(neighbourhoods.map(foldForSearch))],
    search_text: searchDocument(
      [entry.provider, entry.name, entry.description, entry.targetGroups, ...neighbourhoods],
      interestWords(entry.interests),
    ),
  };
}

/** The row of an entry as written: what was entered and what follows from it. */
export function entryColumns(entry: EntryInput) {
  return {
    provider: entry.provider,
    name: entry.name,
    kind: entry.kind,
    description: entry.description ?? null,
    locations: JSON.stringify(entry.locations),
    cost_kind: entry.costKind,
    cost_cents: entry.costKind === 'amount' ? (entry.costCents ?? null) : null,
    cost_note: entry.costNote ?? null,
    target_groups: entry.targetGroups ?? null,
    conditions: entry.conditions ?? null,
    accessibility: [...new Set(entry.accessibility)],
    accessibility_note: entry.accessibilityNote ?? null,
    low_threshold: entry.lowThreshold,
    interests: [...new Set(entry.interests)],
    contact_phone: entry.contactPhone ?? null,
    contact_email: entry.contactEmail ?? null,
    website: entry.website ?? null,
    ...derived(entry),
  };
}

/** An entry as the form has it, from its row: what a change starts from. */
export function asInput(row: EntryRow): EntryInput {
  return {
    provider: row.provider,
    name: row.name,
    kind: row.kind,
    description: row.description,
    locations: row.locations,
    slots: row.schedule.slots,
    offDates: row.schedule.offDates,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    costKind: row.cost_kind,
    costCents: row.cost_cents,
    costNote: row.cost_note,
    targetGroups: row.target_groups,
    conditions: row.conditions,
    accessibility: row.accessibility,
    accessibilityNote: row.accessibility_note,
    lowThreshold: row.low_threshold,
    interests: row.interests,
    contactPhone: row.contact_phone,
    contactEmail: row.contact_email,
    website: row.website,
  };
}

/** An entry of the actor's organisation that is still on the map, or a 404. */
export async function requireEntry(ctx: Ctx, id: string): Promise<EntryRow> {
  const row = await ctx.db
    .selectFrom('social_map_entries')
    .selectAll()
    .where('id', '=', id)
    .where('organisation_id', '=', ctx.actor.organisationId)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** After how many months this organisation's entries ask "still correct?". */
export async function staleMonths(ctx: Ctx): Promise<number> {
  const org = await ctx.db
    .selectFrom('organisations')
    .select('social_map_stale_months')
    .where('id', '=', ctx.actor.organisationId)
    .executeTakeFirstOrThrow();
  return org.social_map_stale_months;
}

/**
 * A change is checked as the whole entry it makes: the rules across fields (an amount needs its
 * cents, a period ends after it starts) live once, in entrySchema, and a patch cannot see them.
 */
function checkedWhole(ctx: Ctx, merged: EntryInput): EntryInput {
  const parsed = entrySchema.safeParse(merged, { error: validationErrors(ctx.locale) });
  if (parsed.success) return parsed.data;
  throw new HttpError(400, 'validation', {
    fields: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  });
}

/**
 * The row of a new place, written down by `userId`: whoever writes an entry down has just checked
 * it, unless `checkedOn` says otherwise (the demo's and the benchmark's older checks).
 */
export function newEntryRow(organisationId: string, userId: string, entry: EntryInput, checkedOn = clock.today()) {
  const now = clock.now();
  return {
    id: crypto.randomUUID(),
    organisation_id: organisationId,
    ...entryColumns(entry),
    checked_on: checkedOn,
    checked_by: userId,
    created_by: userId,
    created_at: now,
    updated_at: now,
  };
}

export async function createEntry(ctx: Ctx, input: EntryInput) {
  const row = newEntryRow(ctx.actor.organisationId, ctx.actor.userId, input);
  await ctx.db.insertInto('social_map_entries').values(row).execute();
  await ctx.audit({ action: 'create', recordType: 'social_map_entry', recordId: row.id });
  return { id: row.id };
}

export async function updateEntry(ctx: Ctx, id: string, patch: EntryPatch) {
  const row = await requireEntry(ctx, id);
  const merged = checkedWhole(ctx, { ...asInput(row), ...patch } as EntryInput);
  await ctx.db
    .updateTable('social_map_entries')
    .set({
      ...entryColumns(merged),
      // Changing an entry is checking it.
      checked_on: clock.today(),
      checked_by: ctx.actor.userId,
      updated_at: clock.now(),
    })
    .where('id', '=', id)
    .where('organisation_id', '=', ctx.actor.organisationId)
    .execute();
  await ctx.audit({
    action: 'update',
    recordType: 'social_map_entry',
    recordId: id,
    detail: `fields:${Object.keys(patch).sort().join(',')}`,
  });
  return { id };
}

/** "Still correct": one click marks the entry checked today by this person. */
export async function confirmEntry(ctx: Ctx, id: string) {
  await requireEntry(ctx, id);
  await ctx.db
    .updateTable('social_map_entries')
    .set({ checked_on: clock.today(), checked_by: ctx.actor.userId })
    .where('id', '=', id)
    .where('organisation_id', '=', ctx.actor.organisationId)
    .execute();
  await ctx.audit({ action: 'update', recordType: 'social_map_entry', recordId: id, detail: 'fields:checked_on' });
  return { id, checkedOn: clock.today() };
}

/** Off the map: gone from search, still readable where it was chosen for someone. */
export async function archiveEntry(ctx: Ctx, id: string) {
  await requireEntry(ctx, id);
  await ctx.db
    .updateTable('social_map_entries')
    .set({ archived_at: clock.now() })
    .where('id', '=', id)
    .where('organisation_id', '=', ctx.actor.organisationId)
    .execute();
  await ctx.audit({ action: 'delete', recordType: 'social_map_entry', recordId: id });
  return { id };
}

/** One entry with its next dates, who checked it, and (for its keepers) the mistakes reported. */
export async function getEntry(ctx: Ctx, id: string) {
  const row = await requireEntry(ctx, id);
  const today = clock.today();
  const months = await staleMonths(ctx);
  const checker = row.checked_by
    ? await ctx.db.selectFrom('users').select('display_name').where('id', '=', row.checked_by).executeTakeFirst()
    : undefined;
  const keeper = mayKeepSocialMap(ctx.actor);
  const mistakes = keeper
    ? await ctx.db
        .selectFrom('social_map_mistakes as m')
        .innerJoin('users as u', 'u.id', 'm.reported_by')
        .select(['m.id', 'm.message', 'm.reported_at', 'u.display_name'])
        .where('m.entry_id', '=', id)
        .where('m.organisation_id', '=', ctx.actor.organisationId)
        .where('m.resolved_at', 'is', null)
        .orderBy('m.reported_at')
        .execute()
    : [];
  return {
    id: row.id,
    ...asInput(row),
    checkedOn: row.checked_on,
    checkedBy: checker?.display_name ?? null,
    stale: isStale(row.checked_on, today, months),
    next: nextOccurrences({ ...row.schedule, validFrom: row.valid_from, validUntil: row.valid_until }, today, 5),
    mayKeep: keeper,
    mistakes: mistakes.map((m) => ({
      id: m.id,
      message: m.message,
      reportedAt: m.reported_at.toISOString(),
      reportedBy: m.display_name,
    })),
  };
}
