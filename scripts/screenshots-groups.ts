// Screenshots of the support-net groups on the demo organisation, with axe on every screen:
// `tsx scripts/screenshots-groups.ts <baseUrl> <workerEmail> <password> <evaluatorEmail> <password> <outDir>`.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser, signInPage, type viewports } from '../tests/e2e/browser.js';
import { shoot as shootPage } from './shots.js';

const [base, workerEmail, workerPassword, evalEmail, evalPassword, out = '/tmp/shots'] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const browser = await launchBrowser();

const shoot = (page: Page, name: string, sizes?: (keyof typeof viewports)[]) => shootPage(page, out, name, sizes);

const worker = await signInPage(browser, base, workerEmail, workerPassword);
await worker.goto(`${base}/groups`);
await worker.getByRole('link', { name: /Vangnet Oud-Noord/ }).waitFor();
await shoot(worker, 'groups-list');
await worker.getByRole('link', { name: /Vangnet Oud-Noord/ }).click();
await worker.getByRole('heading', { name: 'Uren en bezetting' }).waitFor();
await shoot(worker, 'group-dashboard');
const groupUrl = worker.url();
await worker.goto(`${groupUrl}/session`);
await worker.getByText('Vink aan wie er was').waitFor();
await worker.getByRole('checkbox', { name: /Anneke/ }).check();
await shoot(worker, 'group-session', ['phone', 'tablet']);
await worker.goto(`${groupUrl}/logbook`);
await worker.getByRole('heading', { name: /Logboek van/ }).waitFor();
await shoot(worker, 'group-logbook');
await worker.goto(`${groupUrl}/network`);
await worker.locator('.net-node').first().waitFor();
await shoot(worker, 'group-network');
await worker.goto(`${groupUrl}/evaluation`);
await worker.getByText('Meedoen: een jaar geleden en nu', { exact: false }).first().waitFor();
await shoot(worker, 'group-evaluation');
await worker.goto(groupUrl);
await worker.getByRole('link', { name: 'Anneke Mulder' }).click();
await worker.getByRole('heading', { name: 'Route', exact: true }).waitFor();
await shoot(worker, 'group-participant');

const evaluator = await signInPage(browser, base, evalEmail, evalPassword);
await evaluator.goto(`${base}/interviews`);
await evaluator.locator('.client-card').first().click();
await evaluator.getByRole('heading', { name: /Gesprek met/ }).waitFor();
await shoot(evaluator, 'interview', ['desktop', 'phone']);
await browser.close();
