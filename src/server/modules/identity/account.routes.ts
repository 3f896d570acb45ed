import { changePasswordSchema, localeSchema, totpCodeSchema } from '../../../shared/schemas.js';
import { hashPassword, verifyPassword } from '../../platform/crypto.js';
import { HttpError } from '../../platform/errors.js';
import { defineRoute, type RouteDef } from '../../platform/route.js';
import { createSession, setSessionCookie } from '../../platform/session.js';
import { checkStoredTotp, newRecoveryCodes, newTotpSecret, totpEnrolment } from '../../platform/totp.js';
import type { Ctx } from '../../platform/route.js';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

async function replaceRecoveryCodes(db: Kysely<DB>, ctx: Ctx) {
  const { codes, hashes } = newRecoveryCodes();
  await db.deleteFrom('recovery_codes').where('user_id', '=', ctx.actor.userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(
      hashes.map((code_hash) => ({
        id: crypto.randomUUID(),
        organisation_id: ctx.actor.organisationId,
        user_id: ctx.actor.userId,
        code_hash,
        used_at: null,
      })),
    )
    .execute();
  return codes;
}

/** Starts two-step verification: a secret and its QR code. */
export const totpStart = defineRoute({
  method: 'POST',
  url: '/api/account/totp/start',
  access: 'enrolment',
  handler: async (ctx) => {
    const user = await ctx.db
      .selectFrom('users')
      .select(['email', 'totp_enabled'])
      .where('id', '=', ctx.actor.userId)
      .executeTakeFirstOrThrow();
    if (user.totp_enabled) throw new HttpError(409, 'bad_request');
    const secret = newTotpSecret();
    await ctx.db
      .updateTable('users')
      .set({ totp_secret: ctx.deps.secrets.seal(secret), totp_last_step: null })
      .where('id', '=', ctx.actor.userId)
      .execute();
    return totpEnrolment(secret, user.email);
  },
});

// The first code from the new app switches two-step verification on and answers the recovery codes.
export const totpConfirm = defineRoute({
  method: 'POST',
  url: '/api/account/totp/confirm',
  access: 'enrolment',
  authLimited: true,
  body: totpCodeSchema,
  handler: async (ctx, { body }) => {
    const user = await ctx.db
      .selectFrom('users')
      .select(['totp_secret', 'totp_enabled', 'totp_last_step'])
      .where('id', '=', ctx.actor.userId)
      .executeTakeFirstOrThrow();
    if (!user.totp_secret || user.totp_enabled) throw new HttpError(409, 'totp_not_started');
    const step = checkStoredTotp(ctx.deps.secrets, user.totp_secret, body.code, user.totp_last_step);
    if (step === null) throw new HttpError(400, 'invalid_code', { fields: [{ path: 'code', message: '' }] });
    await ctx.db
      .updateTable('users')
      .set({ totp_enabled: true, totp_last_step: step })
      .where('id', '=', ctx.actor.userId)
      .execute();
    const codes = await replaceRecoveryCodes(ctx.db, ctx);
    await ctx.audit({ action: 'update', recordType: 'user', recordId: ctx.actor.userId, detail: 'totp_enabled' });
    // Other sessions were made with one factor only: end them. This one becomes a full session.
    await ctx.db.deleteFrom('sessions').where('user_id', '=', ctx.actor.userId).execute();
    const session = await createSession(
      ctx.db,
      { id: ctx.actor.userId, organisation_id: ctx.actor.organisationId },
      'full',
    );
    setSessionCookie(ctx.reply, session.token);
    return { recoveryCodes: codes };
  },
});

export const accountRoutes: RouteDef[] = [
  defineRoute({
    method: 'POST',
    url: '/api/account/locale',
    access: 'any_stage',
    body: localeSchema,
    handler: async (ctx, { body }) => {
      await ctx.db.updateTable('users').set({ locale: body.locale }).where('id', '=', ctx.actor.userId).execute();
      return { locale: body.locale };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/account/password',
    access: 'signed_in',
    authLimited: true,
    body: changePasswordSchema,
    handler: async (ctx, { body }) => {
      const user = await ctx.db
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', ctx.actor.userId)
        .executeTakeFirstOrThrow();
      if (!(await verifyPassword(user.password_hash, body.currentPassword)))
        throw new HttpError(400, 'wrong_password', { fields: [{ path: 'currentPassword', message: '' }] });
      await ctx.db
        .updateTable('users')
        .set({ password_hash: await hashPassword(body.newPassword) })
        .where('id', '=', ctx.actor.userId)
        .execute();
      // Other devices are signed out; this one continues.
      await ctx.db
        .deleteFrom('sessions')
        .where('user_id', '=', ctx.actor.userId)
        .where('id', '<>', ctx.session.id)
        .execute();
      await ctx.audit({ action: 'update', recordType: 'user', recordId: ctx.actor.userId, detail: 'password_changed' });
      return { ok: true };
    },
  }),
  totpStart,
  totpConfirm,
  defineRoute({
    method: 'POST',
    url: '/api/account/totp/disable',
    access: 'signed_in',
    authLimited: true,
    body: totpCodeSchema,
    handler: async (ctx, { body }) => {
      const user = await ctx.db
        .selectFrom('users as u')
        .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
        .select(['u.totp_secret', 'u.totp_enabled', 'u.totp_last_step', 'o.require_totp'])
        .where('u.id', '=', ctx.actor.userId)
        .executeTakeFirstOrThrow();
      if (user.require_totp) throw new HttpError(409, 'totp_required_by_org');
      if (
        !user.totp_enabled ||
        checkStoredTotp(ctx.deps.secrets, user.totp_secret, body.code, user.totp_last_step) === null
      ) {
        throw new HttpError(400, 'invalid_code', { fields: [{ path: 'code', message: '' }] });
      }
      await ctx.db
        .updateTable('users')
        .set({ totp_enabled: false, totp_secret: null, totp_last_step: null })
        .where('id', '=', ctx.actor.userId)
        .execute();
      await ctx.db.deleteFrom('recovery_codes').where('user_id', '=', ctx.actor.userId).execute();
      await ctx.audit({ action: 'update', recordType: 'user', recordId: ctx.actor.userId, detail: 'totp_disabled' });
      return { ok: true };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/account/recovery-codes',
    access: 'signed_in',
    authLimited: true,
    body: totpCodeSchema,
    handler: async (ctx, { body }) => {
      const user = await ctx.db
        .selectFrom('users')
        .select(['totp_secret', 'totp_enabled', 'totp_last_step'])
        .where('id', '=', ctx.actor.userId)
        .executeTakeFirstOrThrow();
      const step = user.totp_enabled
        ? checkStoredTotp(ctx.deps.secrets, user.totp_secret, body.code, user.totp_last_step)
        : null;
      if (step === null) throw new HttpError(400, 'invalid_code', { fields: [{ path: 'code', message: '' }] });
      await ctx.db.updateTable('users').set({ totp_last_step: step }).where('id', '=', ctx.actor.userId).execute();
      const codes = await replaceRecoveryCodes(ctx.db, ctx);
      await ctx.audit({
        action: 'update',
        recordType: 'user',
        recordId: ctx.actor.userId,
        detail: 'recovery_codes_renewed',
      });
      return { recoveryCodes: codes };
    },
  }),
];
