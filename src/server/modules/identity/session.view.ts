import { permissionsOf } from '../../platform/policy.js';
import type { Ctx } from '../../platform/route.js';

/** What the browser needs to know about the signed-in user, including the CSRF token. */
export async function sessionView(ctx: Ctx) {
  const user = await ctx.db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin('teams as t', 't.id', 'u.team_id')
    .select([
      'u.id',
      'u.email',
      'u.display_name',
      'u.role',
      'u.locale',
      'u.totp_enabled',
      'o.name as organisation_name',
      'o.require_totp',
      'o.network_labels',
      'o.contact',
      't.name as team_name',
    ])
    .where('u.id', '=', ctx.actor.userId)
    .executeTakeFirstOrThrow();
  return {
    stage: ctx.session.stage,
    csrfToken: ctx.session.csrfToken,
    user: {
      id: user.id,
      email: user.email,
      displayName: user.display_name,
      role: user.role,
      locale: user.locale,
      totpEnabled: user.totp_enabled,
      teamName: user.team_name,
    },
    organisation: {
      name: user.organisation_name,
      requireTotp: user.require_totp,
      networkLabels: user.network_labels,
      contact: user.contact,
    },
    permissions: ctx.session.stage === 'full' ? permissionsOf(user.role) : [],
  };
}
