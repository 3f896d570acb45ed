import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { groupCommit } from './group-commit.js';
import type { Actor } from './policy.js';
import { touchSessions } from './session.js';
import type { AuditAction } from '../../shared/audit.js';
import { clock } from '../../shared/clock.js';

export type { AuditAction };

export type AuditOutcome = 'ok' | 'denied' | 'failed';

export interface AuditEntry {
  action: AuditAction;
  recordType: string;
  recordId?: string | null;
  personId?: string | null;
  outcome?: AuditOutcome;
  detail?: string | null;
}

export interface Auditor {
  organisationId: string | null;
  userId: string | null;
  role: string | null;
}

// The time comes from the one clock, like every other time Kring compares ("denied in the last day").
const auditRow = (who: Auditor, e: AuditEntry) => ({
  at: clock.now(),
  organisation_id: who.organisationId,
  user_id: who.userId,
  user_role: who.role,
  action: e.action,
  record_type: e.recordType,
  record_id: e.recordId ?? null,
  person_id: e.personId ?? null,
  outcome: e.outcome ?? 'ok',
  detail: e.detail ?? null,
});

/**
 * Writes audit rows in the caller's transaction: when the change rolls back, so does its
 * record, and a committed change always has one. Never put personal data in `detail`.
 */
export async function writeAudit(db: Kysely<DB>, who: Auditor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('audit_log')
    .values(entries.map((e) => auditRow(who, e)))
    .execute();
}

/** What a read leaves behind: its audit rows and, at most once a minute, the session's last-seen time. */
export interface ReadTrace {
  who: Auditor;
  entries: AuditEntry[];
  touchSessionId: string | null;
}

/**
 * Records reads by group commit (D29). A read changes nothing but its audit rows, so they need not
 * share its transaction; the request still answers only after they are committed, so no read
 * reaches a user unrecorded. Many concurrent reads then cost one insert and one commit together
 * instead of a write transaction each. Writes as the owner role: a batch may hold several
 * organisations, and each row's organisation comes from its session, never from the request.
 */
export function readRecorder(db: Kysely<DB>) {
  return groupCommit<ReadTrace>(async (traces) => {
    const rows = traces.flatMap((t) => t.entries.map((e) => auditRow(t.who, e)));
    const touched = traces.flatMap((t) => (t.touchSessionId ? [t.touchSessionId] : []));
    const write = async (trx: Kysely<DB>) => {
      await touchSessions(trx, touched);
      if (rows.length > 0) await trx.insertInto('audit_log').values(rows).execute();
    };
    // Usually there is nothing to touch: then one statement, committed on its own.
    if (touched.length === 0) await write(db);
    else await db.transaction().execute(write);
  });
}

export const actorAsAuditor = (actor: Actor) => ({
  organisationId: actor.organisationId,
  userId: actor.userId,
  role: actor.role,
});
