// Data generator for benchmarks: one large organisation with staff, persons, assignments and
// consents, written in batches straight into the database (fictional, random names).
import { type Kysely, sql } from 'kysely';
import { clock } from '../src/shared/clock.js';
import { personSortKey } from '../src/shared/names.js';
import type { DB } from '../src/server/db/schema.js';
import { hashPassword } from '../src/server/platform/crypto.js';
import { seededRandom } from '../src/server/demo/random.js';

const firstNames = [
  'Anna',
  'Bram',
  'Cor',
  'Daan',
  'Emma',
  'Fatima',
  'Gerrit',
  'Hanna',
  'Ilse',
  'Jan',
  'Kees',
  'Lotte',
  'Mohammed',
  'Noor',
  'Otto',
  'Petra',
  'Ricardo',
  'Sanne',
  'Thijs',
  'Özlem',
];
const lastNames = [
  'de Vries',
  'Jansen',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'El Amrani',
  'Yılmaz',
  'Dubois',
  'van Dijk',
  'Martis',
  'Hendriks',
];

export interface Generated {
  organisationId: string;
  coordinatorId: string;
  workerId: string;
  personIds: string[];
}

export async function generateOrganisation(db: Kysely<DB>, persons: number): Promise<Generated> {
  const { next: random, pick } = seededRandom(42);
  const organisationId = crypto.randomUUID();
  await db.insertInto('organisations').values({ id: organisationId, name: 'Benchmark (fictief)' }).execute();
  const hash = await hashPassword('benchmark password');
  const staff = Array.from({ length: 40 }, (_, i) => ({
    id: crypto.randomUUID(),
    organisation_id: organisationId,
    email: `staff${i}-${organisationId.slice(0, 8)}@bench.invalid`,
    display_name: `Medewerker ${i}`,
    role: (i === 0 ? 'coordinator' : i < 10 ? 'social_worker' : 'coach') as 'coordinator' | 'social_worker' | 'coach',
    team_id: null,
    password_hash: hash,
    status: 'active' as const,
    totp_secret: null,
    totp_last_step: null,
    last_login_at: null,
  }));
  await db.insertInto('users').values(staff).execute();
  const personIds: string[] = [];
  for (let offset = 0; offset < persons; offset += 1000) {
    const batch = Array.from({ length: Math.min(1000, persons - offset) }, () => {
      const first = pick(firstNames);
      const last = pick(lastNames);
      const id = crypto.randomUUID();
      personIds.push(id);
      return {
        id,
        organisation_id: organisationId,
        kind: (random() < 0.6 ? 'client' : 'participant') as 'client' | 'participant',
        first_name: first,
        last_name: last,
        sort_key: personSortKey(first, last),
        year_of_birth: 1930 + Math.floor(random() * 75),
        phone: null,
        email: null,
        neighbourhood: pick(['Oud-Noord', 'Zuidpark', 'Havenkwartier']),
        team_id: null,
        notes: random() < 0.3 ? 'Notitie' : null,
        created_by: staff[0].id,
        updated_at: clock.now(),
      };
    });
    await db.insertInto('persons').values(batch).execute();
    await db
      .insertInto('person_assignments')
      .values(
        batch.map((p) => ({
          organisation_id: organisationId,
          person_id: p.id,
          user_id: staff[1 + Math.floor(random() * 39)].id,
        })),
      )
      .execute();
    await db
      .insertInto('consents')
      .values(
        batch.map((p) => ({
          id: crypto.randomUUID(),
          organisation_id: organisationId,
          person_id: p.id,
          purpose: 'registration' as const,
          given_on: '2026-01-15',
          recorded_by: staff[0].id,
          withdrawn_on: null,
          withdrawn_recorded_by: null,
          note: null,
        })),
      )
      .execute();
  }
  // A live database has planner statistics (autovacuum on PostgreSQL, the start-up ANALYZE on
  // PGlite); without them the planner guesses a handful of rows and picks slower plans.
  await sql`ANALYZE`.execute(db);
  return { organisationId, coordinatorId: staff[0].id, workerId: staff[1].id, personIds };
}
