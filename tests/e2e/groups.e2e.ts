// Journey through a support-net group. On a phone: fill in a session with attendance and
// contributions for twelve people, add a newcomer, write a logbook entry with mutual support seen.
// On a desktop: the dropout follow-up after three absences, the capacity advice and the group
// network picture. axe-core on every screen.
import { describe, expect, it } from 'vitest';
import { daysAgo, engines, seedOrganisation, signedIn, testPassword } from '../../src/server/testing/harness.js';
import { seriousA11yViolations, signInPage, viewports } from './browser.js';
import { journey } from './server.js';

const names = ['Ans', 'Bram', 'Carla', 'Dirk', 'Els', 'Fien', 'Gijs', 'Hanna', 'Ivo', 'Jet', 'Koen', 'Lot', 'Mo'];

describe.each(engines)('support-net group journey on %s', (engine) => {
  const fixture = journey(engine);

  it('runs a session on a phone and follows the group on a desktop', async () => {
    const { server, browser } = fixture;
    const org = await seedOrganisation(server.database, `gj-${engine}`);
    const api = await signedIn(server.app, org.users.social_worker.email);
    const group = (
      await api.post('/api/groups', {
        name: 'Vangnet De Brug',
        location: 'Buurthuis',
        startedOn: daysAgo(200),
        activityHours: 2.5,
        availableHours: 3,
      })
    ).body.id;
    const ids: Record<string, string> = {};
    for (const name of names) {
      ids[name] = (
        await api.post(`/api/groups/${group}/participants`, {
          person: { firstName: name, lastName: 'Test' },
          cameVia: 'referral',
          status: 'introduction',
          onDate: daysAgo(150),
          emergencyContact: 'Buurvrouw',
        })
      ).body.id;
      await api.post(`/api/participants/${ids[name]}/route`, { status: 'structural', onDate: daysAgo(120) });
    }
    // Pim took part, and left: he is no longer offered in the logbook's pickers.
    const pim = (
      await api.post(`/api/groups/${group}/participants`, {
        person: { firstName: 'Pim', lastName: 'Weg' },
        cameVia: 'referral',
        status: 'introduction',
        onDate: daysAgo(150),
      })
    ).body.id;
    await api.post(`/api/participants/${pim}/route`, { status: 'dropped_out', onDate: daysAgo(100), note: 'Verhuisd' });
    // Bram missed the last two sessions already.
    for (const d of [14, 7])
      await api.post(`/api/groups/${group}/sessions`, {
        heldOn: daysAgo(d),
        attendance: names.filter((n) => n !== 'Bram').map((n) => ({ participantId: ids[n] })),
      });

    const phone = await signInPage(browser, server.url, org.users.social_worker.email, testPassword, viewports.phone);
    await phone.goto(`${server.url}/groups`);
    await phone.getByRole('link', { name: /Vangnet De Brug/ }).click();
    await phone.getByRole('link', { name: 'Bijeenkomst invullen' }).click();
    await phone.getByText('Vink aan wie er was').waitFor();
    for (const name of names.filter((n) => n !== 'Bram'))
      await phone.getByRole('checkbox', { name: `${name} Test was er` }).check();
    for (const [name, what] of [
      ['Ans', 'Koken'],
      ['Carla', 'Boodschappen'],
      ['Dirk', 'Gastvrouw of gastheer'],
      ['Els', 'Luisteren'],
      ['Fien', 'Opruimen'],
    ]) {
      await phone
        .getByRole('group', { name: `Wat deed ${name} Test?` })
        .getByLabel(what)
        .check();
    }
    // "Something else" asks what.
    await phone.getByRole('group', { name: 'Wat deed Hanna Test?' }).getByLabel('Iets anders').check();
    await phone.getByRole('textbox', { name: 'Wat deed Hanna Test nog meer?' }).fill('Tafels gezet');
    await phone.getByRole('textbox', { name: 'Naam van een nieuwkomer' }).fill('Noor Nieuw');
    await phone.getByRole('button', { name: 'Nieuwkomer toevoegen' }).click();
    await phone.getByText('13 aanwezig').waitFor();
    expect(await seriousA11yViolations(phone), 'session on a phone').toEqual([]);
    // Saving stays in view at the top of a long list of people (issue 14): the bar sticks to the
    // bottom of the screen.
    await phone.evaluate(() => window.scrollTo(0, 0));
    const saveBox = (await phone.getByRole('button', { name: 'Opslaan' }).boundingBox())!;
    expect(saveBox.y + saveBox.height).toBeLessThanOrEqual(phone.viewportSize()!.height);
    expect(await phone.evaluate(() => document.documentElement.scrollHeight > 2 * window.innerHeight)).toBe(true);
    await phone.getByRole('button', { name: 'Opslaan' }).click();
    await phone.getByText(/Bijeenkomst opgeslagen/).waitFor();
    await phone.getByText(/1 vaste deelnemer\(s\) zijn een paar keer achter elkaar niet geweest/).waitFor();
    // What was saved stays on screen, and saving the same day again corrects it, never a second one.
    await phone.getByText('13 aanwezig').waitFor();
    await phone.getByText(/Je past die nu aan/).waitFor();
    await phone.getByRole('checkbox', { name: 'Fien Test was er' }).uncheck();
    await phone.getByText('12 aanwezig').waitFor();
    await phone.getByRole('button', { name: 'Opslaan' }).click();
    await phone.getByText(/Bijeenkomst opgeslagen/).waitFor();
    const sessions: { heldOn: string; attendance: unknown[] }[] = (await api.get(`/api/groups/${group}/sessions`)).body;
    expect(new Set(sessions.map((x) => x.heldOn)).size).toBe(sessions.length);
    expect(sessions.map((x) => x.attendance.length)).toContain(12);

    await phone.goto(`${server.url}/groups/${group}/logbook`);
    await phone.getByRole('textbox', { name: 'Wat viel op?' }).fill('Ans bracht soep naar Carla, die ziek was.');
    await phone.getByLabel('Onderlinge steun').check();
    expect(
      await phone.getByRole('combobox', { name: 'Wie steunde?' }).locator('option', { hasText: 'Pim' }).count(),
    ).toBe(0);
    await phone.getByText('De vier balansen (niet verplicht)').click();
    await phone
      .getByRole('combobox', { name: 'Veiligheid – uitdaging' })
      .selectOption({ label: 'Wat meer veiligheid' });
    await phone.getByRole('combobox', { name: 'Wie steunde?' }).selectOption({ label: 'Ans Test' });
    await phone.getByRole('combobox', { name: 'Wie kreeg steun?' }).selectOption({ label: 'Carla Test' });
    await phone.getByRole('combobox', { name: 'Soort steun' }).selectOption({ label: 'Praktische hulp' });
    await phone.getByRole('button', { name: 'Steun toevoegen' }).click();
    await phone.getByText('Ans Test → Carla Test: Praktische hulp').waitFor();
    expect(await seriousA11yViolations(phone), 'logbook on a phone').toEqual([]);
    await phone.getByRole('button', { name: 'Opslaan' }).click();
    await phone.getByText('Logboek bijgewerkt.').waitFor();
    await phone.close();

    const desktop = await signInPage(browser, server.url, org.users.social_worker.email, testPassword);
    await desktop.goto(`${server.url}/groups/${group}`);
    const followUps = desktop.getByRole('region', { name: /Opvolgen bij wegblijven/ });
    await followUps.getByText(`Bram Test is sinds`, { exact: false }).waitFor();
    // 13 regular participants, 3 hours available: the advice is 4 hours, so one hour short.
    const capacity = desktop.getByRole('region', { name: 'Uren en bezetting' });
    await capacity
      .getByText('Advies: 4 uur per week, 1 sociaal werker(s). Verwacht per week ongeveer 9 mensen.')
      .waitFor();
    await capacity.getByText('Je komt 1 uur per week tekort.').waitFor();
    await desktop.getByRole('region', { name: 'Deelnemers' }).getByRole('link', { name: 'Noor Nieuw' }).waitFor();
    expect(await seriousA11yViolations(desktop), 'group dashboard').toEqual([]);
    // Ans visits Bram; the follow-up is done.
    await followUps.getByRole('combobox', { name: 'Hoe?' }).selectOption('visit');
    await followUps.getByRole('combobox', { name: 'Door wie?' }).selectOption('participant');
    await followUps.getByRole('combobox', { name: 'Welke deelnemer?' }).selectOption({ label: 'Ans Test' });
    await followUps.getByRole('button', { name: 'Afgerond' }).click();
    await followUps.getByText('Niemand hoeft opgevolgd te worden.').waitFor();

    await desktop.getByRole('link', { name: 'Groepsnetwerk' }).click();
    await desktop.getByText('Ans Test en Carla Test: 1 keer (Praktische hulp)').waitFor();
    expect(await desktop.locator('svg .net-edge').count()).toBe(1);
    expect(await seriousA11yViolations(desktop), 'group network').toEqual([]);
    await desktop.close();
  });
});
