// Load benchmark of the person list and person detail endpoints, including the session check,
// the policy filter and the audit write, on PGlite and PostgreSQL.
//   npm run bench                        both engines (PostgreSQL when KRING_BENCH_POSTGRES_URL or
//                                        KRING_TEST_POSTGRES_URL is set), 10,000 persons
//   npm run bench -- --persons 2000 --duration 5 --connections 50 --engine pglite
import { buildApp } from '../src/server/app.js';
import { migrate } from '../src/server/db/migrate.js';
import { createSession } from '../src/server/platform/session.js';
import { generateOrganisation } from './generate.js';
import { benchEngines, listen, load, openBenchDatabase } from './support.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const persons = Number(args.get('persons') ?? 10_000);
const duration = Number(args.get('duration') ?? 10);
const connections = Number(args.get('connections') ?? 50);
const engines = benchEngines(args.get('engine'));

console.log(
  `Kring load benchmark: ${persons} persons, ${connections} connections, ${duration} s per endpoint, loopback, node ${process.version}\n`,
);
for (const engine of engines) {
  const database = await openBenchDatabase(engine);
  await migrate(database.db);
  const started = performance.now();
  const data = await generateOrganisation(database.db, persons);
  console.log(`[${engine}] generated ${persons} persons in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const app = await buildApp({ db: database.db, publicUrl: 'http://127.0.0.1', webDir: null });
  const url = await listen(app);
  const session = await createSession(
    database.db,
    { id: data.coordinatorId, organisation_id: data.organisationId },
    'full',
  );
  const headers = { cookie: `kring_session=${session.token}`, 'x-csrf-token': session.csrfToken };
  const runs = [
    { name: 'person list (search, 50 rows, 50 audit rows)', kind: 'list', body: { q: '', limit: 50 } },
    { name: 'person list, name search "jan"', kind: 'list', body: { q: 'jan', limit: 50 } },
    { name: 'person detail (random of all)', kind: 'detail', ids: data.personIds },
  ];
  for (const run of runs) {
    await load({ url, headers, connections, duration: 2, ...run }); // warm-up
    const r = await load({ url, headers, connections, duration, ...run });
    console.log(
      `[${engine}] ${run.name.padEnd(46)} ${String(Math.round(r.requests)).padStart(6)} req/s  p50 ${r.p50} ms  p90 ${r.p90} ms  p99 ${r.p99} ms  max ${r.max} ms  non-2xx ${r.non2xx}  errors ${r.errors}`,
    );
  }
  const audit = await database.db
    .selectFrom('audit_log')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  console.log(`[${engine}] audit rows written: ${audit.n}\n`);
  await app.close();
  await database.close();
}
