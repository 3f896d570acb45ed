import { sql } from 'kysely';
import type { z } from 'zod';
import { compare as compareMaps } from '../../../shared/network/analysis.js';
import { type MapModelId, mapModels } from '../../../shared/network/model.js';
import { type AlterFields, type alterChanges, maxAlters, type newMapSchema } from '../../../shared/network/schemas.js';
import { HttpError, notFound } from '../../platform/errors.js';
import type { Ctx } from '../../platform/route.js';
import { requireBasis } from '../people/basis.js';
import { requirePerson } from '../people/service.js';
import { parseCsv, parseJson, toCsvEdges, toCsvNodes, toGraphML, toJson } from './exchange.js';
import { type CachedMap, mapBodies } from './body-cache.js';
import { compress, pickEncoding } from '../../platform/compression.js';
import { hasDuplicateNames } from '../../../shared/network/duplicates.js';
import { findVisibleMap, findVisibleMapInFull, toAlter, toNetworkMap } from './repo.js';
import { plainLanguageErrors } from '../../../shared/validation-messages.js';
import { clock } from '../../../shared/clock.js';

const duplicateWarning = (names: string[]) => (hasDuplicateNames(names) ? ['duplicate_names'] : []);

const deniedMap = (id: string) =>
  notFound([{ action: 'read', recordType: 'network_map', recordId: id, outcome: 'denied' }]);

/** A visible map with its alters and ties (one query), or a 404 recorded as a denied read. */
async function requireFullMap(ctx: Ctx, id: string) {
  const map = await findVisibleMapInFull(ctx.db, ctx.actor, id);
  if (!map) throw deniedMap(id);
  return map;
}

async function requireMap(ctx: Ctx, id: string) {
  const map = await findVisibleMap(ctx.db, ctx.actor, id);
  if (!map) throw deniedMap(id);
  return map;
}

/**
 * Claims the next version of a map. Two people editing at once: the second change names a version
 * that is no longer current and gets a conflict with the current version, never a silent overwrite.
 */
async function claimVersion(ctx: Ctx, mapId: string, expected: number): Promise<number> {
  const row = await ctx.db
    .updateTable('network_maps')
    .set((eb) => ({ version: eb('version', '+', 1), content_tag: sql`gen_random_uuid()`, updated_at: clock.now() }))
    .where('id', '=', mapId)
    .where('version', '=', expected)
    .returning('version')
    .executeTakeFirst();
  if (!row) {
    const current = await ctx.db
      .selectFrom('network_maps')
      .select('version')
      .where('id', '=', mapId)
      .executeTakeFirstOrThrow();
    throw new HttpError(409, 'map_conflict', { params: { version: String(current.version) } });
  }
  return row.version;
}

function checkAgainstModel(model: MapModelId, fields: { closeness?: number; sector?: string }, path: string) {
  const { rings, sectors } = mapModels[model];
  const errors = [];
  if (fields.closeness !== undefined && fields.closeness > rings.length)
    errors.push({ path: `${path}closeness`, message: 'closeness_out_of_model' });
  if (fields.sector !== undefined && !(sectors as readonly string[]).includes(fields.sector))
    errors.push({ path: `${path}sector`, message: 'sector_not_in_model' });
  return errors;
}

function rowOf(ctx: Ctx, mapId: string, a: AlterFields, position: number, key: string = crypto.randomUUID()) {
  return {
    id: crypto.randomUUID(),
    organisation_id: ctx.actor.organisationId,
    map_id: mapId,
    key,
    position,
    name: a.name,
    kind: a.kind,
    deceased: a.deceased,
    relationship: a.relationship,
    sector: a.sector,
    closeness: a.closeness,
    channel: a.channel,
    frequency: a.frequency,
    years_known: a.yearsKnown,
    quality: a.quality,
    reachability: a.reachability,
    status: a.status,
    formal: a.formal,
    may_be_overburdened: a.mayBeOverburdened,
    receives: a.receives,
    gives: a.gives,
    strategy: a.strategy,
    note: a.note,
    placed: a.placed,
  };
}

