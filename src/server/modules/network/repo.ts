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
] as const;

/** A visible map with its alters and ties in one statement (one round trip instead of three). */
export async function findVisibleMapInFull(db: Kysely<DB>, actor: Actor, mapId: string) {
  return visibleMap(db, actor, mapId)
    .selectAll('m')
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('network_alters as a')
          .select(alterColumns)
          .whereRef('a.map_id', '=', 'm.id')
          .orderBy('a.position'),
      ).as('alters'),
      jsonArrayFrom(
        eb.selectFrom('network_alter_ties as t').select(['t.a', 't.b']).whereRef('t.map_id', '=', 'm.id'),
      ).as('ties'),
    ])
    .executeTakeFirst();
}

/** An alter row as read for comparisons, exports and copies (without its ready-made JSON). */
export type StoredAlter = Omit<NetworkAlterTable, 'as_json'>;

export function toAlter(row: StoredAlter): Alter {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    kind: row.kind as Alter['kind'],
    deceased: row.deceased,
    relationship: row.relationship as Alter['relationship'],
    sector: row.sector as Alter['sector'],
    closeness: row.closeness,
    channel: row.channel as Alter['channel'],
    frequency: row.frequency as Alter['frequency'],
    yearsKnown: row.years_known,
    quality: row.quality as Alter['quality'],
    reachability: row.reachability as Alter['reachability'],
    status: row.status as Alter['status'],
    formal: row.formal,
    mayBeOverburdened: row.may_be_overburdened,
    receives: row.receives as Alter['receives'],
    gives: row.gives as Alter['gives'],
  };
}

export function toNetworkMap(model: MapModelId, alters: StoredAlter[], ties: { a: string; b: string }[]): NetworkMap {
  return { rings: mapModels[model].rings.length, alters: alters.map(toAlter), ties };
}

/**
 * A visible map as the JSON text the browser receives, built by the database in one statement.
 * The map read is the busiest endpoint of the editor; letting PostgreSQL write the JSON spares Node
 * parsing and re-serialising every alter (the browser computes the analysis itself).
 *
 * `knownVersion` is the version whose JSON the caller already holds (see body-cache.ts): when the
 * map is still at that version the body is left out (null), so the same round trip checks access
 * and freshness but skips building and sending tens of kilobytes. Every change to a map claims a
 * new version (service.claimVersion), so an unchanged version means unchanged content.
 */
export async function readVisibleMapJson(db: Kysely<DB>, actor: Actor, mapId: string, knownVersion = 0) {
  return (
    visibleMap(db, actor, mapId)
      // The alters in one pass, and only when the caller's copy is out of date: their texts joined
      // (each alter's JSON is stored ready-made, migration 005, so nothing is parsed) and their names.
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('network_alters as a')
            .select([
              sql<string | null>`string_agg(a.as_json, ',' ORDER BY a.position)`.as('json'),
              sql<string[] | null>`array_agg(a.name)`.as('names'),
            ])
            .whereRef('a.map_id', '=', 'm.id')
            .where(sql<boolean>`m.version <> ${knownVersion}`)
            .as('al'),
        (join) => join.onTrue(),
      )
      .select(['m.person_id', 'm.version', 'al.names'])
      .select(
        sql<string | null>`CASE WHEN m.version = ${knownVersion} THEN NULL ELSE
      '{"map":' || json_build_object('id', m.id, 'personId', m.person_id, 'kind', m.kind, 'label', m.label, 'labelNote', m.label_note,
        'takenOn', m.taken_on, 'model', m.model, 'version', m.version)::text
      || ',"alters":[' || coalesce(al.json, '') || ']'
      || ',"ties":' || coalesce((SELECT json_agg(json_build_object('a', t.a, 'b', t.b)) FROM network_alter_ties t WHERE t.map_id = m.id), '[]'::json)::text
      || '}' END`.as('body'),
      )
      .executeTakeFirst()
  );
}
