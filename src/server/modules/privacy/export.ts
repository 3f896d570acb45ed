// The access request (Art. 15/20): everything Kring holds about one person, table by table, as
// the registry lists it. The same collection feeds the data file (JSON) and the letter (PDF).
import { type Kysely, type SqlBool, sql } from 'kysely';
import { type ExportPart, exportParts } from '../../../shared/privacy/model.js';
import { clock } from '../../../shared/clock.js';
import type { DB } from '../../db/schema.js';
import { type Handling, personTables } from './registry.js';
import { approvedPolicy, rulesOf } from './retention.js';

export interface ExportTable {
  table: string;
  /** What each column holds, so a reader of the data file knows what is kept after an erasure. */
  columns: Record<string, Handling>;
  rows: Record<string, unknown>[];
}

export interface AccessExport {
  format: 'kring-access-export';
  version: 1;
  madeAt: string;
  organisation: {
    name: string;
    basisWithoutConsent: string[];
    otherBasisNote: string | null;
    /** The approved retention periods in years (null: that rule is off), or null when none is approved. */
    retention: {
      inactivePersonYears: number | null;
      closedTrajectoryYears: number | null;
      leftParticipantYears: number | null;
      auditYears: number | null;
    } | null;
  };
  person: { id: string; name: string; erased: boolean };
  parts: { part: ExportPart; tables: ExportTable[] }[];
  /** Names of the staff and coaches the rows refer to (who wrote, who looked), by id. */
  people: Record<string, { name: string; role: string }>;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The values as JSON keeps them: dates as ISO text. */
const plain = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));

/** Collects the person's rows from every table the registry maps, in the caller's transaction. */
export async function collectExport(db: Kysely<DB>, organisationId: string, personId: string): Promise<AccessExport> {
  const org = await db
    .selectFrom('organisations')
    .select(['name', 'basis_without_consent', 'other_basis_note'])
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  const person = await db
    .selectFrom('persons')
    .select(['id', 'first_name', 'last_name', 'erased_at'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  const policy = await approvedPolicy(db, organisationId);
  const tables: (ExportTable & { part: ExportPart })[] = [];
  for (const { table, rule } of personTables) {
    // Only the columns the registry names (never a secret), in its order.
    const shown = Object.entries(rule.columns).filter(([, h]) => h !== 'secret');
    const where = sql<SqlBool>`organisation_id = ${organisationId} AND (${rule.rows(personId)})`;
    const order = 'id' in rule.columns ? sql`ORDER BY id` : sql``;
    const rows = await sql<Record<string, unknown>>`
      SELECT ${sql.join(shown.map(([c]) => sql.ref(c)))} FROM ${sql.table(table)} WHERE ${where} ${order}`.execute(db);
    tables.push({ part: rule.part, table, columns: Object.fromEntries(shown), rows: rows.rows.map(plain) });
  }
  const referred = new Set(
    tables.flatMap((t) =>
      t.rows.flatMap((r) =>
        Object.entries(r).flatMap(([c, v]) =>
          t.columns[c] === 'ref' && typeof v === 'string' && uuidPattern.test(v) ? [v] : [],
        ),
      ),
    ),
  );
  const ids = [...referred];
  const people: AccessExport['people'] = {};
  if (ids.length > 0) {
    const users = await db
      .selectFrom('users')
      .select(['id', 'display_name', 'role'])
      .where('organisation_id', '=', organisationId)
      .where('id', 'in', ids)
      .execute();
    for (const u of users) people[u.id] = { name: u.display_name, role: u.role };
    const coaches = await db
      .selectFrom('coaches')
      .select(['id', 'first_name', 'last_name'])
      .where('organisation_id', '=', organisationId)
      .where('id', 'in', ids)
      .execute();
    for (const c of coaches) people[c.id] = { name: `${c.first_name} ${c.last_name}`.trim(), role: 'coach' };
  }
  return {
    format: 'kring-access-export',
    version: 1,
    madeAt: clock.now().toISOString(),
    organisation: {
      name: org.name,
      basisWithoutConsent: org.basis_without_consent,
      otherBasisNote: org.other_basis_note,
      retention: policy ? rulesOf(policy) : null,
    },
    person: {
      id: person.id,
      name: `${person.first_name} ${person.last_name}`.trim(),
      erased: person.erased_at !== null,
    },
    parts: exportParts.map((part) => ({
      part,
      tables: tables.filter((t) => t.part === part).map(({ part: _, ...t }) => t),
    })),
    people,
  };
}
