// Screenshots of the funder report on the demo organisation (the funder; the social worker's
// overview of groups; the admin's start page, settings and access log with its person filter) at 360 px, phone, tablet and desktop; says whether a
// page scrolls sideways and what axe finds. Also writes the report's PDF and a PNG of its pages.
// `tsx scripts/screenshots-report.ts <baseUrl> <outDir> role=email:password ...`.
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
    await page.waitForTimeout(400);
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
  if (!accounts[role]) return;
  const { email, password } = accounts[role];
  const page = await signInPage(browser, base, email, password);
  await pages(page);
  await page.close();
}

await visit('funder', async (p) => {
  p.on('pageerror', (e) => console.log('pageerror:', e.message));
  await shoot(p, 'funder-home');
  await p.getByRole('link', { name: 'Open de verantwoording' }).click();
  await p.getByRole('heading', { name: 'Coachprogramma', exact: true }).waitFor();
  await shoot(p, 'report');
  const pdf = await p.evaluate(async () => {
    const href = document.querySelector<HTMLAnchorElement>('a[href*="format=pdf"]')!.href;
    const bytes = new Uint8Array(await (await fetch(href)).arrayBuffer());
    return Array.from(bytes);
  });
  fs.writeFileSync(`${out}/report.pdf`, Buffer.from(pdf));
});
await visit('worker', async (p) => {
  await p.goto(`${base}/groups`);
  await p.getByText('Bezoeken, laatste 6 maanden').first().waitFor();
  await shoot(p, 'groups-overview');
});
await visit('admin', async (p) => {
  await shoot(p, 'admin-home');
  await p.goto(`${base}/admin/settings`);
  await p.getByText('Kleinste aantal dat de verantwoording toont').waitFor();
  await shoot(p, 'settings');
  await p.goto(`${base}/admin/audit`);
  await p.getByRole('searchbox', { name: 'Persoon' }).fill('henk');
  await p.getByRole('button', { name: /Henk de Boer/ }).waitFor();
  await shoot(p, 'audit-person-search');
});
await browser.close();
