// Journey through a privacy request: the admin finds a person by name, downloads the letter and
// the data file of an access request, asks for an erasure (with a confirmation), cancels it and
// asks again; the start page shows the erasure job's last run. Axe clean at desktop and phone
// width, nothing scrolls sideways.
import { describe, expect, it } from 'vitest';
import { clock } from '../../src/shared/clock.js';
import { shiftMonths } from '../../src/shared/dates.js';
import { carryOutDueErasures } from '../../src/server/modules/privacy/requests.js';
import { applyRetention } from '../../src/server/modules/privacy/retention.js';
import { runJob } from '../../src/server/platform/jobs.js';
import { insertPerson } from '../../src/server/testing/factories.js';
import { engines, seedOrganisation, testPassword } from '../../src/server/testing/harness.js';
import { seriousA11yViolations, signInPage, viewports } from './browser.js';
import { journey } from './server.js';

describe.each(engines)('privacy request journey on %s', (engine) => {
  const fixture = journey(engine);

  it('lets the admin answer an access request and handle an erasure', async () => {
    const { server, browser } = fixture;
    const org = await seedOrganisation(server.database, `pj-${engine}`);
    const fenna = await insertPerson(server.database, org, {
      firstName: 'Fenna',
      lastName: 'Wijnberg',
      createdBy: org.users.coordinator.id,
    });
    // Someone last seen six years ago, whom a five-year retention period will erase.
    const old = await insertPerson(server.database, org, { firstName: 'Oscar', lastName: 'Oudhof' });
    const sixYearsAgo = new Date(`${shiftMonths(clock.today(), -72)}T12:00:00Z`);
    await server.database.db
      .updateTable('persons')
      .set({ created_at: sixYearsAgo, updated_at: sixYearsAgo })
      .where('id', '=', old)
      .execute();

    const desk = await signInPage(browser, server.url, org.users.admin.email, testPassword, viewports.desktop);
    await desk.getByRole('navigation').getByRole('link', { name: 'Privacyverzoeken' }).click();
    await desk.getByRole('searchbox', { name: 'Persoon' }).fill('wijnb');
    await desk.getByRole('button', { name: /Fenna Wijnberg/ }).click();
    await desk.getByRole('heading', { name: 'Fenna Wijnberg' }).waitFor();
    await desk.getByText('Persoonsgegevens: 1 gegeven').waitFor();
    expect(await seriousA11yViolations(desk)).toEqual([]);

    // Both files of the access request, as the links download them.
    const files = await desk.evaluate(async () => {
      const get = async (format: string) => {
        const href = document.querySelector<HTMLAnchorElement>(`a[href*="format=${format}"]`)!.href;
        const answer = await fetch(href);
        return { type: answer.headers.get('content-type'), text: await answer.text() };
      };
      const [pdf, json] = [await get('pdf'), await get('json')];
      return { pdf: [pdf.type, pdf.text.slice(0, 5)], json: JSON.parse(json.text).person.name };
    });
    expect(files).toEqual({ pdf: ['application/pdf', '%PDF-'], json: 'Fenna Wijnberg' });

    // Asking for an erasure takes a confirmation; then it waits, and can be cancelled.
    await desk.getByRole('button', { name: 'Wissen aanvragen' }).click();
    await desk.getByText('Weet je het zeker?').waitFor();
    expect(await seriousA11yViolations(desk)).toEqual([]);
    await desk.getByRole('button', { name: 'Ja, wissen aanvragen' }).click();
    await desk.getByText('Verzoek om te wissen opgeslagen.').waitFor();
    await desk.getByText(/Wacht tot .+\. Daarna wordt gewist\./).waitFor();
    await expect.poll(() => desk.locator('tbody').textContent()).toMatch(/Fenna Wijnberg.*Wacht/s);
    await desk.getByRole('button', { name: 'Verzoek intrekken' }).click();
    await desk.getByText('Verzoek ingetrokken.').waitFor();
    await expect.poll(() => desk.locator('tbody').textContent()).toMatch(/Ingetrokken/);
    await desk.getByRole('button', { name: 'Wissen aanvragen' }).click();
    await desk.getByRole('button', { name: 'Ja, wissen aanvragen' }).click();
    await desk.getByText(/Wacht tot/).waitFor();
    expect(await seriousA11yViolations(desk)).toEqual([]);

    // Retention: the periods are saved as a proposal, the dry run shows whom they touch and
    // when, and only the approval lets the job apply them.
    await desk.getByLabel('Persoon zonder activiteit: wissen na (jaren)').fill('5');
    await desk.getByLabel('Logboek toegang: regels verwijderen na (jaren)').fill('3');
    await desk.getByRole('button', { name: 'Termijnen opslaan en proefrun bekijken' }).click();
    // Three years is too short for the access log: the field says so, and nothing is saved.
    const auditYears = desk.getByLabel('Logboek toegang: regels verwijderen na (jaren)');
    await expect.poll(() => auditYears.getAttribute('aria-invalid')).toBe('true');
    expect(await desk.getByText('Opgeslagen als voorstel.', { exact: false }).count()).toBe(0);
    await auditYears.fill('');
    await desk.getByRole('button', { name: 'Termijnen opslaan en proefrun bekijken' }).click();
    await desk.getByText('Opgeslagen als voorstel.', { exact: false }).waitFor();
    const dryRun = desk.getByRole('region', { name: 'Proefrun: wat Kring zal opruimen' });
    await expect.poll(() => dryRun.textContent()).toMatch(/Persoon wissen\s*Oscar Oudhof/);
    expect(await dryRun.textContent()).not.toContain('Fenna');
    expect(await seriousA11yViolations(desk)).toEqual([]);
    await desk.getByRole('button', { name: 'Termijnen goedkeuren' }).click();
    await desk.getByText(/Goedgekeurd op .+ door admin/).waitFor();

    // The privacy notice: published as version 1; the coordinator who asks consent can read it there.
    await desk
      .getByLabel('Tekst van de privacyverklaring')
      .fill('Wij bewaren uw gegevens zolang wij met u werken. U mag ze altijd inzien.');
    await desk.getByRole('button', { name: 'Publiceren als nieuwe versie' }).click();
    await desk.getByText('Versie 1 gepubliceerd.', { exact: false }).waitFor();
    expect(await seriousA11yViolations(desk)).toEqual([]);
    const coordinator = await signInPage(
      browser,
      server.url,
      org.users.coordinator.email,
      testPassword,
      viewports.tablet,
    );
    await coordinator.goto(`${server.url}/people/${fenna}`);
    await coordinator.getByText('Lees de privacyverklaring (versie 1', { exact: false }).click();
    await coordinator.getByText('U mag ze altijd inzien.').waitFor();
    expect(await seriousA11yViolations(coordinator)).toEqual([]);

    // The job runs (here at once, as the server does every hour): nothing is due yet, and the
    // start page says when it ran and that a request waits.
    await runJob(server.database.db, 'erasure', carryOutDueErasures);
    await runJob(server.database.db, 'retention', applyRetention);
    const phone = await signInPage(browser, server.url, org.users.admin.email, testPassword, viewports.phone);
    await phone.getByText(/Wissen na de wachttijd: Laatst gedraaid: .+\. Gelukt, 0 gegevens afgehandeld\./).waitFor();
    await phone.getByText(/Bewaartermijnen toepassen: Laatst gedraaid: .+\. Gelukt, 1 gegeven afgehandeld\./).waitFor();
    await phone.getByRole('link', { name: '1 verzoek om te wissen wacht.' }).click();
    await phone.getByRole('heading', { name: 'Privacyverzoeken' }).waitFor();
    await expect.poll(() => phone.locator('tbody').textContent()).toMatch(/Fenna Wijnberg/);
    const [scroll, inner] = await phone.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scroll).toBeLessThanOrEqual(inner);
    expect(await seriousA11yViolations(phone)).toEqual([]);
  });
});
