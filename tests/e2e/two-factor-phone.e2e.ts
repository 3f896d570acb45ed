// A volunteer who owns only a phone sets up two-step verification on it (issue 14, item 3): the
// app opens from a link instead of a QR code the same phone cannot scan, the code field asks for
// a number pad and one-time-code autofill, and once it works they are signed in, without a second
// code at once. Signing in later asks for digits, with a way to use a recovery code instead.
import { describe, expect, it } from 'vitest';
import { seedOwnOrganisation, testPassword } from '../../src/server/testing/harness.js';
import { clock } from '../../src/shared/clock.js';
import { totpCodeAt } from '../../src/server/platform/totp.js';
import { expectAxeClean } from './axe.js';
import { viewports } from './browser.js';
import { journey } from './server.js';

describe('two-step verification on a phone', () => {
  const fixture = journey('pglite');

  it('is set up on the phone itself and signs the volunteer in', async () => {
    const { server, browser } = fixture;
    const org = await seedOwnOrganisation(server.database, 'tf-phone-');
    await server.database.db
      .updateTable('organisations')
      .set({ require_totp: true })
      .where('id', '=', org.organisationId)
      .execute();
    const page = await browser.newPage({ viewport: viewports.phone, isMobile: true, hasTouch: true });
    await page.goto(`${server.url}/login`);
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(org.users.coach.email);
    await page.getByLabel('Wachtwoord').fill(testPassword);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('heading', { name: 'Tweestapsverificatie instellen' }).waitFor();
    await page.getByRole('button', { name: 'Instellen' }).click();
    await page.getByText('Google Authenticator', { exact: false }).waitFor();

    const open = page.getByRole('link', { name: 'Open in je authenticator-app' });
    const uri = (await open.getAttribute('href'))!;
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    const secret = new URL(uri).searchParams.get('secret')!;
    expect(secret).toBe((await page.locator('code.secret').textContent())!.trim());
    const code = page.getByRole('textbox', { name: 'Code' });
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    await expectAxeClean(page, 'two-step set-up on a phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    await code.fill(totpCodeAt(secret));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByText('Tweestapsverificatie staat aan.').waitFor();
    await page.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
    // Signed in at once: the start page, not a second code.
    await page.getByRole('heading', { name: /Goedendag/ }).waitFor();
    expect(page.url()).toBe(`${server.url}/`);

    // Next time: six digits on a number pad, or a recovery code with letters.
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    await page.getByRole('textbox', { name: 'E-mailadres' }).fill(org.users.coach.email);
    // Signed out on purpose: no dialog asking to sign in again (it opened here before).
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByLabel('Wachtwoord').fill(testPassword);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('heading', { name: 'Inlogcode' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Code' }).getAttribute('inputmode')).toBe('numeric');
    await page.getByRole('button', { name: 'Telefoon kwijt? Gebruik een herstelcode' }).click();
    expect(await page.getByRole('textbox', { name: 'Herstelcode' }).getAttribute('inputmode')).toBe('text');
    await page.getByRole('button', { name: 'Toch een code uit de app gebruiken' }).click();
    await page.getByRole('textbox', { name: 'Code' }).fill(totpCodeAt(secret, clock.ms() + 30_000));
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByRole('heading', { name: /Goedendag/ }).waitFor();
    await page.close();
  });
});
