// Network map benchmarks (issue 3):
//   1. the pure analysis of a 500-alter map;
//   2. the map API (GET /api/maps/:id: session, policy, map, audit; the browser analyses) for a
//      150-alter map, autocannon from a separate process, 50 and 10 connections, PGlite and PostgreSQL;
//   3. the browser render of a 150-alter map in Debian's Chromium (needs `npm run build`).
// npm run bench:network   (set KRING_BENCH_POSTGRES_URL for PostgreSQL)
import fs from 'node:fs';
import path from 'node:path';
import { clock } from '../src/shared/clock.js';
import { analyse } from '../src/shared/network/analysis.js';
import { type Alter, relationships, sectorKinds, supportTypes } from '../src/shared/network/model.js';
import { launchBrowser } from '../tests/e2e/browser.js';
import { benchEngines, load, startBenchApp } from './support.js';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function randomAlters(n: number): Alter[] {
  let seed = 7;
  const r = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)];
  return Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    key: `k${i}`,
    name: `Persoon ${i}`,
    kind: 'person',
    deceased: r() < 0.03,
    relationship: pick(relationships),
    sector: pick(sectorKinds.slice(0, 6)),
    closeness: 1 + Math.floor(r() * 3),
    channel: 'in_person',
    frequency: 'weekly',
    yearsKnown: Math.floor(r() * 30),
    quality: pick(['supportive', 'mixed', 'burdensome'] as const),
    reachability: pick(['nearby', 'in_town', 'far'] as const),
    status: pick(['active', 'active', 'faded', 'broken', 'restored'] as const),
    formal: r() < 0.2,
    mayBeOverburdened: false,
    receives: supportTypes.filter(() => r() < 0.3),
    gives: supportTypes.filter(() => r() < 0.2),
    placed: true,
  }));
}

// 1. Analysis
{
  const alters = randomAlters(500);
  const ties = Array.from({ length: 2000 }, (_, i) => ({ a: `a${i % 500}`, b: `a${(i * 7 + 3) % 500}` }));
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const t0 = performance.now();
    analyse({ rings: 3, alters, ties });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    `[analysis] 500 alters, 2000 ties: median ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms (300 runs)`,
  );
}

// 2 and 3. API and browser
for (const engine of benchEngines(process.env.KRING_BENCH_ENGINE)) {
  const { database, app, url, session, headers } = await startBenchApp(engine, { webDir: path.resolve('dist/web') });
  const person = (
    await (
      await fetch(`${url}/api/persons`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ kind: 'client', firstName: 'Bench' }),
      })
    ).json()
  ).id;
  // A map needs a basis: the person's consent (issue 19).
  await fetch(`${url}/api/persons/${person}/consents`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ purpose: 'registration', givenOn: clock.today() }),
  });
  const alters = randomAlters(150).map(({ id: _id, key: _key, ...a }) => a);
  const newMap = async () => {
    const id = (
      await (
        await fetch(`${url}/api/persons/${person}/maps`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ kind: 'snapshot', label: 'start', takenOn: '2026-01-01' }),
        })
      ).json()
    ).id;
    await fetch(`${url}/api/maps/${id}/alters`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ version: 1, alters }),
    });
    return id as string;
  };
  const map = await newMap();
  // More maps than the server keeps in memory (network/body-cache.ts holds 200), read in turn, so
  // that every read misses the cache: the first opening of a map.
  const coldMaps: string[] = [];
  for (let i = 0; i < 250; i++) coldMaps.push(await newMap());

  // 50 connections as in the foundation benchmark, and 10: many people opening maps at the same moment
  // (D30). Plain JSON, as the target has been measured from the start; then, at 10 connections,
  // compressed as a browser asks for it (D31): more work for the server, an eighth of the bytes.
  const runs = [
    { connections: 50, compressed: false },
    { connections: 10, compressed: false },
    { connections: 10, compressed: true },
  ];
  for (const { connections, compressed } of runs) {
    const asked = compressed
      ? { cookie: headers.cookie, 'accept-encoding': 'gzip, deflate, br' }
      : { cookie: headers.cookie };
    const how = compressed ? ', compressed (br)' : '';
    const r = await load({ url, headers: asked, connections, duration: 10, kind: 'path', path: `/api/maps/${map}` });
    console.log(
      `[${engine}] GET map of 150 alters (session, policy, map, audit)${how}, ${connections} connections: ${Math.round(r.requests)} req/s  p50 ${r.p50} ms  p90 ${r.p90} ms  p99 ${r.p99} ms  errors ${r.errors}`,
    );
    const c = await load({
      url,
      headers: asked,
      connections,
      duration: 10,
      kind: 'paths',
      paths: coldMaps.map((id) => `/api/maps/${id}`),
    });
    console.log(
      `[${engine}]   same, 250 different maps in turn (never in memory)${how}, ${connections} connections: ${Math.round(c.requests)} req/s  p50 ${c.p50} ms  p90 ${c.p90} ms  p99 ${c.p99} ms  errors ${c.errors}`,
    );
  }

  if (engine === 'pglite' && fs.existsSync('dist/web/index.html')) {
    const browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.addCookies([{ name: 'kring_session', value: session.token, url }]);
    const page = await context.newPage();
    const renders: number[] = [];
    const commits: number[] = [];
    const lists: number[] = [];
    const labelTimes: number[] = [];
    for (let i = 0; i < 10; i++) {
      await page.goto(`${url}/people/${person}/maps/${map}`);
      await page.locator('.map-node').nth(149).waitFor();
      await page.waitForFunction(() => performance.getEntriesByName('kring:map-render').length > 0);
      const measures = await page.evaluate(() =>
        (performance.getEntriesByName('kring:map-render') as PerformanceMeasure[]).map((m) => ({
          total: m.duration,
          commit: (m.detail as { commitMs: number }).commitMs,
        })),
      );
      const slowest = measures.reduce((a, b) => (b.total > a.total ? b : a));
      labelTimes.push(
        await page.evaluate(() => Math.max(...performance.getEntriesByName('kring:map-labels').map((m) => m.duration))),
      );
      renders.push(slowest.total);
      commits.push(slowest.commit);
      // The list editor is built right after the picture is painted: how long until all its rows are there.
      // Checked every animation frame, so the figure is accurate to one frame.
      const listDone = await page.waitForFunction(
        () => document.querySelectorAll('.alter-table tbody tr').length >= 150 && performance.now(),
        undefined,
        { polling: 'raf' },
      );
      lists.push(
        Number(await listDone.jsonValue()) -
          (await page.evaluate(() => performance.getEntriesByName('kring:map-render')[0].startTime)),
      );
    }
    for (const list of [renders, commits, lists, labelTimes]) list.sort((a, b) => a - b);
    console.log(
      `[chromium] render of a 150-alter map (layout, React, DOM, until painted): median ${percentile(renders, 50).toFixed(1)} ms, worst of 10 ${renders.at(-1)!.toFixed(1)} ms; of which placing the names: median ${percentile(labelTimes, 50).toFixed(1)} ms`,
    );
    console.log(
      `[chromium]   the 150-row list editor below it complete after: median ${percentile(lists, 50).toFixed(1)} ms, worst of 10 ${lists.at(-1)!.toFixed(1)} ms (counted from the same start)`,
    );
    await browser.close();
  }
  await app.close();
  await database.close();
}
