import { idParams, inviteSchema, updateUserSchema } from '../../../shared/schemas.js';
import { HttpError, isUniqueViolation, notFound } from '../../platform/errors.js';
import { assignableRoles } from '../../platform/policy.js';
import { defineRoute, type Ctx, type RouteDef } from '../../platform/route.js';
import { requireOwnTeam } from './teams.js';
import { issueToken, linkFor } from './tokens.js';
import { clock } from '../../../shared/clock.js';

async function loadUser(ctx: Ctx, id: string) {
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'role', 'status', 'email'])
    .where('id', '=', id)
    .where('organisation_id', '=', ctx.actor.organisationId)
    .executeTakeFirst();
  if (!user) throw notFound();
  return user;
}

async function activeAdminCount(ctx: Ctx) {
  const row = await ctx.db
    .selectFrom('users')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .where('organisation_id', '=', ctx.actor.organisationId)
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A new one-time link for a user: an invitation while invited, a password reset while active. */
export function linkRoute(
  path: string,
  purpose: 'invitation' | 'reset',
  requiredStatus: 'invited' | 'active',
  detail: string,
) {
  return defineRoute({
    method: 'POST',
    url: `/api/users/:id/${path}`,
    access: 'users.manage',
    params: idParams,
    handler: async (ctx, { params }) => {
      const user = await loadUser(ctx, params.id);
      if (user.status !== requiredStatus)
        throw new HttpError(409, requiredStatus === 'invited' ? 'user_not_invited' : 'bad_request');
      const { token, expiresAt } = await issueToken(ctx.db, purpose, {
        organisationId: ctx.actor.organisationId,
        userId: user.id,
        createdBy: ctx.actor.userId,
      });
      await ctx.audit({ action: 'update', recordType: 'user', recordId: user.id, detail });
      return { link: linkFor(ctx.deps.publicUrl, purpose, token), expiresAt };
    },
  });
}

/** The organisation's accounts. */
export const usersList = defineRoute({
  method: 'GET',
  url: '/api/users',
  access: 'users.manage',
  handler: async (ctx) => {
    const rows = await ctx.db
      .selectFrom('users as u')
      .leftJoin('teams as t', 't.id', 'u.team_id')
      .select([
        'u.id',
        'u.email',
        'u.display_name',
        'u.role',
        'u.status',
        'u.team_id',
        't.name as team_name',
        'u.totp_enabled',
        'u.last_login_at',
        'u.created_at',
      ])
      // Locked from at least one address (D35): the latest lock that still holds.
      .select((eb) =>
        eb
          .selectFrom('login_failures as f')
          .select((f) => f.fn.max('f.locked_until').as('until'))
          .whereRef('f.user_id', '=', 'u.id')
          .where('f.locked_until', '>', clock.now())
          .as('locked_until'),
      )
      .where('u.organisation_id', '=', ctx.actor.organisationId)
      .execute();
    await ctx.audit({ action: 'list', recordType: 'user', detail: `count:${rows.length}` });
    const collator = new Intl.Collator('nl');
    return rows
      .sort((a, b) => collator.compare(a.display_name, b.display_name) || a.id.localeCompare(b.id))
      .map((u) => ({
        id: u.id,
        email: u.email,
        displayName: u.display_name,
        role: u.role,
        status: u.status,
        teamId: u.team_id,
        teamName: u.team_name,
        totpEnabled: u.totp_enabled,
        lockedUntil: u.locked_until,
        lastLoginAt: u.last_login_at,
        createdAt: u.created_at,
      }));
  },
});

// The people a person can be assigned to, for the assignment picker.
export const assignableUsers = defineRoute({
  method: 'GET',
  url: '/api/users/assignable',
  access: 'users.assignable',
  handler: async (ctx) => {
    const rows = await ctx.db
      .selectFrom('users')
      .select(['id', 'display_name', 'role'])
      .where('organisation_id', '=', ctx.actor.organisationId)
      .where('status', '=', 'active')
      .where('role', 'in', [...assignableRoles])
      .execute();
    const collator = new Intl.Collator('nl');
    return rows
      .sort((a, b) => collator.compare(a.display_name, b.display_name) || a.id.localeCompare(b.id))
      .map((u) => ({ id: u.id, displayName: u.display_name, role: u.role }));
  },
});

export const userRoutes: RouteDef[] = [
  usersList,
  defineRoute({
    method: 'POST',
    url: '/api/users/invitations',
    access: 'users.manage',
    body: inviteSchema,
    created: true,
    handler: async (ctx, { body }) => {
      await requireOwnTeam(ctx, body.teamId);
      const id = crypto.randomUUID();
      try {
        await ctx.db
          .insertInto('users')
          .values({
            id,
            organisation_id: ctx.actor.organisationId,
            email: body.email,
            display_name: body.displayName,
            role: body.role,
            team_id: body.teamId ?? null,
            password_hash: null,
            status: 'invited',
            totp_secret: null,
            totp_last_step: null,
            last_login_at: null,
          })
          .execute();
      } catch (error) {
        // E-mail addresses are unique across the installation (a unique index that row-level
        // security does not hide); the answer says "taken", never in which organisation.
        if (isUniqueViolation(error))
          throw new HttpError(409, 'email_taken', { fields: [{ path: 'email', message: '' }] });
        throw error;
      }
      const { token, expiresAt } = await issueToken(ctx.db, 'invitation', {
        organisationId: ctx.actor.organisationId,
        userId: id,
        createdBy: ctx.actor.userId,
      });
      await ctx.audit({ action: 'create', recordType: 'user', recordId: id, detail: `role:${body.role}` });
      return { id, link: linkFor(ctx.deps.publicUrl, 'invitation', token), expiresAt };
    },
  }),
  linkRoute('invitation-link', 'invitation', 'invited', 'invitation_link_renewed'),
  linkRoute('reset-link', 'reset', 'active', 'reset_link_issued'),
  defineRoute({
    method: 'PATCH',
    url: '/api/users/:id',
    access: 'users.manage',
    params: idParams,
    body: updateUserSchema,
    handler: async (ctx, { params, body }) => {
      const user = await loadUser(ctx, params.id);
      await requireOwnTeam(ctx, body.teamId);
      const losesAdmin =
        user.role === 'admin' &&
        user.status === 'active' &&
        ((body.role && body.role !== 'admin') || body.status === 'deactivated');
      if (losesAdmin && user.id === ctx.actor.userId) throw new HttpError(409, 'not_self');
      if (losesAdmin && (await activeAdminCount(ctx)) <= 1) throw new HttpError(409, 'last_admin');
      const changes = {
        ...(body.displayName !== undefined ? { display_name: body.displayName } : {}),
        ...(body.role !== undefined ? { role: body.role } : {}),
        ...(body.teamId !== undefined ? { team_id: body.teamId } : {}),
        ...(body.status !== undefined && user.status !== 'invited' ? { status: body.status } : {}),
      };
      // Activating also unlocks: failed sign-ins from every address no longer count.
      if (body.status === 'active') await ctx.db.deleteFrom('login_failures').where('user_id', '=', user.id).execute();
      if (Object.keys(changes).length === 0) return { ok: true };
      await ctx.db.updateTable('users').set(changes).where('id', '=', user.id).execute();
      // A changed role or a deactivation takes effect at once: end the user's sessions.
      if ((body.role && body.role !== user.role) || body.status === 'deactivated') {
        await ctx.db.deleteFrom('sessions').where('user_id', '=', user.id).execute();
      }
      await ctx.audit({
        action: 'update',
        recordType: 'user',
        recordId: user.id,
        detail: `fields:${Object.keys(body).sort().join(',')}`,
      });
      return { ok: true };
    },
  }),
  assignableUsers,
];
