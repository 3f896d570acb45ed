// A clearly fictional demo organisation so a newcomer can explore every part of Kring.
// Later capabilities add their own demo data here. Names are invented; e-mail addresses use
// the reserved .invalid domain so no message can ever reach a real person.
import type { Kysely } from 'kysely';
import { personSortKey } from '../../shared/names.js';
import type { Role } from '../../shared/roles.js';
import { roles } from '../../shared/roles.js';
import type { DB } from '../db/schema.js';
import { writeAudit } from '../platform/audit.js';
import { hashPassword, newSecret } from '../platform/crypto.js';
import { loadDemoCoaching } from './coaching.js';
import { loadDemoGroups } from './groups.js';
import { loadDemoHistory } from './history.js';
import { loadDemoMaps } from './maps.js';
import { loadDemoSocialMap } from './socialmap.js';
import { clock } from '../../shared/clock.js';

export const demoOrganisationName = 'Welzijn Voorbeeldstad (demo, fictief)';
const demoDomain = 'demo.kring.invalid';

const staff: Record<Role, string[]> = {
  admin: ['Beheer Demo'],
  coordinator: ['Carla Coördinator'],
  social_worker: ['Sam Sociaalwerker', 'Bo Backup'],
  coach: ['Kees Coach', 'Mila Maatje'],
  evaluator: ['Eva Evaluator'],
  funder_viewer: ['Gerrit Gemeente'],
};

const persons: Array<[string, string, 'client' | 'participant', number | null, string, string[]]> = [
  // first name, last name, kind, year of birth, neighbourhood, assigned staff (by display name).
  // Coaches are never assigned: they reach clients through matches (demo/coaching.ts).
  ['Henk', 'de Boer', 'client', 1948, 'Oud-Noord', []],
  ['Fatima', 'El Amrani', 'client', 1979, 'Zuidpark', []],
  ['Gerda', 'Visser', 'client', 1941, 'Oud-Noord', []],
  ['Joost', 'van Dijk', 'client', 1986, 'Havenkwartier', []],
  ['Ilse', 'Smit', 'client', 1963, 'Zuidpark', []],
  ['Mohammed', 'Yılmaz', 'client', 1957, 'Havenkwartier', []],
  ['Anneke', 'Mulder', 'participant', 1952, 'Oud-Noord', ['Sam Sociaalwerker', 'Bo Backup']],
  ['Ricardo', 'Martis', 'participant', 1971, 'Oud-Noord', ['Sam Sociaalwerker', 'Bo Backup']],
  ['Wil', 'Jansen', 'participant', 1945, 'Oud-Noord', ['Sam Sociaalwerker']],
  ['Thijs', 'Bakker', 'participant', 1990, 'Zuidpark', ['Sam Sociaalwerker']],
  ['Nadia', 'Benali', 'participant', 1983, 'Zuidpark', ['Sam Sociaalwerker']],
  ['Cor', 'van der Meer', 'participant', 1949, 'Havenkwartier', ['Sam Sociaalwerker']],
  ['Émilie', 'Dubois', 'client', 1968, 'Zuidpark', []],
  ['Jan', 'Hendriks', 'client', 1939, 'Havenkwartier', []],
];

export interface DemoCredentials {
  created: boolean;
  accounts: Array<{ role: Role; name: string; email: string; password: string }>;
}

function emailFor(name: string) {
  const local = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');
  return `${local}@${demoDomain}`;
}

