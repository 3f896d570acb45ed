import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clock } from '../../../shared/clock.js';
import { shiftDays, shiftMonths } from '../../../shared/dates.js';
import { weekdayOf } from '../../../shared/week.js';
import {
  activateCoachMatch,
  type Client,
  engines,
  type SeededOrg,
  seedOwnOrganisation,
  signedIn,
  startTestApp,
  type TestApp,
} from '../../testing/harness.js';

/** The first date from tomorrow on that falls on this weekday. */
function nextWeekday(day: string): string {
  let date = shiftDays(clock.today(), 1);
  while (weekdayOf(date) !== day) date = shiftDays(date, 1);
  return date;
}

const entry = (fields: Record<string, unknown>) => ({
  provider: 'Buurthuis De Linde',
  kind: 'activity',
  slots: [{ pattern: 'weekly', weekday: 'thu', start: '17:30', end: '19:30' }],
  ...fields,
});

describe.each(engines)('the social map on %s', (engine) => {
  let t: TestApp;
  let org: SeededOrg;
  let keeper: Client;
  let coach: Client;

  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    org = await seedOwnOrganisation(t.database, `sm-${engine}-`);
    [keeper, coach] = await Promise.all([
      signedIn(t.app, org.users.coordinator.email),
      signedIn(t.app, org.users.coach.email),
    ]);
  });

  const add = async (fields: Record<string, unknown>) => {
    const created = await keeper.post('/api/social-map/entries', entry(fields));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id as string;
  };
  const names = async (client: Client, search: Record<string, unknown>) => {
    const found = await client.post('/api/social-map/search', search);
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    return (found.body.items as { name: string }[]).map((i) => i.name).sort();
  };

  it('finds places by what people type: Dutch stems, no accents needed, and the words of interests', async () => {
    await add({ name: 'Kookcafé De Pan', interests: ['cooking'], description: 'Samen een maaltijd maken.' });
    await add({ name: 'Samen eten', interests: ['cooking'] });
    await add({ name: 'Wandelclub Het Park', interests: ['walking'], description: 'Wandelingen door de wijk.' });
    await add({ name: 'Taalcafé', interests: ['language'] });
    expect(await names(coach, { q: 'koken' })).toEqual(['Kookcafé De Pan', 'Samen eten']);
    // A word that says cooking finds the cooking places too; the one that has the word comes first.
    const kookcafe = await coach.post('/api/social-map/search', { q: 'kookcafe' });
    expect(kookcafe.body.items.map((i: { name: string }) => i.name)).toEqual(['Kookcafé De Pan', 'Samen eten']);
    expect(await names(coach, { q: 'wandelen' })).toEqual(['Wandelclub Het Park']);
    expect(await names(coach, { q: 'taal' })).toEqual(['Taalcafé']);
    expect(await names(coach, { q: 'schaken' })).toEqual([]);
    // Without words: everything, in name order.
    expect(await names(coach, {})).toHaveLength(4);
  });

  it('answers "on a Saturday morning", and "next Saturday" with its days off', async () => {
    const saturday = nextWeekday('sat');
    await add({ name: 'Repair café', slots: [{ pattern: 'weekly', weekday: 'sat', start: '10:00', end: '13:00' }] });
    await add({
      name: 'Moestuin',
      slots: [{ pattern: 'weekly', weekday: 'sat', start: '09:00', end: '12:00' }],
      offDates: [saturday],
    });
    await add({ name: 'Avondkoor', slots: [{ pattern: 'weekly', weekday: 'sat', start: '19:30', end: '21:30' }] });
    await add({ name: 'Donderdageten' });
    expect(await names(coach, { weekday: 'sat', part: 'morning' })).toEqual(['Moestuin', 'Repair café']);
    expect(await names(coach, { weekday: 'sat' })).toEqual(['Avondkoor', 'Moestuin', 'Repair café']);
    expect(await names(coach, { date: saturday, part: 'morning' })).toEqual(['Repair café']);
    expect(await names(coach, { date: shiftDays(saturday, 7), part: 'morning' })).toEqual(['Moestuin', 'Repair café']);
    const found = await coach.post('/api/social-map/search', { q: 'repair' });
    expect(found.body.items[0].next[0]).toEqual({ date: saturday, start: '10:00', end: '13:00' });
  });

  it('filters on cost, accessibility, a low threshold and the neighbourhood', async () => {
    await add({
      name: 'Inloop',
      costKind: 'free',
      lowThreshold: true,
      accessibility: ['wheelchair', 'quiet_space'],
      locations: [{ address: 'Lindeplein 1', neighbourhood: 'Oud-Zuid' }],
    });
    await add({
      name: 'Yoga',
      costKind: 'amount',
      costCents: 300,
      locations: [{ address: 'Parkweg 3', neighbourhood: 'Noord' }],
    });
    await add({ name: 'Schilderles', costKind: 'amount', costCents: 1200, accessibility: ['wheelchair'] });
    expect(await names(coach, { free: true })).toEqual(['Inloop']);
    expect(await names(coach, { maxCents: 500 })).toEqual(['Inloop', 'Yoga']);
    expect(await names(coach, { accessibility: ['wheelchair'] })).toEqual(['Inloop', 'Schilderles']);
    expect(await names(coach, { accessibility: ['wheelchair', 'quiet_space'] })).toEqual(['Inloop']);
    expect(await names(coach, { lowThreshold: true })).toEqual(['Inloop']);
    expect(await names(coach, { neighbourhood: 'oud-zuid' })).toEqual(['Inloop']);
  });

  it('leaves out what is over: a past one-off, an ended period', async () => {
    await add({
      name: 'Voorbij',
      slots: [{ pattern: 'one_off', date: shiftDays(clock.today(), -3), start: '10:00', end: '12:00' }],
    });
    await add({
      name: 'Straks',
      slots: [{ pattern: 'one_off', date: shiftDays(clock.today(), 10), start: '10:00', end: '12:00' }],
    });
    await add({
      name: 'Afgelopen',
      validFrom: shiftMonths(clock.today(), -6),
      validUntil: shiftDays(clock.today(), -1),
    });
    expect(await names(coach, {})).toEqual(['Straks']);
  });

  it('says in plain words what is wrong with an entry, and keeps nothing it refused', async () => {
    const noAmount = await keeper.post('/api/social-map/entries', entry({ name: 'X', costKind: 'amount' }));
    expect(noAmount.status).toBe(400);
    expect(noAmount.body.fields).toEqual([expect.objectContaining({ path: 'costCents' })]);
    const backwards = await keeper.post(
      '/api/social-map/entries',
      entry({ name: 'X', slots: [{ pattern: 'weekly', weekday: 'mon', start: '12:00', end: '10:00' }] }),
    );
    expect(backwards.body.fields).toEqual([
      expect.objectContaining({ path: 'slots.0.end', message: expect.stringMatching(/einde/i) }),
    ]);
    const monthly = await keeper.post(
      '/api/social-map/entries',
      entry({ name: 'X', slots: [{ pattern: 'monthly', weekday: 'mon', start: '10:00', end: '12:00' }] }),
    );
    expect(monthly.body.fields).toEqual([expect.objectContaining({ path: 'slots.0.nth' })]);
    expect(await names(keeper, {})).toEqual([]);
    // A change that would make the amount disappear is refused too.
    const id = await add({ name: 'Yoga', costKind: 'amount', costCents: 300 });
    expect((await keeper.patch(`/api/social-map/entries/${id}`, { costCents: null })).status).toBe(400);
    expect((await keeper.get(`/api/social-map/entries/${id}`)).body.costCents).toBe(300);
  });

  it('asks "still correct?" after the months without a check, and one click confirms', async () => {
    const old = await add({ name: 'Oude inloop' });
    await add({ name: 'Nieuwe inloop' });
    await t.database.db
      .updateTable('social_map_entries')
      .set({ checked_on: shiftMonths(clock.today(), -7) })
      .where('id', '=', old)
      .execute();
    const before = await keeper.get('/api/social-map/upkeep');
    expect(before.body.staleMonths).toBe(6);
    expect(before.body.stale.map((s: { name: string }) => s.name)).toEqual(['Oude inloop']);
    expect((await coach.get(`/api/social-map/entries/${old}`)).body.stale).toBe(true);
    expect(await names(keeper, { stale: true })).toEqual(['Oude inloop']);
    const confirmed = await keeper.post(`/api/social-map/entries/${old}/confirm`);
    expect(confirmed.body.checkedOn).toBe(clock.today());
    expect((await keeper.get('/api/social-map/upkeep')).body.stale).toEqual([]);
    const read = await keeper.get(`/api/social-map/entries/${old}`);
    expect(read.body).toMatchObject({ stale: false, checkedBy: `coordinator ${org.label}` });
  });

  it('asks sooner when the organisation sets fewer months', async () => {
    const id = await add({ name: 'Inloop' });
    await t.database.db
      .updateTable('social_map_entries')
      .set({ checked_on: shiftMonths(clock.today(), -4) })
      .where('id', '=', id)
      .execute();
    expect((await keeper.get('/api/social-map/upkeep')).body.stale).toEqual([]);
    const admin = await signedIn(t.app, org.users.admin.email);
    expect((await admin.patch('/api/organisation', { socialMapStaleMonths: 3 })).status).toBe(200);
    expect((await admin.get('/api/organisation')).body.socialMapStaleMonths).toBe(3);
    const upkeep = (await keeper.get('/api/social-map/upkeep')).body;
    expect(upkeep.staleMonths).toBe(3);
    expect(upkeep.stale.map((s: { name: string }) => s.name)).toEqual(['Inloop']);
    expect((await admin.patch('/api/organisation', { socialMapStaleMonths: 0 })).status).toBe(400);
  });

  it('brings a mistake a coach noticed to the keeper, and not back to other readers', async () => {
    const id = await add({ name: 'Koffie-inloop' });
    const reported = await coach.post(`/api/social-map/entries/${id}/mistakes`, { message: 'Het is nu op woensdag.' });
    expect(reported.status).toBe(201);
    const list = await keeper.get('/api/social-map/upkeep');
    expect(list.body.mistakes).toEqual([
      expect.objectContaining({ entryId: id, entryName: 'Koffie-inloop', message: 'Het is nu op woensdag.' }),
    ]);
    expect((await keeper.get(`/api/social-map/entries/${id}`)).body.mistakes).toHaveLength(1);
    expect((await coach.get(`/api/social-map/entries/${id}`)).body.mistakes).toEqual([]);
    expect((await keeper.post(`/api/social-map/mistakes/${reported.body.id}/resolve`)).status).toBe(200);
    expect((await keeper.get('/api/social-map/upkeep')).body.mistakes).toEqual([]);
    expect((await keeper.post(`/api/social-map/mistakes/${reported.body.id}/resolve`)).status).toBe(404);
  });

  it('takes an entry off the map: gone from search and from its page', async () => {
    const id = await add({ name: 'Gesloten buurthuis' });
    expect((await keeper.request('DELETE', `/api/social-map/entries/${id}`)).status).toBe(200);
    expect(await names(keeper, {})).toEqual([]);
    expect((await coach.get(`/api/social-map/entries/${id}`)).status).toBe(404);
  });

  it('suggests places for a client from their own words, free time and neighbourhood, to whom may see them', async () => {
    const person = (
      await keeper.post('/api/persons', {
        kind: 'client',
        firstName: 'Henk',
        lastName: 'Proef',
        neighbourhood: 'Oud-Noord',
      })
    ).body.id;
    const { trajectoryId } = await activateCoachMatch(keeper, org.users.coach.id, person, 60);
    await t.database.db
      .updateTable('trajectories')
      .set({ interests: ['koken'], availability: ['tue_morning'] })
      .where('id', '=', trajectoryId)
      .execute();
    await add({
      name: 'Samen eten',
      interests: ['cooking'],
      costKind: 'free',
      locations: [{ address: 'Lindelaan 1', neighbourhood: 'Oud-Noord' }],
      slots: [{ pattern: 'weekly', weekday: 'tue', start: '10:00', end: '12:00' }],
    });
    await add({ name: 'Kookles', interests: ['cooking'], costKind: 'amount', costCents: 500 });
    await add({ name: 'Buurtkoor', interests: ['music'] });
    const first = await coach.get(`/api/social-map/suggestions/${person}`);
    expect(first.status).toBe(200);
    expect(first.body.basedOn).toMatchObject({ interests: ['cooking'], free: ['tue_morning'] });
    expect(first.body.items.map((i: { name: string }) => i.name)).toEqual(['Samen eten', 'Kookles']);
    expect(first.body.items[0].reasons).toEqual([
      { code: 'likes', interests: ['cooking'] },
      { code: 'free_then', part: 'tue_morning' },
      { code: 'same_neighbourhood' },
      { code: 'no_cost' },
    ]);
    // Step 5: they turn out to love singing.
    const step = await coach.request('PUT', `/api/trajectories/${trajectoryId}/steps/5`, {
      status: 'in_progress',
      worksheet: { interests: [], talents: ['zingen'] },
      version: 0,
    });
    expect(step.status, JSON.stringify(step.body)).toBeLessThan(300);
    const second = await coach.get(`/api/social-map/suggestions/${person}`);
    expect(second.body.items.map((i: { name: string }) => i.name)).toContain('Buurtkoor');
    // Step 4 keeps the chosen place, and later whether they went and how it was.
    const chosen = first.body.items[0];
    const bad = await coach.request('PUT', `/api/trajectories/${trajectoryId}/steps/4`, {
      status: 'in_progress',
      worksheet: { map_places: [{ entryId: chosen.id, name: chosen.name, outcome: 'maybe' }] },
      version: 0,
    });
    expect(bad.status).toBe(400);
    const saved = await coach.request('PUT', `/api/trajectories/${trajectoryId}/steps/4`, {
      status: 'in_progress',
      worksheet: {
        map_places: [{ entryId: chosen.id, name: chosen.name, outcome: 'went', howItWent: 'Gezellig, ze gaat weer.' }],
      },
      version: 0,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBeLessThan(300);
    const trajectory = (await coach.get(`/api/trajectories/${trajectoryId}`)).body;
    const step4 = trajectory.steps.find((st: { step: number }) => st.step === 4);
    expect(step4.worksheet.map_places).toEqual([
      { entryId: chosen.id, name: 'Samen eten', outcome: 'went', howItWent: 'Gezellig, ze gaat weer.' },
    ]);
    // Someone who may not see the person learns nothing, not even that they exist.
    const worker = await signedIn(t.app, org.users.social_worker.email);
    expect((await worker.get(`/api/social-map/suggestions/${person}`)).status).toBe(404);
  });

  it('exports the map as CSV and imports it into another organisation, checking first', async () => {
    await add({ name: 'Koffie-inloop', interests: ['coffee'], costKind: 'free', lowThreshold: true });
    await add({ name: 'Kookles', interests: ['cooking'], costKind: 'amount', costCents: 500 });
    const file = await keeper.get('/api/social-map/export');
    expect(file.status).toBe(200);
    expect(String(file.headers['content-type'])).toContain('text/csv');
    const other = await seedOwnOrganisation(t.database, `sm3-${engine}-`);
    const otherKeeper = await signedIn(t.app, other.users.social_worker.email);
    const preview = await otherKeeper.post('/api/social-map/import', { content: file.body });
    expect(preview.body).toMatchObject({ count: 2, names: ['Koffie-inloop', 'Kookles'], errors: [], imported: 0 });
    expect(await names(otherKeeper, {})).toEqual([]);
    const done = await otherKeeper.post('/api/social-map/import', { content: file.body, dryRun: false });
    expect(done.body.imported).toBe(2);
    expect(await names(otherKeeper, { free: true, lowThreshold: true })).toEqual(['Koffie-inloop']);
    // A file with a mistake adds nothing and names the line, column and problem in plain words.
    const bad = await otherKeeper.post('/api/social-map/import', {
      content: 'provider,name,kind,times\nBuurthuis,Yoga,activity,weekly tue 12:00-10:00\n',
      dryRun: false,
    });
    expect(bad.body.imported).toBe(0);
    expect(bad.body.errors).toEqual([
      { line: 2, field: 'times', message: 'Het einde ligt voor het begin. Kies een later einde.' },
    ]);
    const unknown = await otherKeeper.post('/api/social-map/import', {
      content: 'provider,name,kind,kleur\nA,B,activity,rood\n',
    });
    expect(unknown.body.errors).toEqual([{ line: 1, field: 'kleur', message: expect.stringContaining('kolom kleur') }]);
    expect(await names(otherKeeper, {})).toHaveLength(2);
  });

  it('keeps each organisation to its own map', async () => {
    await add({ name: 'Eigen inloop' });
    const other = await seedOwnOrganisation(t.database, `sm2-${engine}-`);
    const otherKeeper = await signedIn(t.app, other.users.social_worker.email);
    expect(await names(otherKeeper, {})).toEqual([]);
  });
});
