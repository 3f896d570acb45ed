import type { Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { foldForSearch, likeEscape } from '../../../shared/search.js';
import type { DB } from '../../db/schema.js';
import { type Actor, visiblePersons } from '../../platform/policy.js';

export interface SearchInput {
  q: string;
  kind?: 'client' | 'participant';
  offset: number;
  limit: number;
}

export const countCap = 1000;

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
      .select([
        'persons.id',
        'persons.kind',
        'persons.first_name',
        'persons.last_name',
        'persons.year_of_birth',
        'persons.neighbourhood',
        'teams.name as team_name',
      ])
      .orderBy('persons.sort_key')
      .orderBy('persons.id')
      .offset(input.offset)
      .limit(input.limit)
      .execute(),
    // Counting stops at countCap: "more than 1,000" is all a person needs to know, and counting
    // every row of a large organisation on each keystroke is wasted work.
    db
      .selectFrom(
        query
          .select('persons.id')
          .limit(countCap + 1)
          .as('capped'),
      )
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const n = Number(total.n);
  return { rows, total: Math.min(n, countCap), totalIsCapped: n > countCap };
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

/**
 * A person with their consent history and assignees in one statement (one round trip instead of
 * three; see docs/operations.md on why round trips matter here).
 */
export async function findVisiblePersonInFull(db: Kysely<DB>, actor: Actor, id: string) {
  return db
    .selectFrom('persons')
    .leftJoin('teams', 'teams.id', 'persons.team_id')
    .selectAll('persons')
    .select('teams.name as team_name')
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('consents as c')
          .leftJoin('users as r', 'r.id', 'c.recorded_by')
          .leftJoin('users as w', 'w.id', 'c.withdrawn_recorded_by')
          .select([
            'c.id',
            'c.purpose',
            'c.given_on',
            'c.withdrawn_on',
            'c.note',
            'c.notice_version',
            'c.recorded_at',
            'r.display_name as recorded_by_name',
            'w.display_name as withdrawn_by_name',
          ])
          .whereRef('c.person_id', '=', 'persons.id')
          .orderBy('c.given_on', 'desc')
          .orderBy('c.recorded_at', 'desc'),
      ).as('consents'),
      jsonArrayFrom(
        eb
          .selectFrom('person_assignments as pa')
          .innerJoin('users as u', 'u.id', 'pa.user_id')
          .select(['u.id', 'u.display_name', 'u.role'])
          .whereRef('pa.person_id', '=', 'persons.id')
          .orderBy('u.display_name'),
      ).as('assignees'),
    ])
    .where('persons.id', '=', id)
    .where('persons.organisation_id', '=', actor.organisationId)
    .where(visiblePersons(actor))
    .executeTakeFirst();
}
