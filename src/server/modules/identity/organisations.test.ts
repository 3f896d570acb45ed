import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../db/backup.js';
import { insertPerson } from '../../testing/factories.js';
import {
  Client,
  engines,
  openTestDatabase,
  seedOrganisation,
  signedIn,
  startTestApp,
  type TestApp,
  testPassword,
} from '../../testing/harness.js';
import {
  createOrganisation,
  deleteOrganisation,
  exportOrganisation,
  listOrganisations,
  OperatorError,
  suspendOrganisation,
} from './organisations.js';

describe.each(engines)('the operator’s organisations on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('creates an organisation whose first admin signs in through the one-time link', async () => {
    const email = `eerste-${engine}@noord.test`;
    const created = await createOrganisation(t.database.db, {
      name: `Welzijn Noord ${engine}`,
      adminEmail: email,
      adminName: 'Noor',
    });
    const admin = new Client(t.app);
    const accepted = await admin.post('/api/auth/invitation/accept', { token: created.token, password: testPassword });
    expect(accepted.status).toBe(200);
    await admin.refreshSession();
    const session = (await admin.get('/api/auth/session')).body;
    expect(session.user).toMatchObject({ role: 'admin', displayName: 'Noor' });
    expect(session.organisation.name).toBe(`Welzijn Noord ${engine}`);
    // The link works once.
    expect(
      (await new Client(t.app).post('/api/auth/invitation/accept', { token: created.token, password: testPassword }))
        .status,
    ).toBe(400);
    const listed = (await listOrganisations(t.database.db)).find((o) => o.id === created.organisationId);
    expect(listed).toMatchObject({ name: `Welzijn Noord ${engine}`, suspended_at: null });
    expect(Number(listed?.users)).toBe(1);
    // A second organisation with the same admin address is refused with a clear message.
    await expect(
      createOrganisation(t.database.db, { name: 'Twee', adminEmail: email, adminName: 'X' }),
    ).rejects.toThrow(OperatorError);
    await expect(
      createOrganisation(t.database.db, { name: ' ', adminEmail: 'a@b.test', adminName: 'X' }),
    ).rejects.toThrow(/name/);
  });

  it('suspends an organisation: everyone is signed out and cannot sign in until it is resumed', async () => {
    const org = await seedOrganisation(t.database, `susp-${engine}`, { viaOperator: true });
    const coordinator = await signedIn(t.app, org.users.coordinator.email);
    expect((await coordinator.get('/api/home')).status).toBe(200);
    await suspendOrganisation(t.database.db, org.organisationId, true);
    expect((await coordinator.get('/api/home')).status).toBe(401);
    const again = await new Client(t.app).post('/api/auth/login', {
      email: org.users.coordinator.email,
      password: testPassword,
    });
    expect(again.status).toBe(403);
    expect(again.body.error).toBe('organisation_suspended');
    // A wrong password still says only that the sign-in failed.
    const wrong = await new Client(t.app).post('/api/auth/login', {
      email: org.users.coordinator.email,
      password: 'wrong password!',
    });
    expect(wrong.body.error).toBe('invalid_credentials');
    await suspendOrganisation(t.database.db, org.organisationId, false);
    expect((await (await signedIn(t.app, org.users.coordinator.email)).get('/api/home')).status).toBe(200);
  });

  it('exports only the organisation’s own rows, and deletes it only suspended, exported and confirmed', async () => {
    const org = await seedOrganisation(t.database, `del-${engine}`, { viaOperator: true });
    const other = await seedOrganisation(t.database, `keep-${engine}`);
    await insertPerson(t.database, org, { firstName: 'Weg' });
    const kept = await insertPerson(t.database, other, { firstName: 'Blijft' });
    const coordinator = await signedIn(t.app, org.users.coordinator.email);
    await coordinator.get('/api/home');
    const name = `Test del-${engine}`;

    await expect(deleteOrganisation(t.database.db, org.organisationId, 'wrong')).rejects.toThrow(/exact name/);
    await expect(deleteOrganisation(t.database.db, org.organisationId, name)).rejects.toThrow(/Suspend/);
    await suspendOrganisation(t.database.db, org.organisationId, true);
    await expect(deleteOrganisation(t.database.db, org.organisationId, name)).rejects.toThrow(/Export/);

    const backup = await exportOrganisation(t.database.db, org.organisationId);
    const rows = Object.entries(backup.tables).flatMap(([table, list]) => list.map((r) => ({ table, r })));
    expect(rows.length).toBeGreaterThan(10);
    for (const { table, r } of rows)
      expect(table === 'organisations' ? r.id : r.organisation_id).toBe(org.organisationId);
    expect(backup.tables.persons!.map((p) => p.first_name)).toEqual(['Weg']);
    // The export restores into an empty installation, where its admin can sign in.
    const elsewhere = await openTestDatabase(engine, 1);
    try {
      await restoreBackup(elsewhere.db, backup);
      const restored = await elsewhere.db.selectFrom('persons').select('first_name').execute();
      expect(restored.map((p) => p.first_name)).toEqual(['Weg']);
    } finally {
      await elsewhere.close();
    }

    const counts = await deleteOrganisation(t.database.db, org.organisationId, name);
    expect(counts.persons).toBe(1);
    expect(counts.audit_log).toBeGreaterThan(0);
    for (const table of Object.keys(backup.tables)) {
      const left = await t.database.db
        .selectFrom(table as 'persons')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .where(table === 'organisations' ? 'id' : ('organisation_id' as 'id'), '=', org.organisationId)
        .executeTakeFirstOrThrow();
      expect(Number(left.n), table).toBe(0);
    }
    const stays = await t.database.db
      .selectFrom('persons')
      .select('first_name')
      .where('id', '=', kept)
      .executeTakeFirst();
    expect(stays?.first_name).toBe('Blijft');
  });
});
