// Screenshots for the kitchen table (issue 14): the network map empty, with ten names just typed
// in, with 150 people and in "look at it together", at a phone, a tablet held both ways and a
// desktop; also says per screen whether it scrolls sideways, the smallest name on the map in
// pixels and whether any two names overlap.
// `tsx scripts/screenshots-kitchen.ts <baseUrl> <outDir> coordinator=email:password`
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser, signInPage } from '../tests/e2e/browser.js';

const [base = 'http://localhost:3918', out = '/tmp/shots', login = ''] = process.argv.slice(2);
const [, account] = login.split('=');
const [email, password] = account.split(':');
fs.mkdirSync(out, { recursive: true });
const sizes = {
  phone: { width: 390, height: 844 },
  portrait: { width: 768, height: 1024 },
  landscape: { width: 1024, height: 768 },
  desktop: { width: 1440, height: 900 },
};

async function call(page: Page, method: string, url: string, body?: unknown) {
  return page.evaluate(
    async ([method, url, body]) => {
      const session = await (await fetch('/api/auth/session')).json();
      const response = await fetch(url as string, {
        method: method as string,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: body ? JSON.stringify(body) : undefined,
      });
      return response.json();
    },
    [method, url, body] as const,
  );
}

/** The smallest name's height on screen, and whether two names' boxes overlap. */
async function labelCheck(page: Page, scope: string) {
  return page.evaluate((scope) => {
    const boxes = [...document.querySelectorAll(`${scope} .map-node-label`)].map((el) => el.getBoundingClientRect());
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
          overlaps++;
      }
    const smallest = Math.min(
      ...[...document.querySelectorAll(`${scope} .map-drawing text`)].map(
        (el) =>
          Number.parseFloat(getComputedStyle(el).fontSize) *
          (el.closest('svg')!.getBoundingClientRect().width / el.closest('svg')!.viewBox.baseVal.width),
      ),
    );
    return { names: boxes.length, overlaps, smallestPx: Math.round(smallest * 10) / 10 };
  }, scope);
}

async function shootAll(page: Page, name: string, scope = 'main') {
  for (const [size, viewport] of Object.entries(sizes)) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(500);
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    const labels = await labelCheck(page, scope);
    console.log(
      `${name} ${size}: ${scroll > inner ? `SIDEWAYS ${scroll}px` : 'fits'}; ${labels.names} names, ${labels.overlaps} overlapping, smallest text ${labels.smallestPx}px`,
    );
    await page.screenshot({ path: `${out}/${name}-${size}.png`, fullPage: false });
  }
}

const browser = await launchBrowser();
const page = await signInPage(browser, base, email, password);
const people = await call(page, 'POST', '/api/persons/search', { q: 'Henk' });
if (!people.items) throw new Error(JSON.stringify(people));
const personId = people.items[0].id;
const empty = await call(page, 'POST', `/api/persons/${personId}/maps`, {
  kind: 'snapshot',
  label: 'other',
  takenOn: '2026-11-30',
});
await page.goto(`${base}/people/${personId}/maps/${empty.id}`);
await page.getByRole('heading', { name: /Netwerkkaart van/ }).waitFor();
await shootAll(page, 'map-empty');

await page
  .getByRole('textbox', { name: /Snel namen toevoegen|Namen/ })
  .first()
  .fill(
    'Oma Truus, Buurman Ali, Tante Riet, Kees, Fatima, Jan de Vries, Voetbalclub, Hond Bobby, Marleen, Dokter Smit',
  );
await page
  .getByRole('button', { name: /toevoegen/i })
  .first()
  .click();
await page.getByText('10 namen wachten op een plek op de kaart').waitFor();
await shootAll(page, 'map-ten-names');

const big = await call(page, 'POST', `/api/persons/${personId}/maps`, {
  kind: 'snapshot',
  label: 'other',
  takenOn: '2026-12-01',
});
const sectors = ['family', 'friends', 'neighbourhood', 'work_school', 'clubs', 'professional'];
const first = ['Anna', 'Bram', 'Cor', 'Dirk', 'Els', 'Fenna', 'Gijs', 'Hanna', 'Ivo', 'Joke', 'Karim', 'Lotte'];
const last = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Yılmaz', 'El Idrissi', 'Mulder'];
await call(page, 'POST', `/api/maps/${big.id}/alters`, {
  version: 1,
  alters: Array.from({ length: 150 }, (_, i) => ({
    name: `${first[i % first.length]} ${last[(i * 7) % last.length]}`,
    closeness: (i % 3) + 1,
    sector: sectors[(i * 5) % 6],
    receives: i % 4 === 0 ? ['practical', 'emotional'] : [],
  })),
});
await page.goto(`${base}/people/${personId}/maps/${big.id}`);
await page.locator('.map-node').first().waitFor();
await shootAll(page, 'map-150');

const demoMap = await call(page, 'GET', `/api/persons/${personId}/maps`);
await page.goto(`${base}/people/${personId}/maps/${demoMap[0].id}`);
await page.locator('.map-node').first().waitFor();
await shootAll(page, 'map-demo');
await page.getByRole('button', { name: 'Samen bekijken' }).click();
await page.getByRole('dialog', { name: /De kaart van/ }).waitFor();
await shootAll(page, 'map-together', 'dialog.map-together');
await page.keyboard.press('Escape');
await page.goto(`${base}/people/${personId}/maps/${demoMap[0].id}/print`);
await page.locator('.map-node').first().waitFor();
await shootAll(page, 'map-print');
await browser.close();
