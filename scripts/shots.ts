// Shared by the screenshot scripts: a full-page picture per viewport, then axe on the page.
import type { Page } from 'playwright-core';
import { seriousA11yViolations, viewports } from '../tests/e2e/browser.js';

export async function shoot(
  page: Page,
  out: string,
  name: string,
  sizes: (keyof typeof viewports)[] = ['desktop', 'tablet'],
) {
  for (const vp of sizes) {
    await page.setViewportSize(viewports[vp]);
    await page.waitForTimeout(250);
    await page.screenshot({ path: `${out}/${name}-${vp}.png`, fullPage: true });
  }
  await page.setViewportSize(viewports.desktop);
  const v = await seriousA11yViolations(page);
  console.log(`${name}: ${v.length ? JSON.stringify(v, null, 1) : 'axe clean'}`);
}

/**
 * The common part of the screenshot scripts: `<baseUrl> <outDir> role=email:password ...` from the
 * command line, a browser, `shoot` (360 px, phone, tablet, desktop; says whether the page scrolls
 * sideways and what axe finds) and `visit` (signed in as a role).
 */
export async function screenSession(argv: string[]) {
  const fs = await import('node:fs');
  const { launchBrowser, signInPage } = await import('../tests/e2e/browser.js');
  const [base = 'http://localhost:3000', out = '/tmp/shots', ...logins] = argv;
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
  async function shootAll(page: Page, name: string) {
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
  return { base, out, shoot: shootAll, visit, close: () => browser.close() };
}
