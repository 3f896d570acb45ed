// The forms that check their input with the same zod schema as their route (zodResolver): each
// is filled in as a user would, a mistake is shown on its field before anything is sent, and
// what is saved is what the user typed. Axe-clean.
import { describe, expect, it } from 'vitest';
import {
  activateCoachMatch,
  daysAgo,
  engines,
  seedOwnOrganisation,
  signedIn,
  testPassword,
} from '../../src/server/testing/harness.js';
import { signInPage } from './browser.js';
import { expectAxeClean } from './axe.js';
import { journey } from './server.js';

const axe = expectAxeClean;

describe.each(engines)('forms checked with the route schema on %s', (engine) => {
  const fixture = journey(engine);

  it('social worker: a new group with hours typed the Dutch way, and a participant with a bad phone number', async () => {
    const { server, browser } = fixture;
    const org = await seedOwnOrganisation(server.database, `fm-${engine}-`);
    const page = await signInPage(browser, server.url, org.users.social_worker.email, testPassword);
    await page.goto(`${server.url}/groups`);
    await page.getByText('Nieuwe groep').click();
    await page.getByLabel('Naam van de groep').fill('Vangnet West');
    await page.getByLabel('Hoe lang duurt een activiteit (uren)?').fill('3,5');
    await page.getByLabel('Uren per week beschikbaar voor de groep').fill('veel');
    await page.getByRole('button', { name: 'Groep starten' }).click();
    // Checked in the browser: the field says what is wrong, nothing was sent.
    await page.getByText('Vul een heel getal in.').or(page.getByText('Dit klopt niet.')).first().waitFor();
    const api = await signedIn(server.app, org.users.social_worker.email);
    expect((await api.get('/api/groups')).body).toEqual([]);
    await page.getByLabel('Uren per week beschikbaar voor de groep').fill('4');
    await page.getByRole('button', { name: 'Groep starten' }).click();
    await page.getByRole('heading', { name: 'Vangnet West' }).waitFor();
    const [group] = (await api.get('/api/groups')).body;
    expect((await api.get(`/api/groups/${group.id}`)).body.group).toMatchObject({
      activityHours: 3.5,
      availableHours: 4,
    });

    await page.getByText('Deelnemer toevoegen').first().click();
    await page.getByLabel('Voornaam').fill('Wim');
    await page.getByLabel('Telefoon').fill('bel me maar');
    await page.getByLabel('Talenten').fill('koken, tuinieren');
    await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await page.getByText('Vul een geldig telefoonnummer in.').waitFor();
    expect((await api.get(`/api/groups/${group.id}`)).body.participants).toEqual([]);
    await page.getByLabel('Telefoon').fill('06 1234 5678');
    await page.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await page.getByText('Opgeslagen.').waitFor();
    const [participant] = (await api.get(`/api/groups/${group.id}`)).body.participants;
    expect(participant).toMatchObject({ name: 'Wim', talents: ['koken', 'tuinieren'] });
    await axe(page, 'group page after adding a participant');
    await page.close();
  });

  it('coordinator: an evaluation with scores, closing the trajectory, and a support meeting', async () => {
    const { server, browser } = fixture;
    const org = await seedOwnOrganisation(server.database, `fm-${engine}-`);
    const api = await signedIn(server.app, org.users.coordinator.email);
    const personId = (await api.post('/api/persons', { kind: 'client', firstName: 'Els', lastName: 'Evers' })).body.id;
    const { trajectoryId } = await activateCoachMatch(api, org.users.coach.id, personId, 200);
    const page = await signInPage(browser, server.url, org.users.coordinator.email, testPassword);
    await page.goto(`${server.url}/coaching/trajectories/${trajectoryId}`);
    const evaluation = page.locator('#evaluations');
    await evaluation.getByLabel('Cijfer').first().selectOption('4');
    await evaluation.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Evaluatie opgeslagen.').waitFor();
    const saved = (await api.get(`/api/trajectories/${trajectoryId}`)).body.evaluations[0];
    expect(saved).toMatchObject({ kind: 'mid_term', subgoals: { '1': { score: 4 }, '2': { score: null } } });
    expect(saved.relationship).toHaveLength(4);

    // Nothing is chosen for the coordinator: no date, no reason, until they fill them in.
    await page.getByRole('button', { name: 'Traject afsluiten' }).click();
    await page.getByText('Kies een van de mogelijkheden.').first().waitFor();
    expect((await api.get(`/api/trajectories/${trajectoryId}`)).body.closing.closedOn).toBeNull();
    await page.getByLabel('Datum afsluiting').fill(daysAgo(1));
    await page.locator('#closing').getByLabel('Reden', { exact: true }).selectOption('completed');
    await page.getByRole('button', { name: 'Traject afsluiten' }).click();
    await page
      .locator('#closing')
      .getByText(/Afgesloten op/)
      .waitFor();
    expect((await api.get(`/api/trajectories/${trajectoryId}`)).body.closing).toMatchObject({
      closedOn: daysAgo(1),
      endReason: 'completed',
    });
    await axe(page, 'trajectory page after closing');

    await page.goto(`${server.url}/coaching/support`);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    // No coach chosen: the browser says so on the field, as the server would.
    await page.getByText('Kies er minstens 1.').waitFor();
    await page.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Vastgelegd.').waitFor();
    expect((await api.get(`/api/coaching/support?from=${daysAgo(30)}`)).body.meetings).toHaveLength(1);
    await axe(page, 'support page');
    await page.close();
  });
});
