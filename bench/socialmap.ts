// Benchmark of the social map (issue 15): 5,000 places in 50 neighbourhoods, searched with words
// and filters through the API by 10 connections at once (autocannon, its own process). The aim:
// p99 under 50 ms on PostgreSQL. Each kind of search is also timed on its own.
//   npm run bench:socialmap                     both engines (PostgreSQL when KRING_BENCH_POSTGRES_URL
//                                               or KRING_TEST_POSTGRES_URL is set)
//   npm run bench:socialmap -- --engine postgres --duration 10
import { sql } from 'kysely';
import { clock } from '../src/shared/clock.js';
import { shiftDays } from '../src/shared/dates.js';
import { entrySchema } from '../src/shared/socialmap/schemas.js';
import { weekdayOf } from '../src/shared/week.js';
import { demoEntries } from '../src/server/demo/socialmap.js';
import { newEntryRow } from '../src/server/modules/socialmap/entries.js';
import { benchEngines, load, startBenchApp } from './support.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const duration = Number(args.get('duration') ?? 10);
const count = Number(args.get('entries') ?? 5000);
const engines = benchEngines(args.get('engine'));
const connections = 10;

let saturday = shiftDays(clock.today(), 1);
while (weekdayOf(saturday) !== 'sat') saturday = shiftDays(saturday, 1);
const searches: Array<[string, Record<string, unknown>]> = [
  ['words: koken', { q: 'koken' }],
  ['words and a day: wandelen on Saturday', { q: 'wandelen', weekday: 'sat' }],
  ['interest, evening, free', { interests: ['music'], part: 'evening', free: true }],
  ['words, low threshold, neighbourhood', { q: 'koffie', lowThreshold: true, neighbourhood: 'Wijk 7' }],
  ['next Saturday morning, up to €5', { date: saturday, part: 'morning', maxCents: 500 }],
  ['words and wheelchair', { q: 'taal', accessibility: ['wheelchair'] }],
  ['no filter (first page of all)', {}],
];

console.log(
  `Kring social map benchmark: ${count} places, ${connections} connections, ${duration} s, node ${process.version}\n`,
);
for (const engine of engines) {
  const { database, org, app, url, headers } = await startBenchApp(engine);
  const { db } = database;
  const today = clock.today();
  const rows = [];
  for (let round = 0; rows.length < count; round++) {
    for (const raw of demoEntries(today)) {
      if (rows.length >= count) break;
      const area = `Wijk ${(round * 7 + rows.length) % 50}`;
      const entry = entrySchema.parse({
        ...raw,
        name: `${raw.name} ${round + 1}`,
        locations: [{ address: `Straat ${rows.length}`, neighbourhood: area }],
      });
      rows.push(
        newEntryRow(org.organisationId, org.users.coordinator.id, entry, shiftDays(today, -(rows.length % 400))),
      );
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('social_map_entries')
      .values(rows.slice(i, i + 500))
      .execute();
  await sql`ANALYZE`.execute(db);

  for (const [name, body] of searches) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < 21; i++) {
      const t0 = performance.now();
      const response = await fetch(`${url}/api/social-map/search`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      });
      total = (await response.json()).total;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(
      `[${engine}] one at a time  ${name.padEnd(40)} median ${times[10].toFixed(1)} ms  max ${times[20].toFixed(1)} ms  (${total} found)`,
    );
  }
  const run = { kind: 'bodies', path: '/api/social-map/search', bodies: searches.map(([, b]) => b) };
  await load({ url, headers, connections, duration: 2, ...run }); // warm-up
  const r = await load({ url, headers, connections, duration, ...run });
  console.log(
    `[${engine}] all searches mixed, ${connections} connections: ${Math.round(r.requests)} req/s  p50 ${r.p50} ms  p90 ${r.p90} ms  p99 ${r.p99} ms  max ${r.max} ms  non-2xx ${r.non2xx}  errors ${r.errors}\n`,
  );
  await app.close();
  await database.close();
}
