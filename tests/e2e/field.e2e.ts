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
});
