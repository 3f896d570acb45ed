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
import { generateOrganisation, generateProgrammes } from './generate.js';
import { benchEngines, openBenchDatabase } from './support.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const runs = Number(args.get('runs') ?? 5);
const engines = benchEngines(args.get('engine'));

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
