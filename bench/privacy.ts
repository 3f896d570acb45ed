// Benchmark of privacy rights over a large organisation (issue 13): the same data as the report
// benchmark (10,000 persons, 2,000 trajectories, 100,000 session reports, 60 groups, 5,000 maps).
// Times an access export of a client with 50 session reports, the erasure of that client (in a
// transaction rolled back after each run), and the retention dry run with every rule on.
//   npm run bench:privacy                      both engines (PostgreSQL when KRING_BENCH_POSTGRES_URL
//                                              or KRING_TEST_POSTGRES_URL is set)
//   npm run bench:privacy -- --engine pglite --runs 5
import { sql } from 'kysely';
import { clock } from '../src/shared/clock.js';
import { shiftDays } from '../src/shared/dates.js';
import { migrate } from '../src/server/db/migrate.js';
import { erasePerson } from '../src/server/modules/privacy/erase.js';
import { collectExport } from '../src/server/modules/privacy/export.js';
import { retentionItems } from '../src/server/modules/privacy/retention.js';
import { generateOrganisation, generateProgrammes } from './generate.js';
import { benchEngines, openBenchDatabase } from './support.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const runs = Number(args.get('runs') ?? 5);
const engines = benchEngines(args.get('engine'));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

class RolledBack extends Error {}

console.log(`Kring privacy benchmark: ${runs} runs per engine, node ${process.version}\n`);
for (const engine of engines) {
  const database = await openBenchDatabase(engine);
  const { db } = database;
  await migrate(db);
  const started = performance.now();
  const data = await generateOrganisation(db, 10_000);
  await generateProgrammes(db, data.organisationId, data.coordinatorId);
  if (engine === 'pglite') await sql`ANALYZE`.execute(db);
  console.log(`[${engine}] generated in ${seconds(performance.now() - started)}`);
  // A client with a coach and 50 session reports.
  const client = await sql<{ person_id: string }>`
    SELECT t.person_id FROM trajectories t WHERE t.organisation_id = ${data.organisationId}
      AND EXISTS (SELECT 1 FROM session_reports r WHERE r.trajectory_id = t.id) ORDER BY t.id LIMIT 1`.execute(db);
  const personId = client.rows[0]!.person_id;
  const policy = { inactive_person_years: 1, closed_trajectory_years: 1, left_participant_years: 1, audit_years: 5 };
  const times: Record<'export' | 'erasure' | 'dry run', number[]> = { export: [], erasure: [], 'dry run': [] };
  let rows = 0;
  let items = 0;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    const exported = await collectExport(db, data.organisationId, personId);
    times.export.push(performance.now() - t0);
    rows = exported.parts.reduce((n, p) => n + p.tables.reduce((m, t) => m + t.rows.length, 0), 0);
    t0 = performance.now();
    await db
      .transaction()
      .execute(async (trx) => {
        await erasePerson(trx, data.organisationId, personId, 'Gewist');
        throw new RolledBack();
      })
      .catch((e) => {
        if (!(e instanceof RolledBack)) throw e;
      });
    times.erasure.push(performance.now() - t0);
    t0 = performance.now();
    items = (await retentionItems(db, data.organisationId, policy, shiftDays(clock.today(), 90))).length;
    times['dry run'].push(performance.now() - t0);
  }
  console.log(`[${engine}] the export holds ${rows} rows; the dry run lists ${items} items`);
  for (const [name, list] of Object.entries(times)) {
    console.log(
      `[${engine}] ${name.padEnd(8)} median ${seconds(median(list))}  min ${seconds(Math.min(...list))}  max ${seconds(Math.max(...list))}`,
    );
  }
  await database.close();
}
