import type { FastifyReply } from 'fastify';
import { type Kysely, sql } from 'kysely';
import type { Role } from '../../shared/roles.js';
import type { DB, SessionStage } from '../db/schema.js';
import { newSecret, sha256 } from './crypto.js';
import { clock } from '../../shared/clock.js';

export const sessionCookie = 'kring_session';
/** However active, a session ends after this long; the idle timeout is an organisation setting. */
const absoluteLifetimeMs = 12 * 60 * 60 * 1000;
/** Writing last_seen on every request costs a write; once a minute is precise enough. */
const touchIntervalMs = 60 * 1000;

export interface SessionInfo {
  id: string;
  userId: string;
  organisationId: string;
  role: Role;
  stage: SessionStage;
  csrfToken: string;
  locale: 'nl' | 'en';
  needsTouch: boolean;
}

export async function createSession(
  db: Kysely<DB>,
  user: { id: string; organisation_id: string },
  stage: SessionStage,
) {
  const token = newSecret();
  const csrfToken = newSecret();
  const id = crypto.randomUUID();
  await db
    .insertInto('sessions')
    .values({
      id,
      organisation_id: user.organisation_id,
      user_id: user.id,
      token_hash: sha256(token),
      csrf_token: csrfToken,
      stage,
      last_seen_at: clock.now(),
      expires_at: new Date(clock.ms() + absoluteLifetimeMs),
    })
    .execute();
  return { id, token, csrfToken };
}

export function setSessionCookie(reply: FastifyReply, token: string) {
  reply.setCookie(sessionCookie, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: 'auto' });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(sessionCookie, { path: '/' });
}

export type SessionLookup =
  | { ok: true; session: SessionInfo }
  | { ok: false; code: 'not_signed_in' | 'session_expired'; expiredId?: string };

/**
 * Finds the session of a request at the start of the request's transaction and, in the same
 * statement, switches the transaction to the application role and the session's organisation.
 * One statement instead of three matters: on this kind of machine every round trip to the
 * database is a costly system call (see docs/operations.md). The statement is planned as the
 * owner role, so the lookup itself sees all sessions; every later statement is planned as
 * kring_app and is bound by row-level security.
 */
export async function openSessionInTransaction(trx: Kysely<DB>, token: string | undefined): Promise<SessionLookup> {
  if (!token) return { ok: false, code: 'not_signed_in' };
  const result = await sql<{
    id: string;
    user_id: string;
    organisation_id: string;
    stage: SessionInfo['stage'];
    csrf_token: string;
    last_seen_at: Date;
    expires_at: Date;
    role: Role;
    status: string;
    locale: 'nl' | 'en';
    idle_timeout_minutes: number;
    suspended_at: Date | null;
  }>`SELECT s.id, s.user_id, s.organisation_id, s.stage, s.csrf_token, s.last_seen_at, s.expires_at, u.role, u.status, u.locale, o.idle_timeout_minutes, o.suspended_at,
         set_config('app.organisation_id', s.organisation_id::text, true) AS tenant,
         set_config('role', 'kring_app', true) AS app_role
       FROM sessions s JOIN users u ON u.id = s.user_id JOIN organisations o ON o.id = s.organisation_id
       WHERE s.token_hash = ${sha256(token)}`.execute(trx);
  const row = result.rows[0];
  if (!row) return { ok: false, code: 'not_signed_in' };
  const now = clock.ms();
  const idleMs = row.idle_timeout_minutes * 60 * 1000;
  if (
    row.status !== 'active' ||
    row.suspended_at !== null ||
    row.expires_at.getTime() < now ||
    row.last_seen_at.getTime() + idleMs < now
  ) {
    return { ok: false, code: 'session_expired', expiredId: row.id };
  }
  return {
    ok: true,
    session: {
      id: row.id,
      userId: row.user_id,
      organisationId: row.organisation_id,
      role: row.role,
      stage: row.stage,
      csrfToken: row.csrf_token,
      locale: row.locale,
      needsTouch: now - row.last_seen_at.getTime() > touchIntervalMs,
    },
  };
}

/**
 * Records that these sessions were just used (the idle timeout counts from it). Rows locked by
 * another transaction (a change in progress, a sign-out) are skipped rather than waited for: that
 * transaction touches or ends the session itself, and a skipped touch is made on the next request.
 */
export async function touchSessions(db: Kysely<DB>, ids: string[]) {
  if (ids.length === 0) return;
  await db
    .updateTable('sessions')
    .set({ last_seen_at: clock.now() })
    .where('id', 'in', db.selectFrom('sessions').select('id').where('id', 'in', ids).forUpdate().skipLocked())
    .execute();
}
