import { acceptSchema, loginSchema, setupSchema, tokenSchema, totpCodeSchema } from '../../../shared/schemas.js';
import { clearSessionCookie, setSessionCookie } from '../../platform/session.js';
import { defineRoute, type RouteDef } from '../../platform/route.js';
import { acceptLink, completeSetup, describeLink, login, setupNeeded, verifySecondFactor } from './auth.service.js';
import { sessionView } from './session.view.js';
import type { SignInStep } from './answers.js';

/** Inspecting and accepting a one-time link: the same for invitations and password resets. */
function linkRoutes(purpose: 'invitation' | 'reset'): RouteDef[] {
  return [
    defineRoute({
      method: 'POST',
      url: `/api/auth/${purpose}/inspect`,
      access: 'public',
      authLimited: true,
      body: tokenSchema,
      handler: async (ctx, { body }) => describeLink(ctx.db, purpose, body.token),
    }),
    defineRoute({
      method: 'POST',
      url: `/api/auth/${purpose}/accept`,
      access: 'public',
      authLimited: true,
      body: acceptSchema,
      handler: async (ctx, { body }) => {
        const session = await acceptLink(ctx.db, purpose, body.token, body.password);
        setSessionCookie(ctx.reply, session.token);
        return { stage: session.stage } satisfies SignInStep;
      },
    }),
  ];
}

export const authRoutes: RouteDef[] = [
  defineRoute({
    method: 'GET',
    url: '/api/setup/status',
    access: 'public',
    handler: async (ctx) => ({ setupNeeded: await setupNeeded(ctx.db) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/setup',
    access: 'public',
    authLimited: true,
    body: setupSchema,
    handler: async (ctx, { body }) => {
      const session = await completeSetup(ctx.db, body);
      setSessionCookie(ctx.reply, session.token);
      return { stage: 'full' } satisfies SignInStep;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/login',
    access: 'public',
    authLimited: true,
    body: loginSchema,
    handler: async (ctx, { body }) => {
      const session = await login(ctx.db, body.email, body.password, ctx.request.ip);
      setSessionCookie(ctx.reply, session.token);
      return { stage: session.stage } satisfies SignInStep;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/second-factor',
    access: 'any_stage',
    authLimited: true,
    body: totpCodeSchema,
    handler: async (ctx, { body }) => {
      if (ctx.session.stage !== 'totp') return { stage: ctx.session.stage } satisfies SignInStep;
      const session = await verifySecondFactor(
        ctx.db,
        ctx.deps.secrets,
        ctx.session.id,
        ctx.actor.userId,
        body.code,
        ctx.request.ip,
      );
      setSessionCookie(ctx.reply, session.token);
      return { stage: 'full' } satisfies SignInStep;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/auth/session',
    access: 'any_stage',
    handler: async (ctx) => sessionView(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/logout',
    access: 'any_stage',
    handler: async (ctx) => {
      await ctx.db.deleteFrom('sessions').where('id', '=', ctx.session.id).execute();
      await ctx.audit({ action: 'logout', recordType: 'user', recordId: ctx.actor.userId });
      clearSessionCookie(ctx.reply);
      return { ok: true };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/auth/logout-everywhere',
    access: 'signed_in',
    handler: async (ctx) => {
      const result = await ctx.db.deleteFrom('sessions').where('user_id', '=', ctx.actor.userId).executeTakeFirst();
      await ctx.audit({ action: 'logout', recordType: 'user', recordId: ctx.actor.userId, detail: 'everywhere' });
      clearSessionCookie(ctx.reply);
      return { ended: Number(result.numDeletedRows) };
    },
  }),
  ...linkRoutes('invitation'),
  ...linkRoutes('reset'),
];
