// The social map in a browser (issue 15): a coordinator at a desk works through the "still
// correct?" list and writes a new place down; a coach on a phone finds something on a Saturday
// morning for a client who likes cooking, and reports a mistake. axe checks every screen.
import { describe, expect, it } from 'vitest';
import { newEntryRow } from '../../src/server/modules/socialmap/entries.js';
import {
  activateCoachMatch,
  type SeededOrg,
  seedOwnOrganisation,
  signedIn,
  testPassword,
} from '../../src/server/testing/harness.js';
import { clock } from '../../src/shared/clock.js';
import { shiftMonths } from '../../src/shared/dates.js';
import { entrySchema } from '../../src/shared/socialmap/schemas.js';
import { expectAxeClean } from './axe.js';
import { signInPage, viewports } from './browser.js';
import { journey } from './server.js';

type Db = Parameters<typeof seedOwnOrganisation>[0]['db'];

/** A place written straight into the database, checked `monthsAgo` months ago. */
async function place(db: Db, org: SeededOrg, raw: Record<string, unknown>, monthsAgo = 0) {
  const entry = entrySchema.parse({ provider: 'Buurthuis De Linde', kind: 'activity', ...raw });
  const row = newEntryRow(org.organisationId, org.users.coordinator.id, entry, shiftMonths(clock.today(), -monthsAgo));
  await db.insertInto('social_map_entries').values(row).execute();
  return row.id;
}

const weekly = (weekday: string, start: string, end: string) => ({
  slots: [{ pattern: 'weekly', weekday, start, end }],
});

