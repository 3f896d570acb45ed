// The admin's side of retention: the rules as a draft, the dry run, and the approval that lets
// the job apply them (modules/privacy/retention.ts).
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { clock } from '../../../shared/clock.js';
import { retentionHorizonDays } from '../../../shared/privacy/model.js';
import type { retentionPolicySchema } from '../../../shared/privacy/schemas.js';
import { HttpError } from '../../platform/errors.js';
import type { Ctx } from '../../platform/route.js';
import { dryRunUntil, retentionItems, rulesOf } from './retention.js';

type PolicyInput = z.output<typeof retentionPolicySchema>;

function policies(ctx: Ctx) {
  return ctx.db
    .selectFrom('retention_policies as r')
    .leftJoin('users as c', 'c.id', 'r.created_by')
    .leftJoin('users as a', 'a.id', 'r.approved_by')
    .where('r.organisation_id', '=', ctx.actor.organisationId)
    .select([
      'r.id',
      'r.inactive_person_years',
      'r.closed_trajectory_years',
      'r.left_participant_years',
      'r.audit_years',
      'r.created_at',
      'c.display_name as created_by',
      'r.approved_at',
      'a.display_name as approved_by',
    ]);
}
type PolicyRow = Awaited<ReturnType<ReturnType<typeof policies>['execute']>>[number];
const toView = (r: PolicyRow) => ({
  id: r.id,
  rules: rulesOf(r),
  createdAt: r.created_at,
  createdBy: r.created_by,
  approvedAt: r.approved_at,
  approvedBy: r.approved_by,
});

/** The approved rules, and a newer draft waiting for approval (if any). */
export async function retentionOverview(ctx: Ctx) {
  const [approved, latest] = await Promise.all([
    policies(ctx)
      .where('r.approved_at', 'is not', null)
      .orderBy('r.approved_at', 'desc')
      .orderBy('r.id')
      .limit(1)
      .executeTakeFirst(),
    policies(ctx).orderBy('r.created_at', 'desc').orderBy('r.id').limit(1).executeTakeFirst(),
  ]);
  const draft = latest && latest.approved_at === null ? latest : null;
  return { approved: approved ? toView(approved) : null, draft: draft ? toView(draft) : null };
}

/** Saves the rules as a draft: nothing happens until the admin has seen the dry run and approves. */
export async function saveRetentionDraft(ctx: Ctx, rules: PolicyInput) {
  const id = randomUUID();
  await ctx.db
    .insertInto('retention_policies')
    .values({
      id,
      organisation_id: ctx.actor.organisationId,
      inactive_person_years: rules.inactivePersonYears,
      closed_trajectory_years: rules.closedTrajectoryYears,
      left_participant_years: rules.leftParticipantYears,
      audit_years: rules.auditYears,
      created_at: clock.now(),
      created_by: ctx.actor.userId,
    })
    .execute();
  await ctx.audit({ action: 'create', recordType: 'retention_policy', recordId: id });
  return retentionOverview(ctx);
}

/** Approves the draft: from now on the retention job applies these rules. */
export async function approveRetentionDraft(ctx: Ctx) {
  const { draft } = await retentionOverview(ctx);
  if (!draft) throw new HttpError(409, 'no_retention_draft');
  await ctx.db
    .updateTable('retention_policies')
    .set({ approved_at: clock.now(), approved_by: ctx.actor.userId })
    .where('organisation_id', '=', ctx.actor.organisationId)
    .where('id', '=', draft.id)
    .execute();
  await ctx.audit({ action: 'update', recordType: 'retention_policy', recordId: draft.id, detail: 'approved' });
  return retentionOverview(ctx);
}

/**
 * The dry run: every record the draft (or else the approved rules) will touch from today up to
 * the horizon, and on which day. The names shown are audited, each with its person.
 */
export async function retentionDryRun(ctx: Ctx) {
  const { approved, draft } = await retentionOverview(ctx);
  const shown = draft ?? approved;
  const until = dryRunUntil(retentionHorizonDays);
  if (!shown) return { of: null, until, items: [] };
  const items = await retentionItems(
    ctx.db,
    ctx.actor.organisationId,
    {
      inactive_person_years: shown.rules.inactivePersonYears,
      closed_trajectory_years: shown.rules.closedTrajectoryYears,
      left_participant_years: shown.rules.leftParticipantYears,
      audit_years: shown.rules.auditYears,
    },
    until,
  );
  await ctx.audit(
    { action: 'read', recordType: 'retention_policy', recordId: shown.id, detail: 'dry_run' },
    ...items.flatMap((i) =>
      i.personId
        ? [
            {
              action: 'list' as const,
              recordType: 'person',
              recordId: i.personId,
              personId: i.personId,
              detail: `retention:${i.rule}`,
            },
          ]
        : [],
    ),
  );
  return { of: draft ? ('draft' as const) : ('approved' as const), until, items };
}
