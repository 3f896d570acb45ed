import type { Kysely } from 'kysely';
import type { DB, TokenPurpose } from '../../db/schema.js';
import { newSecret, sha256 } from '../../platform/crypto.js';
import { clock } from '../../../shared/clock.js';

const lifetimeHours: Record<TokenPurpose, number> = { setup: 24, invitation: 7 * 24, reset: 24 };
const linkPath: Record<TokenPurpose, string> = { setup: 'setup', invitation: 'invite', reset: 'reset' };

/**
 * One-time links carry their secret after '#', which browsers never send to the server,
 * so it cannot end up in access logs or proxies. Only the hash is stored.
 */
export function linkFor(publicUrl: string, purpose: TokenPurpose, token: string) {
  return `${publicUrl}/${linkPath[purpose]}#${token}`;
}

export async function issueToken(
  db: Kysely<DB>,
  purpose: TokenPurpose,
  who: { organisationId: string | null; userId: string | null; createdBy: string | null },
) {
  // A new link replaces any earlier unused link of the same kind for the same person.
  if (who.userId) {
    await db
      .updateTable('one_time_tokens')
      .set({ used_at: clock.now() })
      .where('user_id', '=', who.userId)
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .execute();
  }
  const token = newSecret();
  const expiresAt = new Date(clock.ms() + lifetimeHours[purpose] * 3600 * 1000);
  await db
    .insertInto('one_time_tokens')
    .values({
      id: crypto.randomUUID(),
      organisation_id: who.organisationId,
      user_id: who.userId,
      purpose,
      token_hash: sha256(token),
      created_by: who.createdBy,
      expires_at: expiresAt,
      used_at: null,
    })
    .execute();
  return { token, expiresAt };
}

/** The valid, unused token row, or undefined. */
export async function findToken(db: Kysely<DB>, token: string, purpose: TokenPurpose) {
  return db
    .selectFrom('one_time_tokens')
    .selectAll()
    .where('token_hash', '=', sha256(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', clock.now())
    .executeTakeFirst();
}

export async function markUsed(db: Kysely<DB>, id: string) {
  const result = await db
    .updateTable('one_time_tokens')
    .set({ used_at: clock.now() })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
