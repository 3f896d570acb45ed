// Failed sign-ins, counted per account and per address (D35). A lock holds only for the address
// the failures came from, so no one can lock a colleague out from elsewhere. The count is raised
// in one statement, so concurrent attempts cannot overwrite each other's count. Runs as the owner
// role: before sign-in the organisation is not known.
import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { clock } from '../../../shared/clock.js';
import type { DB } from '../../db/schema.js';

export const maxFailedLogins = 5;
export const lockoutMinutes = 15;

/** The address as stored: a hash, enough to tell addresses apart without keeping them. */
export const addressKey = (ip: string) => createHash('sha256').update(ip).digest('hex');

/** Whether the account is locked for this address now. */
export async function isLocked(db: Kysely<DB>, userId: string, address: string): Promise<boolean> {
  const row = await db
    .selectFrom('login_failures')
    .select('locked_until')
    .where('user_id', '=', userId)
    .where('address', '=', addressKey(address))
    .executeTakeFirst();
  return !!row?.locked_until && row.locked_until > clock.now();
}

/**
 * Counts one failure; the fifth in a row locks the account for this address for a while and
 * starts the count again.
 */
export async function countFailure(
  db: Kysely<DB>,
  user: { id: string; organisation_id: string },
  address: string,
): Promise<{ locked: boolean }> {
  const now = clock.now();
  const lockUntil = new Date(clock.ms() + lockoutMinutes * 60 * 1000);
  const raised = sql<number>`login_failures.failures + 1`;
  const row = await db
    .insertInto('login_failures')
    .values({
      organisation_id: user.organisation_id,
      user_id: user.id,
      address: addressKey(address),
      failures: 1,
      locked_until: null,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['user_id', 'address']).doUpdateSet({
        failures: sql`CASE WHEN ${raised} >= ${maxFailedLogins} THEN 0 ELSE ${raised} END`,
        locked_until: sql`CASE WHEN ${raised} >= ${maxFailedLogins} THEN ${lockUntil}::timestamptz ELSE login_failures.locked_until END`,
        updated_at: now,
      }),
    )
    .returning('locked_until')
    .executeTakeFirstOrThrow();
  return { locked: !!row.locked_until && row.locked_until > now };
}

/** A successful sign-in from this address starts its count again. */
export async function clearFailures(db: Kysely<DB>, userId: string, address: string) {
  await db
    .deleteFrom('login_failures')
    .where('user_id', '=', userId)
    .where('address', '=', addressKey(address))
    .execute();
}
