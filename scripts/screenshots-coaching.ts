// Screenshots of the coach programme on the demo organisation, with axe on every screen:
// `tsx scripts/screenshots-coaching.ts <baseUrl> <coordinatorEmail> <password> <coachEmail> <password> <outDir>`.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser, signInPage, type viewports } from '../tests/e2e/browser.js';
import { shoot as shootPage } from './shots.js';

const [base, coordEmail, coordPassword, coachEmail, coachPassword, out = '/tmp/shots'] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const browser = await launchBrowser();

const signIn = (email: string, password: string) => signInPage(browser, base, email, password);

const shoot = (page: Page, name: string, sizes?: (keyof typeof viewports)[]) => shootPage(page, out, name, sizes);

const coord = await signIn(coordEmail, coordPassword);
await coord.goto(`${base}/coaching`);
await coord.getByRole('heading', { name: 'Wachtlijst' }).waitFor();
await shoot(coord, 'coaching-dashboard');
await coord.getByRole('link', { name: 'Émilie Dubois' }).first().click();
await coord.getByText('Passende coaches').waitFor();
await shoot(coord, 'coaching-trajectory-matching');
await coord.goto(`${base}/coaching`);
await coord.getByRole('link', { name: 'Henk de Boer' }).first().click();
await coord.getByRole('heading', { name: /Traject van Henk/ }).waitFor();
await shoot(coord, 'coaching-trajectory-coordinator');
await coord.goto(`${base}/coaching/coaches`);
await coord.getByRole('link', { name: 'Kees Coach' }).waitFor();
await shoot(coord, 'coaching-pool');
await coord.goto(`${base}/coaching/register`);
await shoot(coord, 'coaching-register');
await coord.goto(`${base}/coaching/support`);
await coord.getByText('Uren en kosten per coach').waitFor();
await shoot(coord, 'coaching-support');

const coach = await signIn(coachEmail, coachPassword);
await coach.goto(`${base}/coaching/mine`);
await coach.getByRole('heading', { name: 'Mijn cliënten' }).waitFor();
await shoot(coach, 'coaching-mine', ['desktop', 'tablet', 'phone']);
await coach.getByRole('link', { name: /Joost/ }).click();
await coach.getByRole('heading', { name: /Traject van Joost/ }).waitFor();
await coach.getByRole('button', { name: /Mijn actieplan/ }).click();
await shoot(coach, 'coaching-trajectory-coach', ['desktop', 'tablet', 'phone']);
await coach.goto(`${coach.url()}/print`);
await coach.getByRole('heading', { name: /Mijn plan/ }).waitFor();
await shoot(coach, 'coaching-print', ['desktop']);
await browser.close();
