// First screens on a mid-range phone (issue 14, item 4): layout shift (CLS) and main-thread
// blocking (total blocking time: the part of every long task over 50 ms) while a page loads, on
// the demo organisation, in Debian's Chromium at 390 × 844 with the CPU slowed four times (as
// Lighthouse's mobile profile does). Measured with the browser's Performance API; needs
// `npm run build`. `npm run bench:screens`
import path from 'node:path';
import type { Page } from 'playwright-core';
import { loadDemo } from '../src/server/demo/load.js';
import { migrate } from '../src/server/db/migrate.js';
import { buildApp } from '../src/server/app.js';
import { launchBrowser, signInPage } from '../tests/e2e/browser.js';
import { listen, openBenchDatabase } from './support.js';

const runs = Number(process.env.KRING_BENCH_RUNS ?? 3);
const database = await openBenchDatabase('pglite');
await migrate(database.db);
const demo = await loadDemo(database.db);
const app = await buildApp({ db: database.db, publicUrl: 'http://127.0.0.1', webDir: path.resolve('dist/web') });
const url = await listen(app);
const browser = await launchBrowser();
const account = (role: string) => demo.accounts.find((a) => a.role === role)!;

/** Layout shifts and long tasks from the start of the page until it has been quiet for a second. */
async function measure(page: Page, address: string) {
  await page.addInitScript(() => {
    const w = window as unknown as { kringShifts: number; kringBlocking: number };
    w.kringShifts = 0;
    w.kringBlocking = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Element }[];
      })[])
        if (!e.hadRecentInput) {
          w.kringShifts += e.value;
          // Which elements moved, for KRING_BENCH_DEBUG.
          (window as unknown as { kringMoved: string[] }).kringMoved = [
            ...((window as unknown as { kringMoved?: string[] }).kringMoved ?? []),
            `${e.value.toFixed(3)} ${e.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : '?')).join(' ')}`,
          ];
        }
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.kringBlocking += Math.max(0, e.duration - 50);
        (window as unknown as { kringMoved: string[] }).kringMoved = [
          ...((window as unknown as { kringMoved?: string[] }).kringMoved ?? []),
          `long task ${Math.round(e.duration)} ms at ${Math.round(e.startTime)}`,
        ];
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(address);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  if (process.env.KRING_BENCH_DEBUG)
    console.log(await page.evaluate(() => (window as unknown as { kringMoved?: string[] }).kringMoved));
  return page.evaluate(() => {
    const w = window as unknown as { kringShifts: number; kringBlocking: number };
    return { cls: w.kringShifts, tbt: w.kringBlocking };
  });
}

const screens: Array<[string, string, () => Promise<string>]> = [
  ['coordinator start page', 'coordinator', async () => '/'],
  ['coach programme dashboard', 'coordinator', async () => '/coaching'],
  ['admin start page', 'admin', async () => '/'],
  ['social worker start page', 'social_worker', async () => '/'],
  [
    'network map (demo)',
    'coordinator',
    async () => {
      const map = await database.db
        .selectFrom('network_maps')
        .select(['id', 'person_id'])
        .orderBy('taken_on', 'desc')
        .executeTakeFirstOrThrow();
      return `/people/${map.person_id}/maps/${map.id}`;
    },
  ],
  [
    'group session',
    'social_worker',
    async () => {
      const group = await database.db.selectFrom('support_groups').select('id').executeTakeFirstOrThrow();
      return `/groups/${group.id}/session`;
    },
  ],
];

for (const [name, role, where] of screens) {
  const { email, password } = account(role);
  const address = `${url}${await where()}`;
  const results: { cls: number; tbt: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await signInPage(browser, url, email, password, { width: 390, height: 844 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    results.push(await measure(page, address));
    await page.context().close();
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(
    `[phone, CPU ×4] ${name}: CLS ${median(results.map((r) => r.cls)).toFixed(3)}, blocking ${Math.round(median(results.map((r) => r.tbt)))} ms (median of ${runs}; worst CLS ${Math.max(...results.map((r) => r.cls)).toFixed(3)}, worst blocking ${Math.round(Math.max(...results.map((r) => r.tbt)))} ms)`,
  );
}
await browser.close();
await app.close();
await database.close();