export async function listMaps(ctx: Ctx, personId: string) {
  await requirePerson(ctx, personId);
  const maps = await ctx.db
    .selectFrom('network_maps as m')
    .leftJoin('network_alters as a', 'a.map_id', 'm.id')
    .select(['m.id', 'm.kind', 'm.label', 'm.label_note', 'm.taken_on', 'm.model', 'm.version', 'm.updated_at'])
    .select(({ fn }) => fn.count<number>('a.id').as('alters'))
    .where('m.person_id', '=', personId)
    .where('m.organisation_id', '=', ctx.actor.organisationId)
    .groupBy('m.id')
    .orderBy('m.taken_on')
    .orderBy('m.created_at')
    .execute();
  await ctx.audit({ action: 'list', recordType: 'network_map', personId });
  return maps.map((m) => ({
    id: m.id,
    kind: m.kind,
    label: m.label,
    labelNote: m.label_note,
    takenOn: m.taken_on,
    model: m.model,
    version: m.version,
    updatedAt: m.updated_at,
    alters: Number(m.alters),
  }));
}

export async function createMap(ctx: Ctx, personId: string, input: z.output<typeof newMapSchema>) {
  await requirePerson(ctx, personId);
  await requireBasis(ctx, personId, 'network');
  if (input.takenOn > clock.today() && input.kind === 'snapshot')
    throw new HttpError(400, 'date_in_future', { fields: [{ path: 'takenOn', message: '' }] });
  const org = await ctx.db
    .selectFrom('organisations')
    .select('network_model')
    .where('id', '=', ctx.actor.organisationId)
    .executeTakeFirstOrThrow();
  let model: MapModelId = org.network_model;
  const source = input.copyFromMapId ? await requireFullMap(ctx, input.copyFromMapId) : null;
  if (source) {
    if (source.person_id !== personId)
      throw new HttpError(400, 'not_same_person', { fields: [{ path: 'copyFromMapId', message: '' }] });
    model = source.model; // a copy keeps its rings, so alters keep their place
  }
  const id = crypto.randomUUID();
  await ctx.db
    .insertInto('network_maps')
    .values({
      id,
      organisation_id: ctx.actor.organisationId,
      person_id: personId,
      kind: input.kind,
      label: input.label,
      label_note: input.labelNote ?? null,
      taken_on: input.takenOn,
      model,
      created_by: ctx.actor.userId,
      updated_at: clock.now(),
    })
    .execute();
  if (source && source.alters.length > 0) {
    const newIds = new Map<string, string>();
    const rows = source.alters.map((a) => {
      const copy = { ...a, id: crypto.randomUUID(), map_id: id };
      newIds.set(a.id, copy.id);
      return copy;
    });
    await ctx.db.insertInto('network_alters').values(rows).execute();
    const ties = source.ties.map((t) => {
      const [a, b] = [newIds.get(t.a)!, newIds.get(t.b)!].sort();
      return { organisation_id: ctx.actor.organisationId, map_id: id, a, b };
    });
    if (ties.length > 0) await ctx.db.insertInto('network_alter_ties').values(ties).execute();
  }
  await ctx.audit({
    action: 'create',
    recordType: 'network_map',
    recordId: id,
    personId,
    detail: input.copyFromMapId ? 'copy' : null,
  });
  return { id };
}

/** The answer of the map read, made from the map, its alters and ties. */
export function mapAnswer(map: NonNullable<Awaited<ReturnType<typeof findVisibleMapInFull>>>) {
  return {
    map: {
      id: map.id,
      personId: map.person_id,
      kind: map.kind,
      label: map.label,
      labelNote: map.label_note,
      takenOn: map.taken_on,
      model: map.model,
      version: map.version,
    },
    alters: map.alters.map((a) => ({ ...toAlter(a), note: a.note, strategy: a.strategy })),
    ties: map.ties,
    warnings: duplicateWarning(map.alters.map((a) => a.name)),
  };
}

