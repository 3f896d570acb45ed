// Logical backup of all organisation data as one JSON document, made in a single consistent
// snapshot. The same format restores into PGlite or PostgreSQL, so it also moves a trial
// installation onto a production server.
import { type Kysely, sql } from 'kysely';
import type { DB } from './schema.js';
import { clock } from '../../shared/clock.js';

/** In foreign-key order. Sessions, one-time links and failed sign-ins are deliberately left out:
 *  they are short-lived secrets and counters, and after a restore everyone signs in again. */
export const backupTables = [
  'organisations',
  'teams',
  'users',
  'recovery_codes',
  'persons',
  'person_assignments',
  'consents',
  'network_maps',
  'network_alters',
  'network_alter_ties',
  'neighbourhoods',
  'coaches',
  'trajectories',
  'coach_matches',
  'trajectory_steps',
  'session_reports',
  'session_report_history',
  'coach_evaluations',
  'coach_support_meetings',
  'coach_support_attendance',
  'support_groups',
  'group_workers',
  'group_participants',
  'participant_route',
  'group_activities',
  'group_sessions',
  'session_attendance',
  'logbook_entries',
  'support_observations',
  'dropout_followups',
  'house_rules',
  'group_evaluations',
  'evaluation_interviews',
  'erasure_requests',
  'job_runs',
  'retention_policies',
  'privacy_notices',
  'social_map_entries',
  'social_map_mistakes',
  'audit_log',
] as const;
export const excludedTables = [
  'sessions',
  'one_time_tokens',
  'login_failures',
  'auth_rate_limits',
  'schema_migrations',
] as const;

export interface Backup {
  format: 'kring-backup';
  version: 1;
  createdAt: string;
  migrations: string[];
  tables: Record<string, Record<string, unknown>[]>;
}

/** The columns that hold data, in table order: generated columns are computed again on restore
 *  (PostgreSQL refuses values for them). */
async function storedColumns(db: Kysely<DB>, table: string): Promise<string[]> {
  const rows = await sql<{ name: string }>`SELECT attname AS name FROM pg_attribute
    WHERE attrelid = ${table}::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`.execute(
    db,
  );
  return rows.rows.map((r) => r.name);
}

/**
 * Rows as the driver must be given them: a JSON column's value as JSON text. The driver would
 * send a list (a social map entry's addresses) as a PostgreSQL array, which a json column refuses.
 */
async function asStored(db: Kysely<DB>, table: string, rows: Record<string, unknown>[]) {
  const json = (
    await sql<{ name: string }>`SELECT attname AS name FROM pg_attribute
      WHERE attrelid = ${table}::regclass AND attnum > 0 AND NOT attisdropped
        AND atttypid IN ('json'::regtype, 'jsonb'::regtype)`.execute(db)
  ).rows.map((r) => r.name);
  if (json.length === 0) return rows;
  return rows.map((row) => {
    const stored = { ...row };
    for (const column of json)
      if (stored[column] !== null && stored[column] !== undefined) stored[column] = JSON.stringify(stored[column]);
    return stored;
  });
}

/**
 * A backup of the whole installation, or (with `organisationId`) of one organisation's rows only:
 * the operator's export before an organisation is deleted. Both restore into an empty installation.
 */
export async function createBackup(db: Kysely<DB>, options: { organisationId?: string } = {}): Promise<Backup> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const migrations = (
        await sql<{ name: string }>`SELECT name FROM schema_migrations ORDER BY name`.execute(trx)
      ).rows.map((r) => r.name);
      const tables: Backup['tables'] = {};
      for (const table of backupTables) {
        const columns = await storedColumns(trx, table);
        const own = options.organisationId
          ? sql`WHERE ${sql.ref(table === 'organisations' ? 'id' : 'organisation_id')} = ${options.organisationId}`
          : sql``;
        tables[table] = (
          await sql<
            Record<string, unknown>
          >`SELECT ${sql.join(columns.map((c) => sql.ref(c)))} FROM ${sql.table(table)} ${own} ORDER BY 1`.execute(trx)
        ).rows;
      }
      return { format: 'kring-backup', version: 1, createdAt: clock.now().toISOString(), migrations, tables };
    });
}

export class RestoreError extends Error {}

/** Restores into a migrated, empty database, all or nothing. */
export async function restoreBackup(db: Kysely<DB>, backup: Backup): Promise<Record<string, number>> {
  if (backup?.format !== 'kring-backup' || backup.version !== 1)
    throw new RestoreError('This file is not a Kring backup (version 1).');
  const counts: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('organisations').select('id').limit(1).execute();
    if (existing.length > 0)
      throw new RestoreError('The database already holds data; restore only into an empty database.');
    const migrations = (
      await sql<{ name: string }>`SELECT name FROM schema_migrations ORDER BY name`.execute(trx)
    ).rows.map((r) => r.name);
    const missing = backup.migrations.filter((m) => !migrations.includes(m));
    if (missing.length > 0)
      throw new RestoreError(
        `The backup was made by a newer Kring (migrations ${missing.join(', ')}). Update Kring first.`,
      );
    for (const table of backupTables) {
      const rows = await asStored(trx, table, backup.tables[table] ?? []);
      counts[table] = rows.length;
      for (let i = 0; i < rows.length; i += 500) {
        // The table is chosen at run time from backupTables, so Kysely cannot know its row type
        // here; each row was read from the same table by backup() and the database checks it.
        await trx
          .insertInto(table as never)
          .values(rows.slice(i, i + 500) as never)
          .execute();
      }
    }
    // New audit rows continue after the restored ones.
    await sql`SELECT setval(pg_get_serial_sequence('audit_log', 'id'), GREATEST((SELECT max(id) FROM audit_log), 1))`.execute(
      trx,
    );
  });
  return counts;
}
