// Erasing a person (Art. 17): everything that identifies them goes, everywhere, following the
// registry; the rows stay, so other people's records and the anonymous statistics stay whole.
import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { personSortKey } from '../../../shared/names.js';
import { clock } from '../../../shared/clock.js';
import { columns } from '../../db/columns.generated.js';
import type { DB } from '../../db/schema.js';
import { cleared, freeText, type Handling, personTables, registry } from './registry.js';
import { type Identity, identifyingTerms, keepQuestions, keepScores, scrubValue, termMatcher } from './scrub.js';
import { likeEscape } from '../../../shared/search.js';

type Column = { type: string; nullable: boolean };
const columnOf = (table: string, column: string) =>
  (columns as unknown as Record<string, Record<string, Column>>)[table]![column]!;

/** What an erased value becomes in the person's own rows, per kind of column. */
function clearedValue(table: string, column: string, handling: Handling, placeholder: string): RawBuilder<unknown> {
  const col = sql.ref(column);
  const { type, nullable } = columnOf(table, column);
  if (handling === 'placeholder') return sql`CASE WHEN ${col} IS NULL THEN NULL ELSE ${placeholder} END`;
  if (nullable) return sql`NULL`;
  if (handling === 'name') {
    // The person row keeps the placeholder as its name, sorted where that name sorts.
    if (column === 'first_name') return sql`${placeholder}`;
    if (column === 'sort_key') return sql`${personSortKey(placeholder, '')}`;
    return sql`''`;
  }
  if (type === 'text') return sql`${placeholder}`;
  if (type === 'text[]') return sql`'{}'::text[]`;
  if (type === 'jsonb') return sql`'{}'::jsonb`;
  throw new Error(`No erased value for ${table}.${column} (${type})`);
}

/**
 * Clears the columns of one table's chosen rows whose handling is in `which`: text becomes the
 * placeholder or nothing, forms keep only what the statistics count (keepScores, keepQuestions).
 */
export async function clearRows(
  trx: Kysely<DB>,
  organisationId: string,
  table: string,
  where: RawBuilder<SqlBool>,
  placeholder: string,
  which: readonly Handling[] = cleared,
) {
  const rule = registry[table]!;
  const scoped = sql<SqlBool>`organisation_id = ${organisationId} AND (${where})`;
  const plain = Object.entries(rule.columns).filter(([, h]) => which.includes(h) && h !== 'scores' && h !== 'answers');
  if (plain.length > 0) {
    const sets = sql.join(plain.map(([c, h]) => sql`${sql.ref(c)} = ${clearedValue(table, c, h, placeholder)}`));
    await sql`UPDATE ${sql.table(table)} SET ${sets} WHERE ${scoped}`.execute(trx);
  }
  for (const [column, handling] of Object.entries(rule.columns)) {
    if (!which.includes(handling) || (handling !== 'scores' && handling !== 'answers')) continue;
    const keep = handling === 'scores' ? keepScores : keepQuestions;
    const rows = await sql<{ id: string; value: unknown }>`
      SELECT id, ${sql.ref(column)} AS value FROM ${sql.table(table)} WHERE ${scoped}`.execute(trx);
    for (const row of rows.rows) {
      await sql`UPDATE ${sql.table(table)} SET ${sql.ref(column)} = ${JSON.stringify(keep(row.value))}::jsonb WHERE id = ${row.id}`.execute(
        trx,
      );
    }
  }
}

/** Clears every identifying column of the person's own rows, table by table. */
async function clearOwnRows(trx: Kysely<DB>, organisationId: string, personId: string, placeholder: string) {
  for (const { table, rule } of personTables)
    await clearRows(trx, organisationId, table, rule.rows(personId), placeholder);
}

/**
 * Replaces the person's name, email and phone wherever free text in the organisation holds it:
 * another participant's notes, a group's logbook, someone else's map. Free text is searched for
 * the terms of `scope`, other people's name fields only for the full name, email and phone;
 * `inGroups` narrows a pass to the rows of the person's own groups (scope `group`).
 */
