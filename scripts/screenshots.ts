// Looks at the screens: `tsx scripts/screenshots.ts <baseUrl> <setupLink> <outDir>` takes
// desktop and tablet screenshots of the main pages of a fresh installation.
import fs from 'node:fs';
import { clock } from '../src/shared/clock.js';
import { launchBrowser, seriousA11yViolations, viewports } from '../tests/e2e/browser.js';

const [base, setupLink, out = '/tmp/shots'] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: viewports.desktop });
const shot = async (name: string) => {
  for (const [vp, size] of Object.entries({ desktop: viewports.desktop, tablet: viewports.tablet })) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${out}/${name}-${vp}.png`, fullPage: true });
  }
  const v = await seriousA11yViolations(page);
  if (v.length) console.log(name, JSON.stringify(v, null, 1));
};
await page.goto(setupLink);
if (process.env.SKIP_SETUP) {
  await page.goto(`${base}/login`);
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill('ada@testdorp.test');
  await page.getByLabel('Wachtwoord').fill('een lang wachtwoord 1');
  await page.getByRole('button', { name: 'Inloggen' }).click();
} else {
  await page.getByLabel('Naam van de organisatie').fill('Welzijn Testdorp');
  await page.getByLabel('Je naam').fill('Ada Beheer');
  await page.getByLabel('E-mailadres').fill('ada@testdorp.test');
  await page.getByLabel('Nieuw wachtwoord').fill('een lang wachtwoord 1');
  await page.getByLabel('Herhaal het wachtwoord').fill('een lang wachtwoord 1');
  await shot('setup');
  await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
}
await page.getByRole('heading', { name: /Goedendag/ }).waitFor();
await shot('home-admin');
await page.getByRole('navigation').getByRole('link', { name: 'Teams', exact: true }).click();
await page.getByLabel('Naam', { exact: true }).fill(`Team ${clock.ms()}`);
await page.getByRole('button', { name: 'Team toevoegen' }).click();
await page.getByText('Team toegevoegd.').waitFor();
await shot('teams');
await page.getByRole('navigation').getByRole('link', { name: 'Gebruikers', exact: true }).click();
await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Carla Coördinator');
await page.getByRole('textbox', { name: 'E-mailadres' }).fill('carla@testdorp.test');
await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
await page.getByText('De link is klaar').waitFor();
await shot('users');
await page.getByRole('navigation').getByRole('link', { name: 'Instellingen', exact: true }).click();
await page.getByLabel('Naam van de organisatie').waitFor();
await shot('settings');
await page.getByRole('navigation').getByRole('link', { name: 'Logboek toegang', exact: true }).click();
await page.getByRole('table').waitFor();
await shot('audit');
await page.getByRole('link', { name: 'Ada Beheer' }).click();
await shot('account');
console.log('done');
await browser.close();
