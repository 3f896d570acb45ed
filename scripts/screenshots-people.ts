// Screenshots of the people screens for a coordinator of the demo organisation:
// `tsx scripts/screenshots-people.ts <baseUrl> <email> <password> <outDir>`.
import fs from 'node:fs';
import { launchBrowser, seriousA11yViolations, viewports } from '../tests/e2e/browser.js';

const [base, email, password, out = '/tmp/shots'] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: viewports.desktop });
const shot = async (name: string) => {
  for (const [vp, size] of Object.entries(viewports)) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${out}/${name}-${vp}.png`, fullPage: true });
  }
  const v = await seriousA11yViolations(page);
  if (v.length) console.log(name, JSON.stringify(v, null, 1));
};
await page.goto(`${base}/login`);
await shot('login');
await page.getByRole('textbox', { name: 'E-mailadres' }).fill(email);
await page.getByLabel('Wachtwoord').fill(password);
await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
await page.getByRole('heading', { name: /Goedendag/ }).waitFor();
await shot('home-coordinator');
await page.getByRole('navigation').getByRole('link', { name: 'Personen', exact: true }).click();
await page.getByRole('table').waitFor();
await shot('people');
await page.getByRole('link', { name: 'Henk de Boer' }).click();
await page.getByRole('heading', { name: 'Henk de Boer' }).waitFor();
await page.getByText('Gegeven').first().waitFor();
await shot('person');
await page.getByRole('link', { name: 'Wijzigen' }).click();
await page.getByRole('button', { name: 'Opslaan' }).waitFor();
await page.getByRole('textbox', { name: 'Voornaam of roepnaam' }).fill('');
await page.getByRole('button', { name: 'Opslaan' }).click();
await page.locator('[aria-invalid="true"]').first().waitFor();
await shot('person-edit-error');
console.log('done');
await browser.close();
