// The operator's work on an installation's organisations (issue 13, item 6), for the command line
// (cli/organisations.ts): create one with an invitation for its first admin, list, suspend and
// resume, export all its data, and delete it once that export is complete. Runs as the owner role.
import { type Kysely, sql } from 'kysely';
import { clock } from '../../../shared/clock.js';
import { backupTables, createBackup, excludedTables } from '../../db/backup.js';
import type { DB } from '../../db/schema.js';
import { writeAudit } from '../../platform/audit.js';
import { issueToken } from './tokens.js';

export class OperatorError extends Error {}

/** A new organisation and its first administrator, invited: the returned token is their one-time link. */
export async function createOrganisation(
  db: Kysely<DB>,
  input: { name: string; adminEmail: string; adminName: string },
): Promise<{ organisationId: string; adminId: string; token: string }> {
  const name = input.name.trim();
  const email = input.adminEmail.trim().toLowerCase();
  const adminName = input.adminName.trim();
  if (!name || name.length > 200) throw new OperatorError('Give the organisation a name (at most 200 characters).');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    throw new OperatorError('Give the first admin a valid e-mail address.');
  if (!adminName || adminName.length > 100)
    throw new OperatorError("Give the first admin's name (at most 100 characters).");
  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('users').select('id').where(sql`lower(email)`, '=', email).executeTakeFirst();
    if (taken) throw new OperatorError('This e-mail address already has an account in this installation.');
    const organisationId = crypto.randomUUID();
    const adminId = crypto.randomUUID();
    await trx.insertInto('organisations').values({ id: organisationId, name }).execute();
    await trx
      .insertInto('users')
      .values({
        id: adminId,
        organisation_id: organisationId,
        email,
        display_name: adminName,
        role: 'admin',
        team_id: null,
        password_hash: null,
        status: 'invited',
        totp_secret: null,
        totp_last_step: null,
        last_login_at: null,
      })
      .execute();
    const { token } = await issueToken(trx, 'invitation', { organisationId, userId: adminId, createdBy: null });
    await writeAudit(trx, { organisationId, userId: null, role: null }, [
      { action: 'setup', recordType: 'organisation', recordId: organisationId, detail: 'operator' },
    ]);
    return { organisationId, adminId, token };
  });
}

/** Every organisation with its state and size, oldest first. */
export async function listOrganisations(db: Kysely<DB>) {
  return db
    .selectFrom('organisations as o')
    .select([
      'o.id',
      'o.name',
      'o.created_at',
      'o.suspended_at',
      'o.exported_at',
      (eb) =>
        eb
          .selectFrom('users')
          .select(({ fn }) => fn.countAll<number>().as('n'))
          .whereRef('users.organisation_id', '=', 'o.id')
          .where('users.status', '=', 'active')
          .as('users'),
      (eb) =>
        eb
          .selectFrom('persons')
          .select(({ fn }) => fn.countAll<number>().as('n'))
          .whereRef('persons.organisation_id', '=', 'o.id')
          .as('persons'),
    ])
    .orderBy('o.created_at')
    .orderBy('o.id')
    .execute();
}

async function existing(db: Kysely<DB>, organisationId: string) {
  const org = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'suspended_at', 'exported_at'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
  if (!org) throw new OperatorError(`There is no organisation ${organisationId}. "list" shows them.`);
  return org;
}

/** Suspends (everyone is signed out and cannot sign in) or resumes an organisation. */
export async function suspendOrganisation(db: Kysely<DB>, organisationId: string, suspended: boolean) {
  await existing(db, organisationId);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('organisations')
      .set({ suspended_at: suspended ? clock.now() : null })
      .where('id', '=', organisationId)
      .execute();
    if (suspended) await trx.deleteFrom('sessions').where('organisation_id', '=', organisationId).execute();
    await writeAudit(trx, { organisationId, userId: null, role: null }, [
      {
        action: 'update',
        recordType: 'organisation',
        recordId: organisationId,
        detail: suspended ? 'suspended' : 'resumed',
      },
    ]);
  });
}

/** All data of one organisation, in the backup format; remembers when, for a later delete. */
export async function exportOrganisation(db: Kysely<DB>, organisationId: string) {
  await existing(db, organisationId);
  const backup = await createBackup(db, { organisationId });
  await db.updateTable('organisations').set({ exported_at: clock.now() }).where('id', '=', organisationId).execute();
  return backup;
}

/**
 * Deletes an organisation and everything of it. Only when it is suspended (nobody works in it)
 * and was exported after its last recorded activity, so nothing is lost that the export lacks.
 */
export async function deleteOrganisation(db: Kysely<DB>, organisationId: string, confirmName: string) {
  const org = await existing(db, organisationId);
  if (confirmName !== org.name)
    throw new OperatorError(`To delete, confirm with the organisation's exact name: "${org.name}".`);
  if (!org.suspended_at) throw new OperatorError('Suspend the organisation first, then export it, then delete it.');
  const last = await db
    .selectFrom('audit_log')
    .select(({ fn }) => fn.max('at').as('at'))
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  if (!org.exported_at || (last?.at && new Date(last.at) > org.exported_at))
    throw new OperatorError('Export the organisation first: something happened in it after the last export.');
  return db.transaction().execute(async (trx) => {
    // The one other way entries leave the access log (migration 016): this transaction says so.
    await sql`SELECT set_config('kring.audit_removal', 'on', true)`.execute(trx);
    const counts: Record<string, number> = {};
    // Later tables point at earlier ones (the order a restore inserts), so delete back to front.
    const tables = [
      ...excludedTables.filter((t) => t !== 'schema_migrations' && t !== 'auth_rate_limits'),
      ...[...backupTables].reverse(),
    ];
    for (const table of tables) {
      if (table === 'organisations') continue;
      const result = await sql`DELETE FROM ${sql.table(table)} WHERE organisation_id = ${organisationId}`.execute(trx);
      counts[table] = Number(result.numAffectedRows ?? 0);
    }
    await trx.deleteFrom('organisations').where('id', '=', organisationId).execute();
    return counts;
  });
}
