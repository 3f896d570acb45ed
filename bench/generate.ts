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

/** Everything the report counts, written with set-based SQL (row by row would take minutes). */
export async function generateProgrammes(db: Kysely<DB>, organisationId: string, coordinatorId: string) {
  const org = sql.lit(organisationId);
  const by = sql.lit(coordinatorId);
  const steps = [
    sql`INSERT INTO coaches (id, organisation_id, first_name, status, max_clients, updated_at)
        SELECT gen_random_uuid(), ${org}, 'Coach ' || g, (ARRAY['active','active','active','in_training','stopped'])[1 + g % 5], 3, now()
        FROM generate_series(1, 200) g`,
    // 2,000 trajectories over two years, most with an intake and a coach, half of them closed.
    sql`INSERT INTO trajectories (id, organisation_id, person_id, status, registered_on, referrer_organisation,
          intake_on, intake_outcome, closed_on, end_reason, follow_up_on, follow_up_result, situations, interests, languages, availability, updated_at)
        SELECT gen_random_uuid(), ${org}, p.id,
          CASE WHEN n % 2 = 0 THEN 'closed' ELSE 'active' END,
          DATE '2025-01-01' + (n % 700),
          CASE WHEN n % 3 = 0 THEN NULL ELSE 'Huisarts' END,
          DATE '2025-01-01' + (n % 700) + 10,
          (ARRAY['accepted','accepted','accepted','referred','declined','withdrawn'])[1 + n % 6],
          CASE WHEN n % 2 = 0 THEN DATE '2025-01-01' + (n % 700) + 250 END,
          CASE WHEN n % 2 = 0 THEN (ARRAY['completed','completed','stopped_by_client','referred_on','other'])[1 + n % 5] END,
          CASE WHEN n % 4 = 0 THEN DATE '2025-01-01' + (n % 700) + 420 END,
          CASE WHEN n % 4 = 0 THEN (ARRAY['lasting','partly','not_lasting','not_reached'])[1 + n % 4] END,
          '{}', '{}', '{}', '{}', now()
        FROM (SELECT id, (row_number() OVER (ORDER BY id))::int AS n FROM persons WHERE organisation_id = ${org}) p
        WHERE n <= 2000`,
    sql`INSERT INTO coach_matches (id, organisation_id, trajectory_id, coach_id, status, proposed_on, started_on, ended_on)
        SELECT gen_random_uuid(), ${org}, t.id, c.id,
          CASE WHEN t.closed_on IS NULL THEN 'active' ELSE 'ended' END,
          t.intake_on + 14, t.intake_on + 30, t.closed_on
        FROM (SELECT id, intake_on, closed_on, (row_number() OVER (ORDER BY id))::int AS n FROM trajectories WHERE organisation_id = ${org}) t
        JOIN (SELECT id, (row_number() OVER (ORDER BY id))::int AS n FROM coaches WHERE organisation_id = ${org}) c ON c.n = 1 + t.n % 200`,
    // 50 session reports per match: 100,000 in all.
    sql`INSERT INTO session_reports (id, organisation_id, trajectory_id, match_id, author_id, met_on, duration_minutes, steps, summary, hours, expenses_cents)
        SELECT gen_random_uuid(), ${org}, m.trajectory_id, m.id, ${by}, m.started_on + g * 5, 90, '{}', 'Afspraak', 1.5, (g % 4) * 250
        FROM coach_matches m, generate_series(1, 50) g WHERE m.organisation_id = ${org}`,
    sql`INSERT INTO coach_evaluations (id, organisation_id, trajectory_id, kind, held_on, present, subgoals, relationship)
        SELECT gen_random_uuid(), ${org}, id, 'final', closed_on, '{client}',
          jsonb_build_object('1', jsonb_build_object('score', 1 + n % 5), '4', jsonb_build_object('score', 1 + n % 4)),
          jsonb_build_object('answers', jsonb_build_array(jsonb_build_object('question', 'Gehoord?', 'score', 1 + n % 5)))
        FROM (SELECT id, closed_on, (row_number() OVER (ORDER BY id))::int AS n FROM trajectories WHERE organisation_id = ${org} AND closed_on IS NOT NULL) t`,
    // 60 groups of 25 participants, 134 sessions each with everyone there: about 200,000 visits.
    sql`INSERT INTO support_groups (id, organisation_id, name, started_on, phases, conditions)
        SELECT gen_random_uuid(), ${org}, 'Groep ' || g, DATE '2024-06-01' + g * 7, '{}', '{}' FROM generate_series(1, 60) g`,
    sql`INSERT INTO group_participants (id, organisation_id, group_id, person_id, came_via, status)
        SELECT gen_random_uuid(), ${org}, g.id, p.id, (ARRAY['referral','met_by_worker','invited_by_participant','walked_in'])[1 + p.n % 4], 'structural'
        FROM (SELECT id, (row_number() OVER (ORDER BY id))::int AS n FROM support_groups WHERE organisation_id = ${org}) g
        JOIN (SELECT id, (row_number() OVER (ORDER BY id DESC))::int AS n FROM persons WHERE organisation_id = ${org}) p
          ON p.n BETWEEN (g.n - 1) * 25 + 1 AND g.n * 25`,
    sql`INSERT INTO participant_route (id, organisation_id, participant_id, status, on_date)
        SELECT gen_random_uuid(), ${org}, id, s.status, DATE '2025-01-01' + (abs(hashtext(id::text)) % 500) + s.shift
        FROM group_participants, (VALUES ('introduction', 0), ('structural', 60)) s(status, shift) WHERE organisation_id = ${org}`,
    sql`INSERT INTO group_sessions (id, organisation_id, group_id, held_on, visitors)
        SELECT gen_random_uuid(), ${org}, g.id, DATE '2024-06-01' + s * 5, 0 FROM support_groups g, generate_series(1, 134) s
        WHERE g.organisation_id = ${org}`,
    sql`INSERT INTO session_attendance (organisation_id, session_id, participant_id, contributions)
        SELECT ${org}, s.id, p.id, CASE WHEN abs(hashtext(p.id::text || s.id::text)) % 3 = 0 THEN '{cooking}'::text[] ELSE '{}'::text[] END
        FROM group_sessions s JOIN group_participants p ON p.group_id = s.group_id WHERE s.organisation_id = ${org}`,
    // 5,000 maps: a first and a later snapshot of 2,500 people, eight ties each.
    sql`INSERT INTO network_maps (id, organisation_id, person_id, kind, label, taken_on, model, updated_at)
        SELECT gen_random_uuid(), ${org}, p.id, 'snapshot', l.label, l.taken_on, 'three_circles', now()
        FROM (SELECT id, (row_number() OVER (ORDER BY id))::int AS n FROM persons WHERE organisation_id = ${org}) p,
          (VALUES ('start', DATE '2025-02-01'), ('end', DATE '2026-03-01')) l(label, taken_on)
        WHERE p.n <= 2500`,
    sql`INSERT INTO network_alters (id, organisation_id, map_id, key, position, name, kind, relationship, sector, closeness, receives, gives)
        SELECT gen_random_uuid(), ${org}, m.id, gen_random_uuid(), a, 'Contact ' || a, 'person',
          (ARRAY['family','friend','neighbour','professional'])[1 + a % 4],
          (ARRAY['family','friends','neighbourhood','professional'])[1 + a % 4], 1 + a % 3,
          (ARRAY['{emotional}','{practical}','{companionship}','{}'])[1 + a % 4]::text[],
          (ARRAY['{emotional}','{}'])[1 + a % 2]::text[]
        FROM network_maps m, generate_series(1, 8) a WHERE m.organisation_id = ${org} AND (m.label = 'end' OR a <= 6)`,
    sql`ANALYZE`,
  ];
  for (const step of steps) await step.execute(db);
}
