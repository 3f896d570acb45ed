import type { Kysely } from 'kysely';
import type { SecretBox } from '../../platform/secret-box.js';
import type { DB, SessionStage } from '../../db/schema.js';
import { writeAudit } from '../../platform/audit.js';
import { hashPassword, verifyPassword } from '../../platform/crypto.js';
import { HttpError } from '../../platform/errors.js';
import { createSession } from '../../platform/session.js';
import { checkStoredTotp, hashRecoveryCode } from '../../platform/totp.js';
import { clearFailures, countFailure, isLocked } from './throttle.js';
import { findToken, issueToken, markUsed } from './tokens.js';
import { clock } from '../../../shared/clock.js';

const who = (u: { organisation_id: string; id: string; role: string }) => ({
  organisationId: u.organisation_id,
  userId: u.id,
  role: u.role,
});

/**
 * Counts a failed attempt from this address. A locked account answers exactly as a wrong password
 * does (the caller's error), so an answer never tells whether an address has an account.
 */
async function registerFailure(
  db: Kysely<DB>,
  user: { id: string; organisation_id: string; role: string },
  address: string,
  wasLocked: boolean,
) {
  const { locked } = wasLocked ? { locked: true } : await countFailure(db, user, address);
  await writeAudit(db, who(user), [
    {
      action: 'login_failed',
      recordType: 'user',
      recordId: user.id,
      outcome: 'denied',
      detail: wasLocked ? 'while_locked' : locked ? 'locked' : null,
    },
  ]);
}

/** Runs as the owner role: the organisation is not known before the user is found. */
export async function login(db: Kysely<DB>, email: string, password: string, address: string) {
  const user = await db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id',
      'u.organisation_id',
      'u.role',
      'u.status',
      'u.password_hash',
      'u.totp_enabled',
      'o.require_totp',
      'o.suspended_at',
    ])
    .where(({ fn }) => fn('lower', ['u.email']), '=', email.toLowerCase())
    .executeTakeFirst();
  if (user?.status !== 'active') {
    await verifyPassword(null, password);
    throw new HttpError(401, 'invalid_credentials');
  }
  // The password is checked even while locked: the answer takes as long as any other.
  const locked = await isLocked(db, user.id, address);
  const passwordOk = await verifyPassword(user.password_hash, password);
  if (locked || !passwordOk) {
    await registerFailure(db, user, address, locked);
    throw new HttpError(401, 'invalid_credentials');
  }
  await clearFailures(db, user.id, address);
  // Said only to whom knows the password: the operator has suspended the organisation.
  if (user.suspended_at) throw new HttpError(403, 'organisation_suspended');
  const stage: SessionStage = user.totp_enabled ? 'totp' : user.require_totp ? 'totp_setup' : 'full';
  if (stage !== 'totp')
    await db.updateTable('users').set({ last_login_at: clock.now() }).where('id', '=', user.id).execute();
  const session = await createSession(db, user, stage);
  await writeAudit(db, who(user), [
    { action: 'login', recordType: 'user', recordId: user.id, detail: stage === 'totp' ? 'password_ok' : null },
  ]);
  return { ...session, stage };
}

