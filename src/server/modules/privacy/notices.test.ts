import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { insertPerson } from '../../testing/factories.js';
import {
  type Client,
  daysAgo,
  engines,
  type SeededOrg,
  seedOwnOrganisation,
  signedIn,
  startTestApp,
  type TestApp,
} from '../../testing/harness.js';

describe.each(engines)('the privacy notice and consents on %s', (engine) => {
  let t: TestApp;
  let org: SeededOrg;
  let admin: Client;
  let coordinator: Client;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  beforeEach(async () => {
    org = await seedOwnOrganisation(t.database, `notice-${engine}-`);
    admin = await signedIn(t.app, org.users.admin.email);
    coordinator = await signedIn(t.app, org.users.coordinator.email);
  });
  afterAll(() => t.close());

  const v1 = 'Wij bewaren uw gegevens zolang wij met u werken. U mag ze altijd inzien.';
  const v2 = 'Wij bewaren uw gegevens zolang wij met u werken, en daarna niet langer dan twee jaar.';

  it('records each consent under the notice version in force, and a new version does not change earlier consents', async () => {
    const person = await insertPerson(t.database, org, { firstName: 'Vera', createdBy: org.users.coordinator.id });
    expect((await coordinator.get('/api/privacy/notice')).body).toBeNull();
    const before = await coordinator.post(`/api/persons/${person}/consents`, {
      purpose: 'registration',
      givenOn: daysAgo(10),
    });
    expect(before.status).toBe(201);

    expect((await admin.post('/api/privacy/notices', { body: v1 })).status).toBe(201);
    expect((await coordinator.get('/api/privacy/notice')).body).toMatchObject({ version: 1, body: v1 });
    await coordinator.post(`/api/persons/${person}/consents`, { purpose: 'evaluation_research', givenOn: daysAgo(5) });
    const published = await admin.post('/api/privacy/notices', { body: v2 });
    expect(published.body.map((n: { version: number }) => n.version)).toEqual([2, 1]);
    await coordinator.post(`/api/persons/${person}/consents`, { purpose: 'share_with_referrer', givenOn: daysAgo(1) });

    const consents = (await coordinator.get(`/api/persons/${person}`)).body.consents;
    const byPurpose = Object.fromEntries(
      consents.map((c: { purpose: string; noticeVersion: number | null }) => [c.purpose, c.noticeVersion]),
    );
    expect(byPurpose).toEqual({ registration: null, evaluation_research: 1, share_with_referrer: 2 });

    // The same text again is no new version; too little text is refused with a clear message.
    expect((await admin.post('/api/privacy/notices', { body: v2 })).body.error).toBe('notice_unchanged');
    const short = await admin.post('/api/privacy/notices', { body: 'Kort.' });
    expect(short.status).toBe(400);
    expect(short.body.fields[0].path).toBe('body');
    expect((await coordinator.post('/api/privacy/notices', { body: v1 })).status).toBe(403);
  });

  it('never edits a given consent: it is withdrawn once, and an erasure may only clear its note', async () => {
    const person = await insertPerson(t.database, org, { firstName: 'Wim', createdBy: org.users.coordinator.id });
    const id = (
      await coordinator.post(`/api/persons/${person}/consents`, {
        purpose: 'registration',
        givenOn: daysAgo(10),
        note: 'Mondeling',
      })
    ).body.id;
    const edit = (change: ReturnType<typeof sql>) =>
      sql`UPDATE consents SET ${change} WHERE id = ${id}`.execute(t.database.db);
    await expect(edit(sql`given_on = ${daysAgo(20)}`)).rejects.toThrow(/not edited/);
    await expect(edit(sql`purpose = 'evaluation_research'`)).rejects.toThrow(/not edited/);
    await expect(edit(sql`note = 'Schriftelijk'`)).rejects.toThrow(/not edited/);

    const withdrawn = await coordinator.post(`/api/persons/${person}/consents/${id}/withdraw`, {
      withdrawnOn: daysAgo(2),
    });
    expect(withdrawn.status).toBe(200);
    await expect(edit(sql`withdrawn_on = ${daysAgo(1)}`)).rejects.toThrow(/not edited/);
    await expect(edit(sql`note = NULL`)).resolves.toBeDefined();
    const row = await t.database.db.selectFrom('consents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ given_on: daysAgo(10), withdrawn_on: daysAgo(2), note: null });
  });
});
