// What the migrated database really holds: every table's columns with their type, whether they
// may be null and, for a text column limited by CHECK (col IN (...)), its allowed values.
// columns.generated.ts is this description written down; schema-check.ts compares it with the
// Kysely types at compile time, and describe.test.ts compares it with both engines.
import { type Kysely, sql } from 'kysely';

export interface ColumnFact {
  type: string;
  nullable: boolean;
  values?: string[];
}
export type DatabaseFacts = Record<string, Record<string, ColumnFact>>;

export async function describeDatabase<D>(db: Kysely<D>): Promise<DatabaseFacts> {
  const columns = await sql<{
    table_name: string;
    column_name: string;
    data_type: string;
    udt_name: string;
    is_nullable: string;
  }>`
    SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> 'schema_migrations' ORDER BY table_name, column_name`.execute(db);
  const checks = await sql<{ table_name: string; definition: string }>`
    SELECT c.conrelid::regclass::text AS table_name, pg_get_constraintdef(c.oid) AS definition
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE n.nspname = 'public' AND c.contype = 'c'`.execute(db);
  const facts: DatabaseFacts = {};
  for (const c of columns.rows) {
    facts[c.table_name] ??= {};
    const type = c.data_type === 'ARRAY' ? `${c.udt_name.replace(/^_/, '')}[]` : c.data_type;
    facts[c.table_name][c.column_name] = { type, nullable: c.is_nullable === 'YES' };
  }
  for (const check of checks.rows) {
    const allowed = enumCheck(check.definition);
    const column = allowed && facts[check.table_name]?.[allowed.column];
    if (column) column.values = allowed.values;
  }
  return facts;
}

/** CHECK ((kind = ANY (ARRAY['client'::text, 'participant'::text]))) → kind: client, participant. */
export function enumCheck(definition: string): { column: string; values: string[] } | null {
  const match = /^CHECK \(\((\w+) = ANY \(\(?ARRAY\[(.*)\]\)?(?:::text\[\])?\)\)\)$/.exec(definition);
  if (!match) return null;
  return { column: match[1], values: [...match[2].matchAll(/'([^']*)'::text/g)].map((m) => m[1]) };
}

/** The description as a TypeScript module, formatted as Biome would. */
export function factsModule(facts: DatabaseFacts): string {
  const lines = [
    '// Written by `npm run db:columns` from the migrated database. Do not edit by hand.',
    'export const columns = {',
  ];
  for (const table of Object.keys(facts).sort()) {
    lines.push(`  ${table}: {`);
    for (const name of Object.keys(facts[table]).sort()) {
      const c = facts[table][name];
      const values = c.values ? `, values: [${c.values.map((v) => `'${v}'`).join(', ')}]` : '';
      lines.push(`    ${name}: { type: '${c.type}', nullable: ${c.nullable}${values} },`);
    }
    lines.push('  },');
  }
  lines.push('} as const;', '');
  return lines.join('\n');
}