async function replaceMentions(
  trx: Kysely<DB>,
  organisationId: string,
  who: Identity,
  placeholder: string,
  inGroups: string[] | null,
) {
  const textTerms = identifyingTerms(who, inGroups ? 'group' : 'text');
  const nameTerms = identifyingTerms(who, 'names');
  const matchers = { text: termMatcher(textTerms), names: termMatcher(nameTerms) };
  let changed = 0;
  for (const [table, rule] of Object.entries(registry)) {
    if (!('organisation_id' in rule.columns) || (inGroups && !rule.groups)) continue;
    const searched = Object.entries(rule.columns).flatMap(
      ([column, h]): { column: string; kind: 'text' | 'names' }[] =>
        freeText.includes(h) ? [{ column, kind: 'text' }] : h === 'placeholder' ? [{ column, kind: 'names' }] : [],
    );
    if (searched.length === 0) continue;
    // The database finds candidate rows (ILIKE); the exact whole-word replacement happens here.
    const candidates = sql.join(
      searched.flatMap(({ column, kind }) =>
        (kind === 'text' ? textTerms : nameTerms).map(
          (t) => sql`${sql.ref(column)}::text ILIKE ${`%${likeEscape(t)}%`}`,
        ),
      ),
      sql` OR `,
    );
    const scope = inGroups && rule.groups ? sql`AND (${rule.groups(inGroups)})` : sql``;
    const rows = await sql<Record<string, unknown> & { row_ref: string }>`
      SELECT ctid::text AS row_ref, ${sql.join(searched.map((s) => sql.ref(s.column)))}
      FROM ${sql.table(table)}
      WHERE organisation_id = ${organisationId} ${scope} AND (${candidates})`.execute(trx);
    for (const row of rows.rows) {
      const sets = searched.flatMap(({ column, kind }) => {
        const before = row[column];
        const matcher = matchers[kind];
        if (before === null || before === undefined || !matcher) return [];
        const after = scrubValue(before, matcher, placeholder);
        if (JSON.stringify(after) === JSON.stringify(before)) return [];
        const type = columnOf(table, column).type;
        const value = type === 'jsonb' ? sql`${JSON.stringify(after)}::jsonb` : sql`${after}`;
        return [sql`${sql.ref(column)} = ${value}`];
      });
      if (sets.length === 0) continue;
      await sql`UPDATE ${sql.table(table)} SET ${sql.join(sets)} WHERE ctid = ${row.row_ref}::tid`.execute(trx);
      changed++;
    }
  }
  return changed;
}

/**
 * Erases one person of the organisation, in the caller's transaction. The person's own rows
 * lose every identifying value; their name, email and phone are replaced in everyone else's free
 * text; the person row keeps only the placeholder and the moment of erasure.
 */
export async function erasePerson(
  trx: Kysely<DB>,
  organisationId: string,
  personId: string,
  placeholder: string,
): Promise<void> {
  const person = await trx
    .selectFrom('persons')
    .select(['first_name', 'last_name', 'email', 'phone', 'erased_at'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  if (person.erased_at) return;
  const who: Identity = {
    firstName: person.first_name,
    lastName: person.last_name,
    email: person.email,
    phone: person.phone,
  };
  const groups = await trx
    .selectFrom('group_participants')
    .select('group_id')
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .execute();
  await clearOwnRows(trx, organisationId, personId, placeholder);
  await replaceMentions(trx, organisationId, who, placeholder, null);
  if (groups.length > 0)
    await replaceMentions(trx, organisationId, who, placeholder, [...new Set(groups.map((g) => g.group_id))]);
  await trx
    .updateTable('persons')
    .set({ erased_at: clock.now(), updated_at: clock.now() })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', personId)
    .execute();
}
