// PGlite has no autovacuum: Kring gathers the planner's statistics itself, or the planner would
// treat every table as nearly empty however much it holds.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, seedOrganisation } from '../testing/harness.js';
import { refreshStatistics } from './statistics.js';
import type { Database } from './connection.js';

describe('planner statistics on PGlite', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    await seedOrganisation(database, 'stats');
  });
  afterAll(() => database.close());

  const estimatedUsers = async () =>
    Number(
      (await sql<{ n: number }>`SELECT reltuples AS n FROM pg_class WHERE relname = 'users'`.execute(database.db))
        .rows[0]!.n,
    );

  it('are gathered, so the planner knows how many rows a table holds', async () => {
    expect(await estimatedUsers()).toBeLessThan(0); // never analysed
    await refreshStatistics(database);
    expect(await estimatedUsers()).toBeGreaterThan(0);
  });
});
