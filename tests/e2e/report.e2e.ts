// Journey through the funder report: the coordinator makes last year's report on a desktop and
// downloads its PDF; the funder opens the same report on a phone and on a desktop. The same
// protected numbers everywhere, no name anywhere, axe clean, nothing scrolls sideways.
import { describe, expect, it } from 'vitest';
import { clock } from '../../src/shared/clock.js';
import { insertTrajectory } from '../../src/server/testing/factories.js';
import { engines, seedOrganisation, testPassword } from '../../src/server/testing/harness.js';
import { seriousA11yViolations, signInPage, viewports } from './browser.js';
import { journey } from './server.js';

describe.each(engines)('funder report journey on %s', (engine) => {
  const fixture = journey(engine);

  it('is made by the coordinator and read by the funder on a phone and a desktop', async () => {
    const { server, browser } = fixture;
    const org = await seedOrganisation(server.database, `rj-${engine}`);
    // Last year: 9 registrations through an organisation and 3 on their own (3 is hidden, and 9
    // with it); 12 in all.
    const lastYear = Number(clock.today().slice(0, 4)) - 1;
    for (let i = 0; i < 12; i++) {
      await insertTrajectory(server.database, org, {
        registeredOn: `${lastYear}-0${(i % 9) + 1}-15`,
        referrer: i < 9 ? 'Wijkteam' : undefined,
      });
    }
    const registrations = (page: import('playwright-core').Page) =>
      page.getByRole('region', { name: 'Aanmeldingen' }).getByRole('table');

    // The coordinator, on a desktop.
    const desk = await signInPage(browser, server.url, org.users.coordinator.email, testPassword, viewports.desktop);
    await desk.getByRole('navigation').getByRole('link', { name: 'Verantwoording' }).click();
    await desk.getByRole('button', { name: 'Vorig jaar' }).click();
    await desk.getByText(`1 januari ${lastYear} tot en met 31 december ${lastYear}`).waitFor();
    const table = registrations(desk);
    await expect.poll(() => table.innerText()).toMatch(/Totaal\s+12/);
    expect(await table.innerText()).toMatch(/Via een organisatie\s+verborgen/);
    expect(await seriousA11yViolations(desk)).toEqual([]);
    // A period that ends before it starts is explained before anything is asked of the server.
    await desk.locator('input[type=date]').nth(0).fill(`${lastYear}-12-31`);
    await desk.locator('input[type=date]').nth(1).fill(`${lastYear}-01-01`);
    await desk.getByText('De einddatum ligt voor de begindatum').waitFor();
    const pdf = await desk.evaluate(async () => {
      const href = document.querySelector<HTMLAnchorElement>('a[href*="format=pdf"]')!.href;
      const answer = await fetch(href);
      return { type: answer.headers.get('content-type'), start: (await answer.text()).slice(0, 5) };
    });
    expect(pdf).toEqual({ type: 'application/pdf', start: '%PDF-' });

    // The funder, on a phone: from the start page to the same numbers, without a name.
    const phone = await signInPage(browser, server.url, org.users.funder_viewer.email, testPassword, viewports.phone);
    await phone.getByRole('link', { name: 'Open de verantwoording' }).click();
    await phone.getByRole('button', { name: 'Vorig jaar' }).click();
    await expect.poll(() => registrations(phone).innerText()).toMatch(/Totaal\s+12/);
    const main = await phone.locator('main').innerText();
    expect(main).not.toContain('Wijkteam');
    expect(main).not.toContain('Cliënt');
    const [scroll, inner] = await phone.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scroll).toBeLessThanOrEqual(inner);
    expect(await seriousA11yViolations(phone)).toEqual([]);

    // The funder, on a desktop and in English.
    const wide = await signInPage(browser, server.url, org.users.funder_viewer.email, testPassword, viewports.desktop);
    await wide.getByRole('link', { name: 'Open de verantwoording' }).click();
    await wide.getByRole('button', { name: 'English' }).click();
    await wide.getByRole('button', { name: 'Last year' }).click();
    await expect
      .poll(() => wide.getByRole('region', { name: 'Registrations' }).getByRole('table').innerText())
      .toMatch(/Total\s+12/);
    expect(await seriousA11yViolations(wide)).toEqual([]);

    // The admin sees in the access log who made which report, the period in words.
    const admin = await signInPage(browser, server.url, org.users.admin.email, testPassword, viewports.desktop);
    await admin.getByRole('navigation').getByRole('link', { name: 'Logboek toegang', exact: true }).click();
    await expect
      .poll(() => admin.locator('tbody').innerText())
      .toContain(`Periode 1 januari ${lastYear} – 31 december ${lastYear}`);
    expect(await seriousA11yViolations(admin)).toEqual([]);
  });
});
