// Screenshots of a demo network map: `tsx scripts/screenshots-map.ts <baseUrl> <email> <password> <personName> <outDir>`.
import fs from 'node:fs';
import { launchBrowser, seriousA11yViolations, signInPage, viewports } from '../tests/e2e/browser.js';

const [base, email, password, personName, out = '/tmp/shots'] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
const page = await signInPage(browser, base, email, password);
await page.getByRole('navigation').getByRole('link', { name: 'Personen', exact: true }).click();
await page.getByRole('link', { name: personName }).click();
await page.getByRole('link', { name: /Begin ·/ }).click();
await page.getByRole('heading', { name: /Netwerkkaart van/ }).waitFor();
await page.locator('.map-node').first().waitFor();
for (const [vp, size] of Object.entries(viewports)) {
  await page.setViewportSize(size);
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${out}/map-${vp}.png`, fullPage: true });
}
const v = await seriousA11yViolations(page);
console.log(v.length ? JSON.stringify(v, null, 1) : 'axe: no serious or critical violations');
await browser.close();
