import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  engines,
  type SeededOrg,
  seedOwnOrganisation,
  signedIn,
  startTestApp,
  type TestApp,
} from '../../testing/harness.js';
import { insertPerson } from '../../testing/factories.js';

describe.each(engines)('the access log on %s', (engine) => {
  let t: TestApp;
  let org: SeededOrg;
  let other: SeededOrg;

  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  beforeEach(async () => {
    org = await seedOwnOrganisation(t.database, `audit-${engine}-`);
    other = await seedOwnOrganisation(t.database, `audit-other-${engine}-`);
  });
  afterAll(() => t.close());

  it('finds a person by name, accents and case ignored, within the organisation only, and audits each name shown', async () => {
    const ans = await insertPerson(t.database, org, { firstName: 'Ans', lastName: 'de Vries' });
    await insertPerson(t.database, org, { firstName: 'Henk', lastName: 'Bakker' });
    await insertPerson(t.database, other, { firstName: 'Anna', lastName: 'de Vries' });
    const admin = await signedIn(t.app, org.users.admin.email);

    const found = await admin.post('/api/audit/persons', { q: 'VRIÉS' });
    expect(found.status).toBe(200);
    expect(found.body).toEqual([{ id: ans, kind: 'client', name: 'Ans de Vries', yearOfBirth: null }]);
    // The id found filters the log; the typed name went in a body and is stored nowhere.
    const coordinator = await signedIn(t.app, org.users.coordinator.email);
    await coordinator.get(`/api/persons/${ans}`);
    const log = await admin.get(`/api/audit?personId=${ans}`);
    expect(log.body.items.map((i: { action: string; detail: string | null }) => `${i.action}:${i.detail}`)).toEqual(
      expect.arrayContaining(['list:audit_lookup']),
    );
    const rows = await t.database.db.selectFrom('audit_log').select('detail').where('person_id', '=', ans).execute();
    expect(JSON.stringify(rows)).not.toMatch(/vri/i);
  });

  it('asks for at least two letters and lets no one but an admin look names up', async () => {
    const admin = await signedIn(t.app, org.users.admin.email);
    expect((await admin.post('/api/audit/persons', { q: 'a' })).status).toBe(400);
    const coordinator = await signedIn(t.app, org.users.coordinator.email);
    expect((await coordinator.post('/api/audit/persons', { q: 'de vries' })).status).toBe(403);
  });
});
