import { idParams, settingsSchema, teamSchema } from '../../../shared/schemas.js';
import { HttpError, isUniqueViolation, notFound } from '../../platform/errors.js';
import { defineRoute, type RouteDef } from '../../platform/route.js';

/** The organisation's settings. */
export const organisationSettings = defineRoute({
  method: 'GET',
  url: '/api/organisation',
  access: 'settings.manage',
  handler: async (ctx) => {
    const org = await ctx.db
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', ctx.actor.organisationId)
      .executeTakeFirstOrThrow();
    return {
      name: org.name,
      requireTotp: org.require_totp,
      idleTimeoutMinutes: org.idle_timeout_minutes,
      networkModel: org.network_model,
      networkLabels: org.network_labels,
      interviewQuestions: org.interview_questions?.questions ?? null,
      basisWithoutConsent: org.basis_without_consent,
      otherBasisNote: org.other_basis_note,
      contact: org.contact,
      reportThreshold: org.report_threshold,
      socialMapStaleMonths: org.social_map_stale_months,
      shareInRegionalReport: org.share_in_regional_report,
    };
  },
});

// The organisation's teams, by name.
export const teamsList = defineRoute({
  method: 'GET',
  url: '/api/teams',
  access: 'teams.read',
  handler: async (ctx) => {
    const rows = await ctx.db
      .selectFrom('teams')
      .select(['id', 'name'])
      .where('organisation_id', '=', ctx.actor.organisationId)
      .execute();
    const collator = new Intl.Collator('nl');
    return rows.sort((a, b) => collator.compare(a.name, b.name));
  },
});

export const organisationRoutes: RouteDef[] = [
  organisationSettings,
  defineRoute({
    method: 'PATCH',
    url: '/api/organisation',
    access: 'settings.manage',
    body: settingsSchema,
    handler: async (ctx, { body }) => {
      const changes = {
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.requireTotp !== undefined ? { require_totp: body.requireTotp } : {}),
        ...(body.idleTimeoutMinutes !== undefined ? { idle_timeout_minutes: body.idleTimeoutMinutes } : {}),
        ...(body.networkModel !== undefined ? { network_model: body.networkModel } : {}),
        ...(body.basisWithoutConsent !== undefined ? { basis_without_consent: body.basisWithoutConsent } : {}),
        ...(body.otherBasisNote !== undefined ? { other_basis_note: body.otherBasisNote } : {}),
        ...(body.contact !== undefined ? { contact: body.contact } : {}),
        ...(body.reportThreshold !== undefined ? { report_threshold: body.reportThreshold } : {}),
        ...(body.socialMapStaleMonths !== undefined ? { social_map_stale_months: body.socialMapStaleMonths } : {}),
        ...(body.shareInRegionalReport !== undefined ? { share_in_regional_report: body.shareInRegionalReport } : {}),
        ...(body.interviewQuestions !== undefined
          ? {
              interview_questions: body.interviewQuestions
                ? JSON.stringify({ questions: body.interviewQuestions })
                : null,
            }
          : {}),
        ...(body.networkLabels !== undefined
          ? {
              network_labels: JSON.stringify(
                Object.fromEntries(Object.entries(body.networkLabels).filter(([, v]) => v !== '')),
              ),
            }
          : {}),
      };
      if (Object.keys(changes).length === 0) return { ok: true };
      await ctx.db.updateTable('organisations').set(changes).where('id', '=', ctx.actor.organisationId).execute();
      await ctx.audit({
        action: 'update',
        recordType: 'organisation',
        recordId: ctx.actor.organisationId,
        detail: `fields:${Object.keys(body).sort().join(',')}`,
      });
      return { ok: true };
    },
  }),
  teamsList,
  defineRoute({
    method: 'POST',
    url: '/api/teams',
    access: 'teams.manage',
    body: teamSchema,
    created: true,
    handler: async (ctx, { body }) => {
      const id = crypto.randomUUID();
      try {
        await ctx.db
          .insertInto('teams')
          .values({ id, organisation_id: ctx.actor.organisationId, name: body.name })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error))
          throw new HttpError(409, 'team_taken', { fields: [{ path: 'name', message: '' }] });
        throw error;
      }
      await ctx.audit({ action: 'create', recordType: 'team', recordId: id });
      return { id, name: body.name };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/teams/:id',
    access: 'teams.manage',
    params: idParams,
    body: teamSchema,
    handler: async (ctx, { params, body }) => {
      try {
        const result = await ctx.db
          .updateTable('teams')
          .set({ name: body.name })
          .where('id', '=', params.id)
          .where('organisation_id', '=', ctx.actor.organisationId)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) throw notFound();
      } catch (error) {
        if (isUniqueViolation(error))
          throw new HttpError(409, 'team_taken', { fields: [{ path: 'name', message: '' }] });
        throw error;
      }
      await ctx.audit({ action: 'update', recordType: 'team', recordId: params.id });
      return { ok: true };
    },
  }),
];
