// Benchmark of the funder report over a large organisation (issue 12): 10,000 persons, 2,000
// trajectories, 100,000 session reports, 60 groups, 200,000 attendance rows, 5,000 maps.
//   npm run bench:report                      both engines (PostgreSQL when KRING_BENCH_POSTGRES_URL
//                                             or KRING_TEST_POSTGRES_URL is set)
//   npm run bench:report -- --engine pglite --runs 5
import { sql } from 'kysely';
import { migrate } from '../src/server/db/migrate.js';
import { reportPdf } from '../src/server/modules/reporting/files/pdf.js';
import { reportXlsx } from '../src/server/modules/reporting/files/xlsx.js';
import { indicators, makeReport, protectReport, rawFigures } from '../src/server/modules/reporting/report.js';
import { translator } from '../src/server/platform/texts.js';
import { generateOrganisation } from './generate.js';
import { benchEngines, openBenchDatabase } from './support.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const runs = Number(args.get('runs') ?? 5);
const engines = benchEngines(args.get('engine'));

/** Everything the report counts, written with set-based SQL (row by row would take minutes). */
async function generateProgrammes(db: Parameters<typeof migrate>[0], organisationId: string, coordinatorId: string) {
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

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(`Kring funder report benchmark: a yearly report, ${runs} runs per engine, node ${process.version}\n`);
for (const engine of engines) {
  const database = await openBenchDatabase(engine);
  await migrate(database.db);
  const started = performance.now();
  const data = await generateOrganisation(database.db, 10_000);
  await generateProgrammes(database.db, data.organisationId, data.coordinatorId);
  const counts = await sql<Record<string, string>>`SELECT
      (SELECT count(*) FROM persons WHERE organisation_id = ${data.organisationId}) AS persons,
      (SELECT count(*) FROM trajectories WHERE organisation_id = ${data.organisationId}) AS trajectories,
      (SELECT count(*) FROM session_reports WHERE organisation_id = ${data.organisationId}) AS session_reports,
      (SELECT count(*) FROM support_groups WHERE organisation_id = ${data.organisationId}) AS groups,
      (SELECT count(*) FROM session_attendance WHERE organisation_id = ${data.organisationId}) AS attendance,
      (SELECT count(*) FROM network_maps WHERE organisation_id = ${data.organisationId}) AS maps`.execute(database.db);
  console.log(`[${engine}] generated in ${seconds(performance.now() - started)}: ${JSON.stringify(counts.rows[0])}`);
  const scope = { db: database.db, organisationId: data.organisationId, from: '2026-01-01', to: '2026-12-31' };
  const about = { organisation: 'Benchmark', madeOn: '2026-12-31', threshold: 5 };
  const times: Record<'report' | 'pdf' | 'xlsx', number[]> = { report: [], pdf: [], xlsx: [] };
  // A fresh scope per run, as per request: work shared by indicators is kept per scope object.
  let report = await makeReport({ ...scope }, about); // warm-up
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    report = await makeReport({ ...scope }, about);
    times.report.push(performance.now() - t0);
    t0 = performance.now();
    await reportPdf(report, translator('nl'), 'nl');
    times.pdf.push(performance.now() - t0);
    t0 = performance.now();
    await reportXlsx(report, translator('nl'), 'nl');
    times.xlsx.push(performance.now() - t0);
  }
  // Where the time goes: each indicator once, and the protection of the whole.
  const slowest: string[] = [];
  for (const indicator of indicators) {
    const t0 = performance.now();
    await indicator.run({ ...scope });
    slowest.push(`${indicator.key} ${Math.round(performance.now() - t0)} ms`);
  }
  const raw = await rawFigures({ ...scope });
  const t1 = performance.now();
  protectReport(raw, { ...about, from: scope.from, to: scope.to });
  console.log(`[${engine}] per indicator: ${slowest.join(', ')}; protection ${Math.round(performance.now() - t1)} ms`);
  for (const [name, list] of Object.entries(times)) {
    console.log(
      `[${engine}] ${name.padEnd(7)} median ${seconds(median(list))}  min ${seconds(Math.min(...list))}  max ${seconds(Math.max(...list))}`,
    );
  }
  await database.close();
}
