import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Actor } from './policy.js';

export type AuditAction =
  | 'read'
  | 'list'
  | 'create'
  | 'update'
  | 'delete'
  | 'export'
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'setup';

export interface AuditEntry {
  action: AuditAction;
  recordType: string;
  recordId?: string | null;
  personId?: string | null;
  outcome?: 'ok' | 'denied' | 'failed';
  detail?: string | null;
}

/**
 * Writes audit rows in the caller's transaction: when the change rolls back, so does its
 * record, and a committed change always has one. Never put personal data in `detail`.
 */
export async function writeAudit(
  db: Kysely<DB>,
  who: { organisationId: string | null; userId: string | null; role: string | null },
  entries: AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('audit_log')
    .values(
      entries.map((e) => ({
        organisation_id: who.organisationId,
        user_id: who.userId,
        user_role: who.role,
        action: e.action,
        record_type: e.recordType,
        record_id: e.recordId ?? null,
        person_id: e.personId ?? null,
        outcome: e.outcome ?? 'ok',
        detail: e.detail ?? null,
      })),
    )
    .execute();
}

export const actorAsAuditor = (actor: Actor) => ({
  organisationId: actor.organisationId,
  userId: actor.userId,
  role: actor.role,
});
