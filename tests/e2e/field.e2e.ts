// Field work that never loses a word (issue 19): on a phone, a coach types in a worksheet, their
// session runs out, and they sign in again in place; the text is saved, the page never left, and
// nothing of it is left in the browser's storage, also after signing out.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activateCoachMatch, seedOwnOrganisation, signedIn, testPassword } from '../../src/server/testing/harness.js';
import { clock } from '../../src/shared/clock.js';
import { expectAxeClean } from './axe.js';
import { signInPage, viewports } from './browser.js';
import { journey } from './server.js';

describe.each(['pglite'] as const)('field work on %s', (engine) => {
  const fixture = journey(engine);

  it('signed out mid-sentence: signs in again on the same page and saves what was typed', async () => {
    const { server, browser } = fixture;
    const org = await seedOwnOrganisation(server.database, `fw-${engine}-`);
    const coordinator = await signedIn(server.app, org.users.coordinator.email);
    const personId = (await coordinator.post('/api/persons', { kind: 'client', firstName: 'Wim', lastName: 'Wijk' }))
      .body.id;
    const { trajectoryId } = await activateCoachMatch(coordinator, org.users.coach.id, personId, 20);

    const page = await signInPage(browser, server.url, org.users.coach.email, testPassword, viewports.phone);
    await page.goto(`${server.url}/coaching/trajectories/${trajectoryId}`);
    await page.getByRole('button', { name: /Kennismaken en vooruitkijken/ }).click();
    const hopes = page.getByRole('textbox', { name: 'Wat hoop ik dat er verandert?' });
    const text = 'Weer samen koffie drinken bij de buren.';

    // The session ends while the coach is typing (an hour without activity).
    await server.database.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(clock.ms() - 3 * 3600 * 1000) })
      .where('user_id', '=', org.users.coach.id)
      .execute();
    await hopes.fill(text);
    await page.locator('#step-1').getByRole('button', { name: 'Opslaan' }).click();

    const dialog = page.getByRole('dialog', { name: 'Log opnieuw in om verder te gaan' });
    await dialog.waitFor();
    await expectAxeClean(page, 'sign in again');
    fs.mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: `test-results/sign-in-again-phone-${engine}.png` });
    await dialog.getByLabel('Wachtwoord').fill(testPassword);
    await dialog.getByRole('button', { name: 'Inloggen en verdergaan' }).click();
    await page.getByText('Stap opgeslagen.').waitFor();
    expect(await hopes.inputValue()).toBe(text);
    expect(page.url()).toContain(`/coaching/trajectories/${trajectoryId}`);
    const saved = (await coordinator.get(`/api/trajectories/${trajectoryId}`)).body.steps.find(
      (s: { step: number }) => s.step === 1,
    );
    expect(Object.values(saved.worksheet)).toContain(text);

    const storage = () => page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
    expect(await storage()).not.toContain('koffie');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    expect(await storage()).not.toMatch(/koffie|Wim|Wijk/);
    await page.close();
  });

  it('start pages and who works with a person say what to do, at every width, axe clean', async () => {
    const { server, browser } = fixture;
    const org = await seedOwnOrganisation(server.database, `fs-${engine}-`);
    const coordinator = await signedIn(server.app, org.users.coordinator.email);
    const personId = (await coordinator.post('/api/persons', { kind: 'client', firstName: 'Henk', lastName: 'Hof' }))
      .body.id;
    await activateCoachMatch(coordinator, org.users.coach.id, personId, 20);
    fs.mkdirSync('test-results', { recursive: true });
    for (const [width, viewport] of Object.entries(viewports)) {
      const coach = await signInPage(browser, server.url, org.users.coach.email, testPassword, viewport);
      await coach.getByRole('heading', { name: 'Mijn cliënten' }).waitFor();
      await coach.getByRole('link', { name: 'Henk Hof' }).waitFor();
      await expectAxeClean(coach, `coach start page (${width})`);
      await coach.screenshot({ path: `test-results/coach-home-${width}-${engine}.png`, fullPage: true });
      await coach.close();

      const page = await signInPage(browser, server.url, org.users.coordinator.email, testPassword, viewport);
      await page.goto(`${server.url}/people/${personId}`);
      await page.getByRole('link', { name: 'Coach: Coach' }).waitFor();
      await expectAxeClean(page, `who works with a person (${width})`);
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter(
            // Inside a box that scrolls sideways by itself (a table, the phone's menu) is allowed.
            (e) => {
              for (let up = e.parentElement; up; up = up.parentElement)
                if (['auto', 'scroll'].includes(getComputedStyle(up).overflowX)) return false;
              return e.getBoundingClientRect().right > window.innerWidth + 1;
            },
          )
          .slice(0, 5)
          .map((e) => `${e.tagName}.${e.className}:${Math.round(e.getBoundingClientRect().right)}`),
      );
      expect(wide, `wider than the screen at ${width}`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: `test-results/person-who-${width}-${engine}.png`, fullPage: true });
      await page.close();
    }
  });
});
