// Journey: first-run setup → the admin invites a coordinator → the coordinator accepts, turns on
// two-step verification and registers a person with consent → the admin sees those reads and
// changes in the access log. axe-core checks every page on the way.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { issueSetupToken } from '../../src/server/modules/identity/auth.service.js';
import { linkFor } from '../../src/server/modules/identity/tokens.js';
import { totpCodeAt } from '../../src/server/platform/totp.js';
import { engines } from '../../src/server/testing/harness.js';
import { clock } from '../../src/shared/clock.js';
import { seriousA11yViolations, viewports } from './browser.js';
import { journey } from './server.js';

const password = 'een lang en veilig wachtwoord';

describe.each(engines)('foundation journey on %s', (engine) => {
  const fixture = journey(engine);
  const checked: string[] = [];

  async function expectAccessible(page: Page, name: string) {
    const violations = await seriousA11yViolations(page);
    expect(violations, `${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    checked.push(name);
  }

  it('runs from setup to the audit view', async () => {
    const { server, browser } = fixture;
    const { token } = await issueSetupToken(server.database.db);
    const admin = await browser.newPage({ viewport: viewports.desktop });

    // 1. Setup creates the organisation and its administrator.
    await admin.goto(linkFor(server.url, 'setup', token));
    await admin.getByRole('heading', { name: 'Kring inrichten' }).waitFor();
    // The first page of a visit leaves the focus where the browser starts it.
    expect(await admin.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await expectAccessible(admin, 'setup');
    await admin.getByRole('textbox', { name: 'Naam van de organisatie' }).fill('Welzijn Proefstad');
    await admin.getByRole('textbox', { name: 'Je naam' }).fill('Ada Beheer');
    await admin.getByRole('textbox', { name: 'E-mailadres' }).fill('ada@proefstad.test');
    await admin.getByLabel('Nieuw wachtwoord').fill(password);
    await admin.getByLabel('Herhaal het wachtwoord').fill('iets anders dan hierboven');
    await admin.getByRole('button', { name: 'Organisatie aanmaken' }).click();
    await admin.getByText('De twee wachtwoorden zijn niet hetzelfde.').waitFor();
    await admin.getByLabel('Herhaal het wachtwoord').fill(password);
    await admin.getByRole('button', { name: 'Organisatie aanmaken' }).click();
    await admin.getByRole('heading', { name: 'Goedendag, Ada Beheer' }).waitFor();
    expect(admin.url()).not.toContain('#');
    await expectAccessible(admin, 'home (admin)');

    // 2. The admin invites a coordinator and copies the link.
    await admin.getByRole('navigation').getByRole('link', { name: 'Gebruikers', exact: true }).click();
    // After moving to another page a screen reader starts at its heading.
    await expect.poll(() => admin.evaluate(() => document.activeElement?.textContent)).toBe('Gebruikers');
    await admin.getByRole('textbox', { name: 'Naam', exact: true }).fill('Carla de Coördinator');
    await admin.getByRole('textbox', { name: 'E-mailadres' }).fill('carla@proefstad.test');
    await admin.getByLabel('Rol', { exact: true }).selectOption('coordinator');
    await admin.getByRole('button', { name: 'Uitnodiging maken' }).click();
    const linkField = admin.getByRole('textbox', { name: 'Uitnodigingslink' });
    await linkField.waitFor();
    const inviteLink = await linkField.inputValue();
    expect(inviteLink).toMatch(new RegExp(`^${server.url}/invite#`));
    await expectAccessible(admin, 'users');

    // 3. The coordinator accepts on a tablet, chooses a password and turns on two-step verification.
    const coordinatorContext = await browser.newContext({ viewport: viewports.tablet });
    const coordinator = await coordinatorContext.newPage();
    await coordinator.goto(inviteLink);
    await coordinator
      .getByText('Hallo Carla de Coördinator, je bent uitgenodigd voor Welzijn Proefstad.', { exact: false })
      .waitFor();
    await expectAccessible(coordinator, 'accept invitation');
    await coordinator.getByLabel('Nieuw wachtwoord').fill(password);
    await coordinator.getByLabel('Herhaal het wachtwoord').fill(password);
    await coordinator.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
    await coordinator.getByRole('heading', { name: 'Goedendag, Carla de Coördinator' }).waitFor();
    await coordinator.getByRole('link', { name: 'Carla de Coördinator' }).click();
    await coordinator.getByRole('heading', { name: 'Mijn account' }).waitFor();
    await expectAccessible(coordinator, 'account');
    await coordinator.getByRole('button', { name: 'Aanzetten' }).click();
    await coordinator.getByRole('button', { name: 'Instellen' }).click();
    const secret = (await coordinator.locator('code.secret').textContent())!.trim();
    await expectAccessible(coordinator, 'two-factor setup');
    await coordinator.getByRole('textbox', { name: 'Code' }).fill(totpCodeAt(secret));
    await coordinator.getByRole('button', { name: 'Bevestigen' }).click();
    await coordinator.getByText('Tweestapsverificatie staat aan.').waitFor();
    expect(await coordinator.getByRole('list', { name: 'Herstelcodes' }).getByRole('listitem').count()).toBe(10);
    await coordinator.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
    await coordinator.getByText('Aan. Bij het inloggen vraagt Kring om een code van je telefoon.').waitFor();

    // Signing in again now asks for a code.
    await coordinator.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await coordinator.getByRole('heading', { name: 'Inloggen' }).waitFor();
    await coordinator.getByRole('textbox', { name: 'E-mailadres' }).fill('carla@proefstad.test');
    await coordinator.getByLabel('Wachtwoord').fill(password);
    await coordinator.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await coordinator.getByRole('heading', { name: 'Inlogcode' }).waitFor();
    await expectAccessible(coordinator, 'sign-in code');
    await coordinator.getByRole('textbox', { name: 'Code' }).fill(totpCodeAt(secret, clock.ms() + 30_000));
    await coordinator.getByRole('button', { name: 'Controleren' }).click();
    await coordinator.getByRole('heading', { name: 'Goedendag, Carla de Coördinator' }).waitFor();

    // 4. The coordinator registers a person with consent; a bad e-mail address is explained first.
    await coordinator.getByRole('navigation').getByRole('link', { name: 'Personen', exact: true }).click();
    await coordinator.getByRole('heading', { name: 'Personen' }).waitFor();
    await expectAccessible(coordinator, 'people (empty)');
    await coordinator.getByRole('link', { name: 'Nieuwe persoon' }).click();
    await coordinator.getByRole('textbox', { name: 'Voornaam of roepnaam' }).fill('Gerda');
    await coordinator.getByRole('textbox', { name: 'Achternaam' }).fill('van den Heuvel');
    await coordinator.getByRole('spinbutton', { name: 'Geboortejaar' }).fill('1944');
    await coordinator.getByRole('textbox', { name: 'E-mailadres' }).fill('niet-goed');
    await coordinator.getByRole('textbox', { name: 'Wijk' }).fill('Oud-Noord');
    await coordinator.getByLabel('Deze persoon geeft nu toestemming om gegevens vast te leggen').check();
    await expectAccessible(coordinator, 'new person');
    await coordinator.getByRole('button', { name: 'Opslaan' }).click();
    await coordinator
      .getByRole('textbox', { name: 'E-mailadres' })
      .and(coordinator.locator('[aria-invalid="true"]'))
      .waitFor();
    expect(await coordinator.getByRole('textbox', { name: 'Voornaam of roepnaam' }).inputValue()).toBe('Gerda'); // nothing lost
    await coordinator.getByRole('textbox', { name: 'E-mailadres' }).fill('');
    await coordinator.getByRole('button', { name: 'Opslaan' }).click();
    await coordinator.getByRole('heading', { name: 'Gerda van den Heuvel' }).waitFor();
    const consentRow = coordinator.locator('.consent-status__item', { hasText: 'Gegevens vastleggen in Kring' });
    await expect.poll(() => consentRow.textContent()).toContain('Gegeven');
    await expectAccessible(coordinator, 'person detail');
    const personId = (await coordinator.locator('dd code').textContent())!.trim();
    expect(coordinator.url()).not.toMatch(/Gerda|Heuvel/);

    // After a period of inactivity the coordinator is asked to sign in again where they are; who
    // chooses not to is signed out and told why.
    await server.database.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(clock.ms() - 31 * 60 * 1000) })
      .where('stage', '=', 'full')
      .execute();
    await coordinator.getByRole('navigation').getByRole('link', { name: 'Personen', exact: true }).click();
    const again = coordinator.getByRole('dialog', { name: 'Log opnieuw in om verder te gaan' });
    await again.waitFor();
    await again.getByRole('button', { name: /Niet nu/ }).click();
    await coordinator.getByText('Je sessie is verlopen omdat je een tijd niets hebt gedaan. Log opnieuw in.').waitFor();
    await coordinator.getByRole('heading', { name: 'Inloggen' }).waitFor();

    // 5. The admin sees the coordinator's reads and changes of that person in the access log.
    await admin.reload();
    await admin.getByRole('textbox', { name: 'E-mailadres' }).fill('ada@proefstad.test');
    await admin.getByLabel('Wachtwoord').fill(password);
    await admin.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await admin.getByRole('heading', { name: 'Goedendag, Ada Beheer' }).waitFor();
    await admin.getByRole('navigation').getByRole('link', { name: 'Logboek toegang', exact: true }).click();
    // An access request names a person: the admin finds them by name, not by an internal id.
    await admin.getByRole('searchbox', { name: 'Persoon' }).fill('heuvel');
    await admin.getByRole('button', { name: /Gerda van den Heuvel · 1944/ }).click();
    await admin.getByRole('button', { name: 'Andere persoon' }).waitFor();
    expect(admin.url()).not.toMatch(/heuvel/i);
    const rows = admin.locator('tbody tr');
    await expect
      .poll(async () => (await rows.allTextContents()).join('\n'), { timeout: 10_000 })
      .toMatch(/Aangemaakt[\s\S]*Persoon/);
    const log = (await rows.allTextContents()).join('\n');
    expect(log).toContain('Carla de Coördinator');
    expect(log).toContain('Bekeken');
    expect(log).toContain('Toestemming');
    expect(log).not.toMatch(/Gerda|Heuvel/);
    await expectAccessible(admin, 'audit');

    // The same log in English.
    await admin.getByRole('button', { name: 'English' }).click();
    await admin.getByRole('heading', { name: 'Access log' }).waitFor();
    await expect.poll(async () => (await rows.allTextContents()).join('\n')).toContain('Viewed');
    await expectAccessible(admin, 'audit (en)');

    const csv = await admin.evaluate(async (id) => (await fetch(`/api/audit/export?personId=${id}`)).text(), personId);
    // Headings in the user's language: this admin now reads Kring in English.
    expect(csv.split('\n')[0]).toContain('Kind of record');
    expect(csv).toContain(personId);
    expect(checked.length).toBeGreaterThanOrEqual(10);
  });
});