describe('the social map in the browser', () => {
  const fixture = journey('pglite');

  it('lets a coordinator at a desk confirm stale places, deal with a mistake and add a place', async () => {
    const { server, browser } = fixture;
    const db = server.database.db;
    const org = await seedOwnOrganisation(server.database, 'sm-desk-');
    await place(db, org, { name: 'Oude koffie-inloop', ...weekly('tue', '10:00', '12:00') }, 8);
    await place(db, org, { name: 'Oude wandelclub', ...weekly('wed', '14:00', '15:00') }, 10);
    const fresh = await place(db, org, { name: 'Taalcafé', ...weekly('thu', '19:00', '21:00') });
    await db
      .insertInto('social_map_mistakes')
      .values({
        id: crypto.randomUUID(),
        organisation_id: org.organisationId,
        entry_id: fresh,
        message: 'Het is nu op woensdag.',
        reported_by: org.users.coach.id,
        reported_at: clock.now(),
      })
      .execute();

    const page = await signInPage(browser, server.url, org.users.coordinator.email, testPassword, viewports.desktop);
    await page.getByRole('navigation').getByRole('link', { name: 'Sociale kaart' }).click();
    await page.getByRole('heading', { name: 'Sociale kaart', level: 1 }).waitFor();
    await page.getByText('3 plekken gevonden').waitFor();
    await expectAxeClean(page, 'social map search (desktop)');

    await page.getByRole('link', { name: 'Klopt het nog?' }).click();
    await page.getByRole('heading', { name: '2 plekken lang niet gecontroleerd' }).waitFor();
    // The oldest check comes first.
    const first = page.locator('.upkeep-list').first().locator('li').first();
    expect(await first.textContent()).toContain('Oude wandelclub');
    await expectAxeClean(page, 'still correct? list');
    await page.getByRole('button', { name: 'Oude wandelclub klopt nog' }).click();
    await page.getByRole('heading', { name: '1 plek lang niet gecontroleerd' }).waitFor();
    await page.getByText('Oude wandelclub is gecontroleerd.').waitFor();
    await page.getByText('Het is nu op woensdag.').waitFor();
    await page.getByRole('button', { name: 'Melding over Taalcafé afgehandeld' }).click();
    await page.getByText('Er zijn geen fouten gemeld.').waitFor();

    // Places from a file: a wrong time is named by line and column and nothing is added; then a right file.
    const file = (content: string) => ({ name: 'plekken.csv', mimeType: 'text/csv', buffer: Buffer.from(content) });
    const upload = page.getByLabel('Plekken toevoegen uit een CSV-bestand');
    await upload.setInputFiles(file('provider,name,kind,times\nBibliotheek,Leesclub,club,weekly mon 15:00-14:00\n'));
    await page.getByText('Regel 2, kolom times: Het einde ligt voor het begin. Kies een later einde.').waitFor();
    await page.getByText('Er klopt 1 ding niet. Er is niets toegevoegd.').waitFor();
    await upload.setInputFiles(file('provider,name,kind,times\nBibliotheek,Leesclub,club,weekly mon 14:00-15:00\n'));
    await page.getByRole('button', { name: '1 plek toevoegen' }).click();
    await page.getByText('1 plek toegevoegd.').waitFor();
    await expectAxeClean(page, 'still correct? list with a file');

    // A new place: a wrong time is named at its field, and nothing typed is lost.
    await page.getByRole('navigation').getByRole('link', { name: 'Sociale kaart' }).click();
    await page.getByRole('link', { name: 'Nieuwe plek' }).click();
    await page.getByRole('heading', { name: 'Nieuwe plek op de sociale kaart' }).waitFor();
    await page.getByRole('textbox', { name: 'Naam van de activiteit of plek' }).fill('Zaterdagontbijt');
    await page.getByRole('textbox', { name: 'Organisatie of initiatief' }).fill('Buurthuis De Linde');
    await page.getByLabel('Dag', { exact: true }).selectOption('sat');
    await page.getByLabel('Begint om').fill('09:30');
    await page.getByLabel('Eindigt om').fill('09:00');
    await page.getByRole('checkbox', { name: 'Koken en eten' }).check();
    await page.getByRole('textbox', { name: 'Adres' }).fill('Lindelaan 12');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Het einde ligt voor het begin. Kies een later einde.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Naam van de activiteit of plek' }).inputValue()).toBe(
      'Zaterdagontbijt',
    );
    await expectAxeClean(page, 'new place with an error');
    await page.getByLabel('Eindigt om').fill('11:00');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('heading', { name: 'Zaterdagontbijt', level: 1 }).waitFor();
    await page.getByText('Elke zaterdag, 09:30–11:00').waitFor();
    await page.getByText(/Gecontroleerd op .* door coordinator sm-desk-/).waitFor();
    await expectAxeClean(page, 'a place');
    await page.close();
  });

  it('lets a coach on a phone find a Saturday morning for someone who likes cooking, and report a mistake', async () => {
    const { server, browser } = fixture;
    const db = server.database.db;
    const org = await seedOwnOrganisation(server.database, 'sm-phone-');
    const breakfast = await place(db, org, {
      name: 'Zaterdagontbijt',
      interests: ['cooking'],
      description: 'Samen ontbijten en de krant lezen.',
      ...weekly('sat', '09:30', '11:00'),
    });
    await place(db, org, { name: 'Donderdageten', interests: ['cooking'], ...weekly('thu', '17:30', '19:30') });
    await place(db, org, { name: 'Zaterdagkoor', interests: ['music'], ...weekly('sat', '10:00', '12:00') });

    // The coach's client, who likes cooking and is free on Saturday mornings.
    const coordinator = await signedIn(server.app, org.users.coordinator.email);
    const client = (await coordinator.post('/api/persons', { kind: 'client', firstName: 'Gerda', lastName: 'Proef' }))
      .body.id;
    const { trajectoryId } = await activateCoachMatch(coordinator, org.users.coach.id, client, 30);
    await db
      .updateTable('trajectories')
      .set({ interests: ['koken'], availability: ['sat_morning'] })
      .where('id', '=', trajectoryId)
      .execute();

    const page = await signInPage(browser, server.url, org.users.coach.email, testPassword, viewports.phone);
    // From the client's page: places that fit her, with the reasons in words.
    await page.goto(`${server.url}/people/${client}`);
    await page.getByRole('link', { name: 'Plekken in de buurt' }).click();
    await page.getByRole('heading', { name: 'Plekken voor Gerda' }).waitFor();
    const suggested = page.locator('.entry-card').first();
    expect(await suggested.textContent()).toMatch(
      /Zaterdagontbijt[\s\S]*Omdat: houdt van Koken en eten · zaterdag ochtend/,
    );
    await expectAxeClean(page, 'places for a client (phone)');
    // A leaflet to take home with the places ticked (the first three are).
    await page.getByRole('link', { name: 'Blad met 2 plekken om mee te geven' }).click();
    await page.getByRole('heading', { name: 'Plekken bij jou in de buurt, Gerda' }).waitFor();
    await page.getByRole('heading', { name: 'Zaterdagontbijt', level: 2 }).waitFor();
    await page.getByText('Elke zaterdag, 09:30–11:00', { exact: false }).waitFor();
    await expectAxeClean(page, 'leaflet (phone)');

    // Step 4 of her plan: the place is chosen from the suggestions and kept in the worksheet.
    await page.goto(`${server.url}/coaching/trajectories/${trajectoryId}`);
    await page.getByRole('button', { name: /Plekken om mensen te ontmoeten/ }).click();
    await page.locator('#step-4').getByRole('button', { name: '+ Zaterdagontbijt' }).click();
    await page.locator('#step-4').getByRole('link', { name: 'Zaterdagontbijt' }).waitFor();
    await expectAxeClean(page, 'step 4 with a place from the social map (phone)');
    await page.locator('#step-4').getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Stap opgeslagen.').waitFor();
    const step4 = await db
      .selectFrom('trajectory_steps')
      .select('worksheet')
      .where('trajectory_id', '=', trajectoryId)
      .where('step', '=', 4)
      .executeTakeFirstOrThrow();
    expect(step4.worksheet.map_places).toEqual([
      { entryId: breakfast, name: 'Zaterdagontbijt', outcome: 'chosen', howItWent: '' },
    ]);

    await page.getByRole('navigation').getByRole('link', { name: 'Sociale kaart' }).click();
    await page.getByRole('heading', { name: 'Sociale kaart', level: 1 }).waitFor();
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('koken');
    await page.getByText('2 plekken gevonden').waitFor();
    await page.getByText('Filters', { exact: true }).click();
    await page.getByLabel('Dag', { exact: true }).selectOption('sat');
    await page.getByLabel('Deel van de dag').selectOption('morning');
    await page.getByText('1 plek gevonden').waitFor();
    const card = page.locator('.entry-card');
    expect(await card.count()).toBe(1);
    expect(await card.textContent()).toMatch(/Zaterdagontbijt[\s\S]*zaterdag \d+ \w+ \d{4}, 09:30–11:00/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAxeClean(page, 'social map search (phone)');
    // A coach reads the map; keeping it is for the coordinator and the social workers.
    expect(await page.getByRole('link', { name: 'Nieuwe plek' }).count()).toBe(0);

    await card.getByRole('link', { name: 'Zaterdagontbijt' }).click();
    await page.getByRole('heading', { name: 'Zaterdagontbijt', level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: 'Klopt nog' }).count()).toBe(0);
    await page.getByRole('textbox', { name: 'Wat klopt er niet?' }).fill('Het begint nu om tien uur.');
    await page.getByRole('button', { name: 'Melding versturen' }).click();
    await page.getByText('Dank je. Wie de sociale kaart bijhoudt, krijgt je melding.').waitFor();
    await expectAxeClean(page, 'a place (phone)');
    const reported = await db
      .selectFrom('social_map_mistakes')
      .select(['message', 'reported_by'])
      .where('entry_id', '=', breakfast)
      .execute();
    expect(reported).toEqual([{ message: 'Het begint nu om tien uur.', reported_by: org.users.coach.id }]);
    await page.close();
  });
});