/**
 * The busiest read of the editor. Access is checked in PostgreSQL on every read; the answer's
 * JSON is kept per map and content tag (body-cache.ts, D27) and made again only when the map has
 * changed, or was restored to another state (D33).
 */
export async function getMap(ctx: Ctx, mapId: string) {
  const cached = mapBodies.get(mapId);
  const map = await findVisibleMapInFull(ctx.db, ctx.actor, mapId, cached?.tag);
  if (!map) {
    mapBodies.delete(mapId);
    throw deniedMap(mapId);
  }
  await ctx.audit({ action: 'read', recordType: 'network_map', recordId: mapId, personId: map.person_id });
  let entry: CachedMap;
  if (cached && cached.tag === map.content_tag) entry = cached;
  else {
    entry = { tag: map.content_tag, body: JSON.stringify(mapAnswer(map)), packed: {} };
    mapBodies.set(mapId, entry);
  }
  ctx.reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
  const encoding = pickEncoding(ctx.request.headers['accept-encoding']);
  if (!encoding) return entry.body;
  ctx.reply.header('content-encoding', encoding);
  entry.packed[encoding] ??= compress(entry.body, encoding);
  return entry.packed[encoding];
}

export async function addAlters(ctx: Ctx, mapId: string, version: number, input: AlterFields[]) {
  const map = await requireMap(ctx, mapId);
  await requireBasis(ctx, map.person_id, 'network');
  const fieldErrors = input.flatMap((a, i) => checkAgainstModel(map.model, a, `alters.${i}.`));
  if (fieldErrors.length > 0) throw new HttpError(400, 'validation', { fields: fieldErrors });
  const existing = await ctx.db
    .selectFrom('network_alters')
    .select(['name', 'position'])
    .where('map_id', '=', mapId)
    .orderBy('position', 'desc')
    .execute();
  if (existing.length + input.length > maxAlters) {
    throw new HttpError(400, 'too_many_alters', {
      params: { max: String(maxAlters), room: String(Math.max(0, maxAlters - existing.length)) },
    });
  }
  const next = await claimVersion(ctx, mapId, version);
  const start = (existing[0]?.position ?? 0) + 1;
  const rows = input.map((a, i) => rowOf(ctx, mapId, a, start + i));
  await ctx.db.insertInto('network_alters').values(rows).execute();
  await ctx.audit({
    action: 'update',
    recordType: 'network_map',
    recordId: mapId,
    personId: map.person_id,
    detail: `added:${rows.length}`,
  });
  return {
    version: next,
    ids: rows.map((r) => r.id),
    warnings: duplicateWarning([...existing, ...input].map((a) => a.name)),
  };
}

