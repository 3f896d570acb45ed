import type { Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Alter, MapModelId, NetworkMap } from '../../../shared/network/model.js';
import { mapModels } from '../../../shared/network/model.js';
import type { DB, NetworkAlterTable } from '../../db/schema.js';
import { type Actor, visiblePersons } from '../../platform/policy.js';

/** A map is visible exactly when its person is (policy.visiblePersons). */
export async function findVisibleMap(db: Kysely<DB>, actor: Actor, mapId: string) {
  return db
    .selectFrom('network_maps as m')
    .selectAll('m')
    .where('m.id', '=', mapId)
    .where('m.organisation_id', '=', actor.organisationId)
    .where('m.person_id', 'in', db.selectFrom('persons').select('persons.id').where('persons.organisation_id', '=', actor.organisationId).where(visiblePersons(actor)))
    .executeTakeFirst();
}

/** A visible map with its alters and ties in one statement (one round trip instead of three). */
export async function findVisibleMapInFull(db: Kysely<DB>, actor: Actor, mapId: string) {
  return db
    .selectFrom('network_maps as m')
    .selectAll('m')
    .select((eb) => [
      jsonArrayFrom(eb.selectFrom('network_alters as a').selectAll('a').whereRef('a.map_id', '=', 'm.id').orderBy('a.position')).as('alters'),
      jsonArrayFrom(eb.selectFrom('network_alter_ties as t').select(['t.a', 't.b']).whereRef('t.map_id', '=', 'm.id')).as('ties'),
    ])
    .where('m.id', '=', mapId)
    .where('m.organisation_id', '=', actor.organisationId)
    .where('m.person_id', 'in', db.selectFrom('persons').select('persons.id').where('persons.organisation_id', '=', actor.organisationId).where(visiblePersons(actor)))
    .executeTakeFirst();
}

export function toAlter(row: NetworkAlterTable): Alter {
  return {
    id: row.id, key: row.key, name: row.name, kind: row.kind as Alter['kind'], deceased: row.deceased,
    relationship: row.relationship as Alter['relationship'], sector: row.sector as Alter['sector'], closeness: row.closeness,
    channel: row.channel as Alter['channel'], frequency: row.frequency as Alter['frequency'], yearsKnown: row.years_known,
    quality: row.quality as Alter['quality'], reachability: row.reachability as Alter['reachability'], status: row.status as Alter['status'],
    formal: row.formal, mayBeOverburdened: row.may_be_overburdened, receives: row.receives as Alter['receives'], gives: row.gives as Alter['gives'],
  };
}

export function toNetworkMap(model: MapModelId, alters: NetworkAlterTable[], ties: { a: string; b: string }[]): NetworkMap {
  return { rings: mapModels[model].rings.length, alters: alters.map(toAlter), ties };
}
