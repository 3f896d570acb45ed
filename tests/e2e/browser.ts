// Debian's Chromium driven by playwright-core: nothing is downloaded at install or run time.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

export const viewports = {
  phone: { width: 390, height: 844 },
  tablet: { width: 820, height: 1180 },
  desktop: { width: 1366, height: 900 },
};

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page (through the DevTools protocol, so the strict CSP stays on)
 * and returns the serious and critical violations.
 */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(
      document,
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      },
    ),
  )) as { violations: AxeViolation[] };
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
    }));
  return [...serious, ...(await unreadableDates(page))];
}

/**
 * Dates written as a computer stores them (2026-10-02) in what people read: every screen a journey
 * checks with axe is checked for these too, since people read dates in words (issue 19, item 13).
 * Field values are not text, so a date field's own value does not count.
 */
async function unreadableDates(page: Page): Promise<AxeViolation[]> {
  const found = await page.evaluate(() => document.body.innerText.match(/\b(19|20)\d\d-[01]\d-[0-3]\d\b/g) ?? []);
  return found.length === 0
    ? []
    : [
        {
          id: 'iso-date-in-text',
          impact: 'serious',
          help: `dates as people write them: ${found.slice(0, 3).join(', ')}`,
          nodes: [],
        },
      ];
}

/** A new page, signed in through the login form (Dutch), waiting for the start page. */
export async function signInPage(
  browser: Browser,
  url: string,
  email: string,
  password: string,
  viewport: { width: number; height: number } = viewports.desktop,
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${url}/login`);
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByRole('heading', { name: /Goedendag/ }).waitFor();
  return page;
}
