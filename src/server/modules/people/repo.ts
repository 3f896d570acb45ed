import type { Kysely } from 'kysely';
import { foldForSearch, likeEscape } from '../../../shared/search.js';
import type { DB } from '../../db/schema.js';
import { type Actor, visiblePersons } from '../../platform/policy.js';

export interface SearchInput {
  q: string;
  kind?: 'client' | 'participant';
  offset: number;
  limit: number;
}

/** Persons the actor may see, matching every word of q, ordered the Dutch way. */
export async function searchPersons(db: Kysely<DB>, actor: Actor, input: SearchInput) {
  let query = db
    .selectFrom('persons')
    .leftJoin('teams', 'teams.id', 'persons.team_id')
    .where('persons.organisation_id', '=', actor.organisationId)
    .where(visiblePersons(actor));
  if (input.kind) query = query.where('persons.kind', '=', input.kind);
  for (const word of foldForSearch(input.q).split(' ').filter(Boolean)) {
    query = query.where('persons.sort_key', 'like', `%${likeEscape(word)}%`);
  }
  const [rows, total] = await Promise.all([
    query
      .select(['persons.id', 'persons.kind', 'persons.first_name', 'persons.last_name', 'persons.year_of_birth', 'persons.neighbourhood', 'teams.name as team_name'])
      .orderBy('persons.sort_key')
      .orderBy('persons.id')
      .offset(input.offset)
      .limit(input.limit)
      .execute(),
    query.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function findVisiblePerson(db: Kysely<DB>, actor: Actor, id: string) {
  return db
    .selectFrom('persons')
    .leftJoin('teams', 'teams.id', 'persons.team_id')
    .selectAll('persons')
    .select('teams.name as team_name')
    .where('persons.id', '=', id)
    .where('persons.organisation_id', '=', actor.organisationId)
    .where(visiblePersons(actor))
    .executeTakeFirst();
}

export async function listConsents(db: Kysely<DB>, actor: Actor, personId: string) {
  return db
    .selectFrom('consents as c')
    .leftJoin('users as r', 'r.id', 'c.recorded_by')
    .leftJoin('users as w', 'w.id', 'c.withdrawn_recorded_by')
    .select(['c.id', 'c.purpose', 'c.given_on', 'c.withdrawn_on', 'c.note', 'c.recorded_at', 'r.display_name as recorded_by_name', 'w.display_name as withdrawn_by_name'])
    .where('c.person_id', '=', personId)
    .where('c.organisation_id', '=', actor.organisationId)
    .orderBy('c.given_on', 'desc')
    .orderBy('c.recorded_at', 'desc')
    .execute();
}

export async function listAssignees(db: Kysely<DB>, actor: Actor, personId: string) {
  return db
    .selectFrom('person_assignments as pa')
    .innerJoin('users as u', 'u.id', 'pa.user_id')
    .select(['u.id', 'u.display_name', 'u.role'])
    .where('pa.person_id', '=', personId)
    .where('pa.organisation_id', '=', actor.organisationId)
    .execute();
}

export async function teamExists(db: Kysely<DB>, actor: Actor, teamId: string) {
  const row = await db.selectFrom('teams').select('id').where('id', '=', teamId).where('organisation_id', '=', actor.organisationId).executeTakeFirst();
  return Boolean(row);
}