/** Second step: a TOTP code or an unused recovery code. Replaces the session by a new one. */
export async function verifySecondFactor(
  db: Kysely<DB>,
  secrets: SecretBox,
  sessionId: string,
  userId: string,
  code: string,
  address: string,
) {
  const user = await db
    .selectFrom('users')
    .select(['id', 'organisation_id', 'role', 'totp_secret', 'totp_last_step'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  if (await isLocked(db, user.id, address)) {
    await registerFailure(db, user, address, true);
    throw new HttpError(401, 'invalid_code', { keepChanges: true });
  }
  let ok = false;
  const step = checkStoredTotp(secrets, user.totp_secret, code, user.totp_last_step);
  if (step !== null) {
    await db.updateTable('users').set({ totp_last_step: step }).where('id', '=', user.id).execute();
    ok = true;
  } else {
    const used = await db
      .updateTable('recovery_codes')
      .set({ used_at: clock.now() })
      .where('user_id', '=', user.id)
      .where('code_hash', '=', hashRecoveryCode(code))
      .where('used_at', 'is', null)
      .executeTakeFirst();
    ok = used.numUpdatedRows === 1n;
  }
  if (!ok) {
    await registerFailure(db, user, address, false);
    throw new HttpError(401, 'invalid_code', { keepChanges: true });
  }
  await clearFailures(db, user.id, address);
  await db.updateTable('users').set({ last_login_at: clock.now() }).where('id', '=', user.id).execute();
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
  const session = await createSession(db, user, 'full');
  await writeAudit(db, who(user), [
    { action: 'login', recordType: 'user', recordId: user.id, detail: 'second_factor_ok' },
  ]);
  return session;
}

export async function setupNeeded(db: Kysely<DB>) {
  const row = await db
    .selectFrom('organisations')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n) === 0;
}

/** At start-up on an empty installation: a fresh one-time setup link (older ones stop working). */
export async function issueSetupToken(db: Kysely<DB>) {
  await db
    .updateTable('one_time_tokens')
    .set({ used_at: clock.now() })
    .where('purpose', '=', 'setup')
    .where('used_at', 'is', null)
    .execute();
  return issueToken(db, 'setup', { organisationId: null, userId: null, createdBy: null });
}

export async function completeSetup(
  db: Kysely<DB>,
  input: { token: string; organisationName: string; displayName: string; email: string; password: string },
) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const token = await findToken(trx, input.token, 'setup');
    if (!token) throw new HttpError(400, 'link_invalid');
    if (!(await setupNeeded(trx))) throw new HttpError(409, 'setup_done');
    await markUsed(trx, token.id);
    const organisationId = crypto.randomUUID();
    await trx.insertInto('organisations').values({ id: organisationId, name: input.organisationName }).execute();
    const user = { id: crypto.randomUUID(), organisation_id: organisationId, role: 'admin' as const };
    await trx
      .insertInto('users')
      .values({
        ...user,
        email: input.email,
        display_name: input.displayName,
        password_hash: passwordHash,
        status: 'active',
        team_id: null,
        totp_secret: null,
        totp_last_step: null,
        last_login_at: clock.now(),
      })
      .execute();
    await writeAudit(trx, who(user), [{ action: 'setup', recordType: 'organisation', recordId: organisationId }]);
    return createSession(trx, user, 'full');
  });
}

/** Accepting an invitation or a reset link: set the password, activate, sign in. */
export async function acceptLink(
  db: Kysely<DB>,
  purpose: 'invitation' | 'reset',
  tokenValue: string,
  password: string,
) {
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const token = await findToken(trx, tokenValue, purpose);
    if (!token?.user_id) throw new HttpError(400, 'link_invalid');
    const user = await trx
      .selectFrom('users')
      .select(['id', 'organisation_id', 'role', 'status', 'totp_enabled'])
      .where('id', '=', token.user_id)
      .executeTakeFirst();
    if (!user || user.status === 'deactivated') throw new HttpError(400, 'link_invalid');
    await markUsed(trx, token.id);
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, status: 'active' })
      .where('id', '=', user.id)
      .execute();
    // A new password proves who it is: earlier failures, from any address, no longer count.
    await trx.deleteFrom('login_failures').where('user_id', '=', user.id).execute();
    // A reset ends every existing session: whoever knew the old password is signed out.
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
    const org = await trx
      .selectFrom('organisations')
      .select('require_totp')
      .where('id', '=', user.organisation_id)
      .executeTakeFirstOrThrow();
    const stage: SessionStage = user.totp_enabled ? 'totp' : org.require_totp ? 'totp_setup' : 'full';
    await writeAudit(trx, who(user), [
      {
        action: 'update',
        recordType: 'user',
        recordId: user.id,
        detail: purpose === 'reset' ? 'password_reset' : 'invitation_accepted',
      },
    ]);
    return { ...(await createSession(trx, user, stage)), stage };
  });
}

export async function describeLink(db: Kysely<DB>, purpose: 'invitation' | 'reset', tokenValue: string) {
  const token = await findToken(db, tokenValue, purpose);
  if (!token?.user_id) throw new HttpError(400, 'link_invalid');
  const row = await db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.email', 'u.display_name', 'u.status', 'o.name as organisation_name'])
    .where('u.id', '=', token.user_id)
    .executeTakeFirst();
  if (!row || row.status === 'deactivated') throw new HttpError(400, 'link_invalid');
  return { email: row.email, displayName: row.display_name, organisationName: row.organisation_name };
}
