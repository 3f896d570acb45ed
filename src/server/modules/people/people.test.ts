import { nextDay } from '../../../shared/dates.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  activateCoachMatch,
  daysAgo,
  engines,
  type SeededOrg,
  seedOwnOrganisation,
  signedIn,
  startTestApp,
  type TestApp,
  type Client,
} from '../../testing/harness.js';
import { clock } from '../../../shared/clock.js';
import { insertConsent, insertGroup, insertParticipant, insertPerson } from '../../testing/factories.js';

describe.each(engines)('people on %s', (engine) => {
  let t: TestApp;
  let org: SeededOrg;
  let coordinator: Client;
  let worker: Client;
  let coach: Client;

  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  // Each test works in an organisation of its own, so no test sees what another left behind.
  beforeEach(async () => {
    org = await seedOwnOrganisation(t.database, `people-${engine}-`);
    [coordinator, worker, coach] = await Promise.all([
      signedIn(t.app, org.users.coordinator.email),
      signedIn(t.app, org.users.social_worker.email),
      signedIn(t.app, org.users.coach.email),
    ]);
  });
  afterAll(() => t.close());

  const names = async (client: Client, q = '') =>
    (await client.post('/api/persons/search', { q })).body.items.map((p: { firstName: string; lastName: string }) =>
      `${p.firstName} ${p.lastName}`.trim(),
    );

  it('registers persons, lists them in Dutch order and finds them regardless of accents', async () => {
    for (const [firstName, lastName] of [
      ['Jan', 'de Vries'],
      ['Émile', 'Zwart'],
      ['Anna', 'van den Berg'],
      ['Özlem', 'Aydın'],
      ['Piet', 'Bakker'],
    ]) {
      const created = await coordinator.post('/api/persons', { kind: 'client', firstName, lastName });
      expect(created.status).toBe(201);
    }
    expect(await names(coordinator)).toEqual([
      'Özlem Aydın',
      'Piet Bakker',
      'Anna van den Berg',
      'Jan de Vries',
      'Émile Zwart',
    ]);
    expect(await names(coordinator, 'emile')).toEqual(['Émile Zwart']);
    expect(await names(coordinator, 'ozlem')).toEqual(['Özlem Aydın']);
    expect(await names(coordinator, 'jan de vries')).toEqual(['Jan de Vries']);
    expect(await names(coordinator, '%')).toEqual([]);
  });

  it('rejects bad input with field-level messages and keeps nothing half-written', async () => {
    const before = (await coordinator.post('/api/persons/search', {})).body.total;
    const bad = await coordinator.post('/api/persons', {
      kind: 'alien',
      firstName: '',
      yearOfBirth: 1800,
      email: 'geen',
      phone: 'abc',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'email',
      'firstName',
      'kind',
      'phone',
      'yearOfBirth',
    ]);
    expect(bad.body.fields.find((f: { path: string }) => f.path === 'phone').message).toBe(
      'Vul een geldig telefoonnummer in.',
    );
    const html = await coordinator.post('/api/persons', {
      kind: 'client',
      firstName: '<img src=x onerror=alert(1)>',
      lastName: '李',
    });
    expect(html.status).toBe(201);
    const stored = await coordinator.get(`/api/persons/${html.body.id}`);
    expect(stored.body.firstName).toBe('<img src=x onerror=alert(1)>'); // stored as text; the UI renders it as text
    expect((await coordinator.post('/api/persons/search', {})).body.total).toBe(before + 1);
    const huge = await coordinator.post('/api/persons', { kind: 'client', firstName: 'x'.repeat(300_000) });
    expect(huge.status).toBe(413);
  });

  it('refuses text the database cannot store and dates with a mistyped year, saying why, and stores nothing', async () => {
    const before = (await coordinator.post('/api/persons/search', {})).body.total;
    const nul = await coordinator.post('/api/persons', { kind: 'client', firstName: 'a\u0000b', lastName: 'x' });
    expect(nul.status).toBe(400);
    expect(nul.body.fields).toEqual([
      { path: 'firstName', message: 'Hier staat een teken in dat Kring niet kan bewaren. Typ de tekst opnieuw.' },
    ]);
    const halfEmoji = await coordinator.post('/api/persons', { kind: 'client', firstName: 'x\ud800y' });
    expect(halfEmoji.body.fields.map((f: { path: string }) => f.path)).toEqual(['firstName']);
    expect((await coordinator.post('/api/persons/search', { q: 'a\u0000' })).status).toBe(400);
    expect((await coordinator.post('/api/persons/search', {})).body.total).toBe(before);

    const person = (await coordinator.post('/api/persons', { kind: 'client', firstName: 'Datum' })).body.id;
    for (const givenOn of ['0000-01-01', '9999-12-31']) {
      const consent = await coordinator.post(`/api/persons/${person}/consents`, { purpose: 'registration', givenOn });
      expect(consent.status).toBe(400);
      expect(consent.body.fields).toEqual([{ path: 'givenOn', message: 'Vul een datum in tussen 1900 en 2100.' }]);
    }
    expect((await coordinator.get(`/api/persons/${person}`)).body.consents).toEqual([]);
  });

  it('shows a social worker only the persons assigned to them, and a coach only while matched', async () => {
    const someoneId = await insertPerson(t.database, org, { firstName: 'Piet', lastName: 'Bakker' });
    const own = await worker.post('/api/persons', { kind: 'participant', firstName: 'Truus', lastName: 'Eigen' });
    expect(own.status).toBe(201);
    expect(await names(worker)).toEqual(['Truus Eigen']);
    expect(await names(coach)).toEqual([]);
    const someone = { id: someoneId };
    const hidden = await coach.get(`/api/persons/${someone.id}`);
    expect(hidden.status).toBe(404);
    expect((await coach.post('/api/persons', { kind: 'client', firstName: 'Nee' })).status).toBe(403);
    // A coach is never assigned: access comes only from an active match in the coach programme.
    expect(
      (await coordinator.put(`/api/persons/${someone.id}/assignees`, { userIds: [org.users.coach.id] })).body.error,
    ).toBe('assignee_role');
    expect((await coach.get(`/api/persons/${someone.id}`)).status).toBe(404);
    const { matchId } = await activateCoachMatch(coordinator, org.users.coach.id, someone.id);
    expect((await coach.get(`/api/persons/${someone.id}`)).status).toBe(200);
    expect((await coach.patch(`/api/persons/${someone.id}`, { firstName: 'Pieter' })).status).toBe(403);
    const evaluatorAssigned = await coordinator.put(`/api/persons/${someone.id}/assignees`, {
      userIds: [org.users.evaluator.id],
    });
    expect(evaluatorAssigned.body.error).toBe('assignee_role');
    expect(
      (await coordinator.post(`/api/matches/${matchId}/end`, { on: daysAgo(0), reason: 'Doelen bereikt' })).status,
    ).toBe(200);
    expect((await coach.get(`/api/persons/${someone.id}`)).status).toBe(404);
  });

  it("shows a coordinator the coach programme's clients and their own people, not a social worker's clients or group participants (D34)", async () => {
    // Hidden: a social worker's own client with a network map, and a participant of a group.
    const workersClient = (
      await worker.post('/api/persons', { kind: 'client', firstName: 'Eigen', lastName: 'Client' })
    ).body.id;
    await insertConsent(t.database, org, workersClient, daysAgo(30));
    const workersMap = (
      await worker.post(`/api/persons/${workersClient}/maps`, { kind: 'snapshot', label: 'start', takenOn: daysAgo(5) })
    ).body.id;
    const group = await insertGroup(t.database, org, { name: 'Koffie', startedOn: daysAgo(100) });
    await insertParticipant(t.database, org, group, {
      firstName: 'Deel',
      lastName: 'Nemer',
      route: [['structural', daysAgo(50)]],
    });
    const participant = (await worker.post('/api/persons/search', { q: 'Deel' })).body.items[0].id;

    // Visible: a client of the coach programme, someone assigned to the coordinator, and someone
    // the coordinator registered.
    const programme = (
      await coordinator.post('/api/trajectories', { registeredOn: daysAgo(3), person: { firstName: 'Programma' } })
    ).body.personId;
    await insertConsent(t.database, org, programme, daysAgo(3));
    const programmeMap = (
      await coordinator.post(`/api/persons/${programme}/maps`, {
        kind: 'snapshot',
        label: 'start',
        takenOn: daysAgo(2),
      })
    ).body.id;
    await insertPerson(t.database, org, {
      firstName: 'Toegewezen',
      assignedTo: org.users.coordinator.id,
      createdBy: org.users.admin.id,
    });
    await coordinator.post('/api/persons', { kind: 'client', firstName: 'Zelf', lastName: 'Ingeschreven' });

    expect((await names(coordinator)).sort()).toEqual(['Programma', 'Toegewezen', 'Zelf Ingeschreven']);
    for (const hidden of [workersClient, participant]) {
      expect((await coordinator.get(`/api/persons/${hidden}`)).status).toBe(404);
      expect((await coordinator.patch(`/api/persons/${hidden}`, { notes: 'x' })).status).toBe(404);
      expect((await coordinator.get(`/api/persons/${hidden}/maps`)).status).toBe(404);
    }
    expect((await coordinator.get(`/api/maps/${workersMap}`)).status).toBe(404);
    expect((await coordinator.get(`/api/persons/${programme}`)).status).toBe(200);
    expect((await coordinator.get(`/api/maps/${programmeMap}`)).status).toBe(200);
    // The social worker still sees their own, and not the programme's client.
    expect((await names(worker)).sort()).toEqual(['Deel Nemer', 'Eigen Client']);
    expect((await worker.get(`/api/persons/${programme}`)).status).toBe(404);
  });

  it('shows who works with a person: the assigned worker, the coach and the groups, each where the reader may follow', async () => {
    const henk = (await coordinator.post('/api/persons', { kind: 'client', firstName: 'Henk' })).body.id;
    const { trajectoryId } = await activateCoachMatch(coordinator, org.users.coach.id, henk);
    const seen = (await coordinator.get(`/api/persons/${henk}`)).body;
    expect(seen.coaches).toEqual([{ trajectoryId, coach: 'Coach', status: 'active', since: daysAgo(30) }]);
    // A participant's page shows the group to its worker.
    const group = await insertGroup(t.database, org, { name: 'Koffieochtend', startedOn: daysAgo(100) });
    const participant = await insertParticipant(t.database, org, group, {
      firstName: 'Pien',
      route: [['structural', daysAgo(60)]],
    });
    const pien = (await worker.post('/api/persons/search', { q: 'Pien' })).body.items[0].id;
    expect((await worker.get(`/api/persons/${pien}`)).body.groups).toEqual([
      { groupId: group, name: 'Koffieochtend', participantId: participant },
    ]);
  });

  it('records consent per purpose with history and withdrawal', async () => {
    const person = { id: await insertPerson(t.database, org, { firstName: 'Piet', lastName: 'Bakker' }) };
    const given = await coordinator.post(`/api/persons/${person.id}/consents`, {
      purpose: 'registration',
      givenOn: '2026-01-15',
    });
    expect(given.status).toBe(201);
    const future = await coordinator.post(`/api/persons/${person.id}/consents`, {
      purpose: 'evaluation_research',
      givenOn: '2999-01-01',
    });
    expect(future.status).toBe(400);
    expect(future.body.fields[0].path).toBe('givenOn');
    const early = await coordinator.post(`/api/persons/${person.id}/consents/${given.body.id}/withdraw`, {
      withdrawnOn: '2026-01-01',
    });
    expect(early.body.error).toBe('withdraw_before_given');
    expect(
      (
        await coordinator.post(`/api/persons/${person.id}/consents/${given.body.id}/withdraw`, {
          withdrawnOn: '2026-03-01',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await coordinator.post(`/api/persons/${person.id}/consents/${given.body.id}/withdraw`, {
          withdrawnOn: '2026-03-02',
        })
      ).status,
    ).toBe(409);
    await coordinator.post(`/api/persons/${person.id}/consents`, { purpose: 'registration', givenOn: '2026-04-01' });
    const detail = await coordinator.get(`/api/persons/${person.id}`);
    expect(
      detail.body.consents.map((c: { givenOn: string; withdrawnOn: string | null }) => [c.givenOn, c.withdrawnOn]),
    ).toEqual([
      ['2026-04-01', null],
      ['2026-01-15', '2026-03-01'],
    ]);
    expect(detail.body.consents[1].recordedBy).toBe(`coordinator ${org.label}`);
  });

  it('audits every list, read, change and denied attempt, without personal data in the record', async () => {
    await coordinator.post('/api/persons', { kind: 'client', firstName: 'Émile', lastName: 'Zwart' });
    const person = (await coordinator.post('/api/persons/search', { q: 'zwart' })).body.items[0];
    await coordinator.get(`/api/persons/${person.id}`);
    await coordinator.patch(`/api/persons/${person.id}`, { neighbourhood: 'Oosterpark', notes: 'gevoelig' });
    await coach.get(`/api/persons/${person.id}`);
    const rows = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('person_id', '=', person.id)
      .orderBy('id')
      .execute();
    const summary = rows.map((r) => `${r.user_role}:${r.action}:${r.outcome}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        'coordinator:create:ok',
        'coordinator:list:ok',
        'coordinator:read:ok',
        'coordinator:update:ok',
        'coach:read:denied',
      ]),
    );
    expect(rows.find((r) => r.action === 'update')?.detail).toBe('fields:neighbourhood,notes');
    expect(JSON.stringify(rows)).not.toMatch(/Zwart|Oosterpark|gevoelig/);
    // The admin's date filter takes whole Dutch days.
    const admin = await signedIn(t.app, org.users.admin.email);
    const today = clock.today();
    expect(
      (await admin.get(`/api/audit?personId=${person.id}&from=${today}&to=${today}`)).body.items.length,
    ).toBeGreaterThan(0);
    expect((await admin.get(`/api/audit?personId=${person.id}&from=${nextDay(today)}`)).body.items).toEqual([]);
  });

  it('refuses to change or delete audit rows, even for the database owner', async () => {
    await expect(t.database.db.updateTable('audit_log').set({ outcome: 'ok' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(t.database.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });
});
