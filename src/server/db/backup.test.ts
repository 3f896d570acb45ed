import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  engines,
  openTestDatabase,
  seedOrganisation,
  signedIn,
  startTestApp,
  type TestApp,
} from '../testing/harness.js';
import { backupTables, createBackup, excludedTables, RestoreError, restoreBackup } from './backup.js';

describe.each(engines)('backup and restore on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
    const org = await seedOrganisation(t.database, `bk-${engine}`);
    const coordinator = await signedIn(t.app, org.users.coordinator.email);
    const id = (
      await coordinator.post('/api/persons', { kind: 'client', firstName: 'Bewaar', lastName: 'Mij', notes: 'ñ 李 😀' })
    ).body.id;
    await coordinator.post(`/api/persons/${id}/consents`, { purpose: 'registration', givenOn: '2026-02-28' });
    await coordinator.get(`/api/persons/${id}`);
    // A map with alters and a tie: network_alters has a generated column, which a restore must leave to PostgreSQL.
    const map = (
      await coordinator.post(`/api/persons/${id}/maps`, { kind: 'snapshot', label: 'start', takenOn: '2026-02-28' })
    ).body.id;
    const { ids } = (
      await coordinator.post(`/api/maps/${map}/alters`, {
        version: 1,
        alters: [{ name: 'Zus "Ans"', receives: ['emotional'] }, { name: 'Buurman' }],
      })
    ).body;
    await coordinator.put(`/api/maps/${map}/ties`, { version: 2, ties: [{ a: ids[0], b: ids[1] }] });
  });
  afterAll(() => t.close());

  it('covers every table: each is backed up or deliberately left out', async () => {
    const rows = await sql<{
      table_name: string;
    }>`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`.execute(t.database.db);
    expect(rows.rows.map((r) => r.table_name).sort()).toEqual([...backupTables, ...excludedTables].sort());
  });

  it('restores everything into an empty database, and audit continues after the restored rows', async () => {
    const backup = JSON.parse(JSON.stringify(await createBackup(t.database.db)));
    const target = await openTestDatabase(engine);
    try {
      await restoreBackup(target.db, backup);
      const again = JSON.parse(JSON.stringify(await createBackup(target.db)));
      expect(again.tables).toEqual(backup.tables);
      const person = await target.db.selectFrom('persons').select(['notes']).executeTakeFirstOrThrow();
      expect(person.notes).toBe('ñ 李 😀');
      const alter = await target.db
        .selectFrom('network_alters')
        .select(['name', 'receives'])
        .where('name', '=', 'Zus "Ans"')
        .executeTakeFirstOrThrow();
      expect(alter).toEqual({ name: 'Zus "Ans"', receives: ['emotional'] });
      const consent = await target.db.selectFrom('consents').select('given_on').executeTakeFirstOrThrow();
      expect(consent.given_on).toBe('2026-02-28');
      await target.db
        .insertInto('audit_log')
        .values({
          organisation_id: null,
          user_id: null,
          user_role: null,
          action: 'read',
          record_type: 'test',
          record_id: null,
          person_id: null,
          outcome: 'ok',
          detail: null,
        })
        .execute();
      await expect(restoreBackup(target.db, backup)).rejects.toThrow(RestoreError);
    } finally {
      await target.close();
    }
  });
});