/** Loads the demo organisation, or renews its passwords when it is already there. */
export async function loadDemo(db: Kysely<DB>): Promise<DemoCredentials> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('organisations')
      .select('id')
      .where('name', '=', demoOrganisationName)
      .executeTakeFirst();
    const accounts: DemoCredentials['accounts'] = [];
    if (existing) {
      const users = await trx
        .selectFrom('users')
        .select(['id', 'role', 'display_name', 'email'])
        .where('organisation_id', '=', existing.id)
        .execute();
      for (const user of users) {
        const password = newSecret().slice(0, 16);
        await trx
          .updateTable('users')
          .set({ password_hash: await hashPassword(password), status: 'active' })
          .where('id', '=', user.id)
          .execute();
        accounts.push({ role: user.role, name: user.display_name, email: user.email, password });
      }
      return { created: false, accounts };
    }
    const organisationId = crypto.randomUUID();
    await trx
      .insertInto('organisations')
      .values({
        id: organisationId,
        name: demoOrganisationName,
        contact:
          'Buurtkamer De Linde, Lindelaan 12, Voorbeeldstad (fictief)\nBel 010 000 00 00, werkdagen 9 tot 17 uur',
      })
      .execute();
    const teams = new Map<string, string>();
    for (const name of ['Oud-Noord', 'Zuidpark', 'Havenkwartier']) {
      const id = crypto.randomUUID();
      teams.set(name, id);
      await trx.insertInto('teams').values({ id, organisation_id: organisationId, name }).execute();
    }
    const userIds = new Map<string, string>();
    for (const role of roles) {
      for (const name of staff[role]) {
        const id = crypto.randomUUID();
        const password = newSecret().slice(0, 16);
        userIds.set(name, id);
        await trx
          .insertInto('users')
          .values({
            id,
            organisation_id: organisationId,
            email: emailFor(name),
            display_name: name,
            role,
            team_id: role === 'social_worker' ? teams.get('Oud-Noord')! : null,
            password_hash: await hashPassword(password),
            status: 'active',
            totp_secret: null,
            totp_last_step: null,
            last_login_at: null,
          })
          .execute();
        accounts.push({ role, name, email: emailFor(name), password });
      }
    }
    const coordinatorId = userIds.get('Carla Coördinator')!;
    for (const [index, [firstName, lastName, kind, year, neighbourhood, assigned]] of persons.entries()) {
      const id = crypto.randomUUID();
      await trx
        .insertInto('persons')
        .values({
          id,
          organisation_id: organisationId,
          kind,
          first_name: firstName,
          last_name: lastName,
          sort_key: personSortKey(firstName, lastName),
          year_of_birth: year,
          phone: null,
          email: null,
          neighbourhood,
          team_id: teams.get(neighbourhood) ?? null,
          notes: null,
          created_by: coordinatorId,
          updated_at: clock.now(),
        })
        .execute();
      for (const name of assigned) {
        await trx
          .insertInto('person_assignments')
          .values({ organisation_id: organisationId, person_id: id, user_id: userIds.get(name)! })
          .execute();
      }
      // Most have registration consent; a few show the other states on purpose.
      if (index % 5 !== 4) {
        await trx
          .insertInto('consents')
          .values({
            id: crypto.randomUUID(),
            organisation_id: organisationId,
            person_id: id,
            purpose: 'registration',
            given_on: `2026-0${(index % 9) + 1}-1${index % 10}`,
            recorded_by: coordinatorId,
            withdrawn_on: null,
            withdrawn_recorded_by: null,
            note: null,
          })
          .execute();
      }
      if (index % 3 === 0) {
        await trx
          .insertInto('consents')
          .values({
            id: crypto.randomUUID(),
            organisation_id: organisationId,
            person_id: id,
            purpose: 'evaluation_research',
            given_on: '2026-03-02',
            recorded_by: coordinatorId,
            withdrawn_on: index === 3 ? '2026-06-15' : null,
            withdrawn_recorded_by: index === 3 ? coordinatorId : null,
            note: null,
          })
          .execute();
      }
    }
    await loadDemoMaps(trx, organisationId, coordinatorId);
    await loadDemoCoaching(trx, organisationId, coordinatorId, userIds);
    await loadDemoGroups(trx, organisationId, userIds);
    await loadDemoHistory(trx, organisationId, coordinatorId, userIds);
    await loadDemoSocialMap(trx, organisationId, userIds);
    await writeAudit(trx, { organisationId, userId: null, role: null }, [
      { action: 'create', recordType: 'organisation', recordId: organisationId, detail: 'demo_loaded' },
    ]);
    return { created: true, accounts };
  });
}
