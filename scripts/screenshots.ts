// Screenshots of any pages at a phone, a tablet held both ways and a desktop, to look at what was
// built; says per screen whether it scrolls sideways.
// `tsx scripts/screenshots.ts <baseUrl> <outDir> <email:password> <name=path> [name=path …]`
import fs from 'node:fs';
import { launchBrowser, signInPage } from '../tests/e2e/browser.js';

const [base, out, account, ...pages] = process.argv.slice(2);
const [email, password] = account.split(':');
fs.mkdirSync(out, { recursive: true });
const sizes = {
  phone: { width: 390, height: 844 },
  portrait: { width: 768, height: 1024 },
  landscape: { width: 1024, height: 768 },
  desktop: { width: 1440, height: 900 },
};

const browser = await launchBrowser();
for (const [size, viewport] of Object.entries(sizes)) {
  const page = await signInPage(browser, base, email, password, viewport);
  for (const spec of pages) {
    const [name, path] = spec.split('=');
    await page.goto(`${base}${path}`);
    await page.locator('h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.screenshot({ path: `${out}/${name}-${size}.png`, fullPage: process.env.KRING_SHOT_FULL !== '0' });
    console.log(`${name} ${size}: ${wide > 0 ? `scrolls sideways by ${wide} px` : 'fits'}`);
  }
  await page.context().close();
}
await browser.close();