export async function updateAlter(
  ctx: Ctx,
  mapId: string,
  alterId: string,
  version: number,
  changes: z.output<typeof alterChanges>,
) {
  const map = await requireMap(ctx, mapId);
  const fieldErrors = checkAgainstModel(map.model, changes, 'changes.');
  if (fieldErrors.length > 0) throw new HttpError(400, 'validation', { fields: fieldErrors });
  const alter = await ctx.db
    .selectFrom('network_alters')
    .select('id')
    .where('id', '=', alterId)
    .where('map_id', '=', mapId)
    .executeTakeFirst();
  if (!alter) throw notFound();
  const next = await claimVersion(ctx, mapId, version);
  const set = {
    ...(changes.name !== undefined ? { name: changes.name } : {}),
    ...(changes.kind !== undefined ? { kind: changes.kind } : {}),
    ...(changes.deceased !== undefined ? { deceased: changes.deceased } : {}),
    ...(changes.relationship !== undefined ? { relationship: changes.relationship } : {}),
    ...(changes.sector !== undefined ? { sector: changes.sector } : {}),
    ...(changes.closeness !== undefined ? { closeness: changes.closeness } : {}),
    ...(changes.channel !== undefined ? { channel: changes.channel } : {}),
    ...(changes.frequency !== undefined ? { frequency: changes.frequency } : {}),
    ...(changes.yearsKnown !== undefined ? { years_known: changes.yearsKnown } : {}),
    ...(changes.quality !== undefined ? { quality: changes.quality } : {}),
    ...(changes.reachability !== undefined ? { reachability: changes.reachability } : {}),
    ...(changes.status !== undefined ? { status: changes.status } : {}),
    ...(changes.formal !== undefined ? { formal: changes.formal } : {}),
    ...(changes.mayBeOverburdened !== undefined ? { may_be_overburdened: changes.mayBeOverburdened } : {}),
    ...(changes.receives !== undefined ? { receives: changes.receives } : {}),
    ...(changes.gives !== undefined ? { gives: changes.gives } : {}),
    ...(changes.strategy !== undefined ? { strategy: changes.strategy } : {}),
    ...(changes.note !== undefined ? { note: changes.note } : {}),
    // Choosing a ring or a sector is placing the alter on the map.
    ...(changes.placed !== undefined
      ? { placed: changes.placed }
      : changes.closeness !== undefined || changes.sector !== undefined
        ? { placed: true }
        : {}),
  };
  if (Object.keys(set).length > 0)
    await ctx.db.updateTable('network_alters').set(set).where('id', '=', alterId).execute();
  await ctx.audit({
    action: 'update',
    recordType: 'network_alter',
    recordId: alterId,
    personId: map.person_id,
    detail: `fields:${Object.keys(changes).sort().join(',')}`,
  });
  return { version: next };
}

export async function deleteAlter(ctx: Ctx, mapId: string, alterId: string, version: number) {
  const map = await requireMap(ctx, mapId);
  const next = await claimVersion(ctx, mapId, version);
  const result = await ctx.db
    .deleteFrom('network_alters')
    .where('id', '=', alterId)
    .where('map_id', '=', mapId)
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) throw notFound();
  await ctx.audit({ action: 'delete', recordType: 'network_alter', recordId: alterId, personId: map.person_id });
  return { version: next };
}

export async function setTies(ctx: Ctx, mapId: string, version: number, ties: { a: string; b: string }[]) {
  const map = await requireMap(ctx, mapId);
  const ids = new Set(
    (await ctx.db.selectFrom('network_alters').select('id').where('map_id', '=', mapId).execute()).map((r) => r.id),
  );
  const unique = new Map<string, { a: string; b: string }>();
  for (const t of ties) {
    if (t.a === t.b) continue;
    if (!ids.has(t.a) || !ids.has(t.b))
      throw new HttpError(400, 'validation', { fields: [{ path: 'ties', message: 'unknown_alter' }] });
    const [a, b] = [t.a, t.b].sort();
    unique.set(`${a}|${b}`, { a, b });
  }
  const next = await claimVersion(ctx, mapId, version);
  await ctx.db.deleteFrom('network_alter_ties').where('map_id', '=', mapId).execute();
  if (unique.size > 0) {
    await ctx.db
      .insertInto('network_alter_ties')
      .values([...unique.values()].map((t) => ({ ...t, organisation_id: ctx.actor.organisationId, map_id: mapId })))
      .execute();
  }
  await ctx.audit({
    action: 'update',
    recordType: 'network_map',
    recordId: mapId,
    personId: map.person_id,
    detail: `ties:${unique.size}`,
  });
  return { version: next };
}

export async function compare(ctx: Ctx, fromId: string, toId: string) {
  const [from, to] = [await requireFullMap(ctx, fromId), await requireFullMap(ctx, toId)];
  if (from.person_id !== to.person_id)
    throw new HttpError(400, 'not_same_person', { fields: [{ path: 'to', message: '' }] });
  await ctx.audit({
    action: 'read',
    recordType: 'network_map',
    recordId: fromId,
    personId: from.person_id,
    detail: 'compare',
  });
  return compareMaps(toNetworkMap(from.model, from.alters, from.ties), toNetworkMap(to.model, to.alters, to.ties));
}

