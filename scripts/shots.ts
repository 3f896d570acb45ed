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
