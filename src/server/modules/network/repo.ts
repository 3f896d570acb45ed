import { type Kysely, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Alter, MapModelId, NetworkMap } from '../../../shared/network/model.js';
import { mapModels } from '../../../shared/network/model.js';
import type { DB, NetworkAlterTable } from '../../db/schema.js';
import { type Actor, visiblePersons } from '../../platform/policy.js';

/**
 * The map with this id, if the actor may see it: a map is visible exactly when its person is
 * (policy.visiblePersons). Every map query starts here.
 */
const visibleMap = (db: Kysely<DB>, actor: Actor, mapId: string) =>
  db
    .selectFrom('network_maps as m')
    .where('m.id', '=', mapId)
    .where('m.organisation_id', '=', actor.organisationId)
    .where(
      'm.person_id',
      'in',
      db
        .selectFrom('persons')
        .select('persons.id')
        .where('persons.organisation_id', '=', actor.organisationId)
        .where(visiblePersons(actor)),
    );

export async function findVisibleMap(db: Kysely<DB>, actor: Actor, mapId: string) {
  return visibleMap(db, actor, mapId).selectAll('m').executeTakeFirst();
}

/** Every stored field of an alter (not its ready-made JSON, which only the map read needs). */
const alterColumns = [
  'a.id',
  'a.organisation_id',
  'a.map_id',
  'a.key',
  'a.position',
  'a.name',
  'a.kind',
  'a.deceased',
  'a.relationship',
  'a.sector',
  'a.closeness',
  'a.channel',
  'a.frequency',
  'a.years_known',
  'a.quality',
  'a.reachability',
  'a.status',
  'a.formal',
  'a.may_be_overburdened',
  'a.receives',
  'a.gives',
  'a.strategy',
  'a.note',
  'a.placed',
] as const;

/**
 * A visible map with its alters and ties in one statement (one round trip instead of three).
 * With `unlessTag`, the tag of a copy the caller already holds (body-cache.ts): when the map still
 * has that tag its alters and ties are left out, so the same round trip checks access and freshness
 * without building and sending tens of kilobytes.
 */
export async function findVisibleMapInFull(db: Kysely<DB>, actor: Actor, mapId: string, unlessTag?: string) {
  const changed = sql<boolean>`m.content_tag <> ${unlessTag ?? null}::uuid`;
  return visibleMap(db, actor, mapId)
    .selectAll('m')
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('network_alters as a')
          .select(alterColumns)
          .whereRef('a.map_id', '=', 'm.id')
          .$if(unlessTag !== undefined, (q) => q.where(changed))
          .orderBy('a.position'),
      ).as('alters'),
      jsonArrayFrom(
        eb
          .selectFrom('network_alter_ties as t')
          .select(['t.a', 't.b'])
          .whereRef('t.map_id', '=', 'm.id')
          .$if(unlessTag !== undefined, (q) => q.where(changed))
          .orderBy('t.a')
          .orderBy('t.b'),
      ).as('ties'),
    ])
    .executeTakeFirst();
}

/** An alter row as the shared analysis and the map's answer use it. */
export function toAlter(row: NetworkAlterTable): Alter {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    kind: row.kind,
    deceased: row.deceased,
    relationship: row.relationship,
    sector: row.sector,
    closeness: row.closeness,
    channel: row.channel,
    frequency: row.frequency,
    yearsKnown: row.years_known,
    quality: row.quality,
    reachability: row.reachability,
    status: row.status,
    formal: row.formal,
    mayBeOverburdened: row.may_be_overburdened,
    receives: row.receives,
    gives: row.gives,
    placed: row.placed,
  };
}

export function toNetworkMap(
  model: MapModelId,
  alters: NetworkAlterTable[],
  ties: { a: string; b: string }[],
): NetworkMap {
  return { rings: mapModels[model].rings.length, alters: alters.map(toAlter), ties };
}