const exportFormats = {
  json: { type: 'application/json', ext: 'json' },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  csv_ties: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  graphml: { type: 'application/xml', ext: 'graphml' },
} as const;

/** An export is a read of personal data that leaves Kring: audited as such. */
export async function exportMap(ctx: Ctx, mapId: string, format: keyof typeof exportFormats) {
  const map = await requireFullMap(ctx, mapId);
  const { alters, ties } = map;
  const full = alters.map((row) => ({ ...toAlter(row), note: row.note, strategy: row.strategy }));
  const content =
    format === 'json'
      ? toJson(map.model, full, ties)
      : format === 'csv'
        ? `\uFEFF${toCsvNodes(full)}`
        : format === 'csv_ties'
          ? `\uFEFF${toCsvEdges(full, ties)}`
          : toGraphML(full, ties);
  await ctx.audit({
    action: 'export',
    recordType: 'network_map',
    recordId: mapId,
    personId: map.person_id,
    detail: `format:${format}`,
  });
  const name = `netwerkkaart-${map.taken_on}${format === 'csv_ties' ? '-wie-kent-wie' : ''}.${exportFormats[format].ext}`;
  ctx.reply
    .header('content-type', exportFormats[format].type)
    .header('content-disposition', `attachment; filename="${name}"`);
  return content;
}

/**
 * Import people (and who knows whom) from a Kring JSON or CSV file. With dryRun it only reports
 * what it would add and every error with its line; a file with errors never changes the map.
 */
export async function importIntoMap(
  ctx: Ctx,
  mapId: string,
  input: { version: number; format: 'json' | 'csv'; content: string; dryRun: boolean },
) {
  await requireMap(ctx, mapId);
  const errorMap = plainLanguageErrors(ctx.locale);
  const parsed = input.format === 'json' ? parseJson(input.content, errorMap) : parseCsv(input.content, errorMap);
  const errors = parsed.errors.map((e) => ({
    ...e,
    message:
      e.message.includes(':') || ['json', 'format', 'csv'].includes(e.message)
        ? importErrorText(e.message, ctx.locale)
        : e.message,
  }));
  const preview = { names: parsed.alters.map((a) => a.name), ties: parsed.ties.length, errors };
  if (input.dryRun || errors.length > 0 || parsed.alters.length === 0) return { ...preview, imported: false };
  const added = await addAlters(ctx, mapId, input.version, parsed.alters);
  let version = added.version;
  if (parsed.ties.length > 0) {
    const existing = await ctx.db
      .selectFrom('network_alter_ties')
      .select(['a', 'b'])
      .where('map_id', '=', mapId)
      .execute();
    version = (
      await setTies(ctx, mapId, version, [
        ...existing,
        ...parsed.ties.map(([a, b]) => ({ a: added.ids[a], b: added.ids[b] })),
      ])
    ).version;
  }
  return { ...preview, imported: true, version };
}

function importErrorText(code: string, locale: 'nl' | 'en') {
  const [key, value] = code.split(':');
  const texts: Record<string, Record<'nl' | 'en', string>> = {
    json: { nl: 'Dit is geen geldig JSON-bestand.', en: 'This is not a valid JSON file.' },
    format: { nl: 'Dit is geen netwerkkaart uit Kring.', en: 'This is not a network map from Kring.' },
    csv: { nl: 'Dit CSV-bestand kan niet gelezen worden.', en: 'This CSV file cannot be read.' },
    max: { nl: `Meer dan ${value} mensen in één bestand.`, en: `More than ${value} people in one file.` },
  };
  return texts[key]?.[locale] ?? code;
}
