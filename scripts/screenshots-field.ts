// Screenshots of the screens the field-flow work touched, on the demo organisation, at 360 px,
// phone, tablet and desktop width; says per screen whether the page scrolls sideways and what axe
// finds. `tsx scripts/screenshots-field.ts <baseUrl> <outDir> role=email:password ...`.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser, seriousA11yViolations, signInPage, viewports } from '../tests/e2e/browser.js';

const [base, out = '/tmp/shots', ...logins] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const accounts = Object.fromEntries(
  logins.map((l) => {
    const [role, rest] = l.split('=');
    const [email, password] = rest.split(':');
    return [role, { email, password }];
  }),
);
const sizes = { narrow: { width: 360, height: 780 }, ...viewports };
const browser = await launchBrowser();

async function shoot(page: Page, name: string) {
  const wide: string[] = [];
  for (const [size, viewport] of Object.entries(sizes)) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(300);
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    if (scroll > inner) wide.push(`${size} ${scroll}px`);
    await page.screenshot({ path: `${out}/${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize(viewports.desktop);
  const axe = await seriousA11yViolations(page);
  console.log(
    `${name}: ${wide.length ? `SIDEWAYS ${wide.join(', ')}` : 'fits'}; ${axe.length ? `axe ${JSON.stringify(axe)}` : 'axe clean'}`,
  );
}

async function visit(role: string, pages: (page: Page) => Promise<void>) {
  const { email, password } = accounts[role];
  const page = await signInPage(browser, base, email, password);
  await pages(page);
  await page.close();
}

await visit('coordinator', async (p) => {
  await shoot(p, 'coordinator-home');
  await p.goto(`${base}/coaching`);
  await p.getByRole('heading', { name: 'Wachtlijst' }).waitFor();
  await shoot(p, 'coaching-dashboard');
  await p.getByRole('region', { name: 'Wachtlijst' }).getByRole('link').first().click();
  await p.getByRole('heading', { name: /Traject van/ }).waitFor();
  await shoot(p, 'trajectory-waiting');
  await p.goto(`${base}/coaching/trajectories?status=active`);
  await p.locator('main table a').first().click();
  await p.getByRole('heading', { name: /Traject van/ }).waitFor();
  await shoot(p, 'trajectory-active');
  await p.goto(`${base}/people`);
  await p.locator('main table a').first().click();
  await p.waitForTimeout(800);
  await shoot(p, 'person-page');
});
await visit('admin', async (p) => {
  await shoot(p, 'admin-home');
  for (const [path, name] of [
    ['/admin/users', 'users'],
    ['/admin/settings', 'settings'],
    ['/admin/audit', 'audit'],
  ]) {
    await p.goto(`${base}${path}`);
    await p.waitForTimeout(800);
    await shoot(p, name);
  }
});
await visit('social_worker', async (p) => {
  await p.goto(`${base}/groups`);
  await p.locator('a[href^="/groups/"]').first().waitFor();
  const href = await p
    .locator('a[href^="/groups/"]')
    .evaluateAll((links) =>
      links.map((a) => a.getAttribute('href')).find((h) => /^\/groups\/[0-9a-f-]{36}$/.test(h ?? '')),
    );
  const group = `${base}${href}`;
  await p.goto(group);
  await p.waitForTimeout(800);
  await shoot(p, 'group-page');
  await p.goto(`${group}/session`);
  await p.waitForTimeout(800);
  await shoot(p, 'session-page');
  await p.goto(`${group}/logbook`);
  await p.waitForTimeout(800);
  await shoot(p, 'logbook-page');
});
await visit('coach', async (p) => shoot(p, 'coach-home'));
await visit('evaluator', async (p) => shoot(p, 'evaluator-home'));
await browser.close();
