// The committed description of the database (columns.generated.ts, which schema-check.ts holds the
// Kysely types to at compile time) must be what the migrations really make, on both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './connection.js';
import { columns } from './columns.generated.js';
import { describeDatabase, enumCheck } from './describe.js';
import { engines, openTestDatabase } from '../testing/harness.js';

describe.each(engines)('the database on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database.close());

  it('has exactly the tables, columns, nullability and allowed values that columns.generated.ts describes', async () => {
    // If this fails after a new migration, run `npm run db:columns` and fix what typecheck then names.
    expect(await describeDatabase(database.db)).toEqual(JSON.parse(JSON.stringify(columns)));
  });
});

describe('enumCheck', () => {
  it('reads the allowed values of a CHECK on one text column, and nothing else', () => {
    expect(enumCheck("CHECK ((kind = ANY (ARRAY['client'::text, 'participant'::text])))")).toEqual({
      column: 'kind',
      values: ['client', 'participant'],
    });
    expect(enumCheck('CHECK (((closeness >= 1) AND (closeness <= 4)))')).toBeNull();
  });
});
