// Evaluation of a group: the group conversation on subgoals a–i, and individual interviews held by
// someone who does not run the group, with a before/after participation score and a summary.
import { interviewsHeldBy, mayHoldInterviews, researchConsentNow } from '../../platform/policy.js';
import type { z } from 'zod';
import type { assignInterviewSchema, groupEvaluationSchema, interviewSchema } from '../../../shared/groups/schemas.js';
import { fieldError, notFound } from '../../platform/errors.js';
import type { Ctx } from '../../platform/route.js';
import { checkInGroupLife, requireGroup } from './repo.js';
import { rowDisplayName } from '../../../shared/names.js';
import { clock } from '../../../shared/clock.js';

export async function saveGroupEvaluation(
  ctx: Ctx,
  groupId: string,
  kind: 'year' | 'end',
  input: z.output<typeof groupEvaluationSchema>,
) {
  const group = await requireGroup(ctx, groupId);
  checkInGroupLife(group, input.heldOn, 'heldOn', clock.today());
  const values = {
    held_on: input.heldOn,
    subgoals: JSON.stringify(input.subgoals),
    what_worked: input.whatWorked ?? null,
    needed_to_continue: input.neededToContinue ?? null,
  };
  await ctx.db
    .insertInto('group_evaluations')
    .values({
      id: crypto.randomUUID(),
      organisation_id: ctx.actor.organisationId,
      group_id: groupId,
      kind,
      created_by: ctx.actor.userId,
      ...values,
    })
    .onConflict((oc) => oc.columns(['group_id', 'kind']).doUpdateSet(values))
    .execute();
  await ctx.audit({ action: 'update', recordType: 'group_evaluation', recordId: groupId, detail: kind });
  return { ok: true };
}

export async function assignInterview(ctx: Ctx, groupId: string, input: z.output<typeof assignInterviewSchema>) {
  await requireGroup(ctx, groupId);
  const participant = await ctx.db
    .selectFrom('group_participants')
    .select(['id', 'person_id'])
    .where('id', '=', input.participantId)
    .where('group_id', '=', groupId)
    .executeTakeFirst();
  if (!participant) throw fieldError('not_in_group', 'participantId');
  const consents = await ctx.db
    .selectFrom('group_participants as gp')
    .select(researchConsentNow('gp.id').as('ok'))
    .where('gp.id', '=', participant.id)
    .executeTakeFirstOrThrow();
  if (!consents.ok) throw fieldError('no_research_consent', 'participantId');
  const evaluator = await ctx.db
    .selectFrom('users')
    .select(['id', 'role'])
    .where('id', '=', input.evaluatorId)
    .where('organisation_id', '=', ctx.actor.organisationId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!evaluator || !mayHoldInterviews(evaluator.role)) throw fieldError('interviewer_role', 'evaluatorId');
  // Someone who runs the group hears different answers; allowed, but the worker is warned.
  const runsGroup = await ctx.db
    .selectFrom('group_workers')
    .select('user_id')
    .where('group_id', '=', groupId)
    .where('user_id', '=', input.evaluatorId)
    .executeTakeFirst();
  const id = crypto.randomUUID();
  await ctx.db
    .insertInto('evaluation_interviews')
    .values({
      id,
      organisation_id: ctx.actor.organisationId,
      group_id: groupId,
      participant_id: input.participantId,
      evaluator_id: input.evaluatorId,
      planned_on: input.plannedOn ?? null,
      held_on: null,
      score_now: null,
      score_before: null,
      answers: JSON.stringify({ answers: [] }),
      report: null,
      themes: [],
      member_check_agreed: null,
      member_check_on: null,
      created_by: ctx.actor.userId,
    })
    .execute();
  await ctx.audit({
    action: 'create',
    recordType: 'evaluation_interview',
    recordId: id,
    personId: participant.person_id,
  });
  return { id, warnings: runsGroup ? ['evaluator_runs_group'] : [] };
}

/** For the group's workers: the interviews, without their content, plus the summary across them. */
export async function groupInterviews(ctx: Ctx, groupId: string) {
  await requireGroup(ctx, groupId);
  const rows = await ctx.db
    .selectFrom('evaluation_interviews as i')
    .innerJoin('group_participants as gp', 'gp.id', 'i.participant_id')
    .innerJoin('persons as p', 'p.id', 'gp.person_id')
    .innerJoin('users as u', 'u.id', 'i.evaluator_id')
    .select([
      'i.id',
      'i.planned_on',
      'i.held_on',
      'i.score_now',
      'i.score_before',
      'i.themes',
      'i.member_check_agreed',
      'i.evaluator_id',
      'u.display_name as evaluator',
      'p.first_name',
      'p.last_name',
      'gp.person_id',
    ])
    .where('i.group_id', '=', groupId)
    .where(researchConsentNow('i.participant_id'))
    .orderBy('i.created_at')
    .orderBy('i.id')
    .execute();
  const workers = new Set(
    (await ctx.db.selectFrom('group_workers').select('user_id').where('group_id', '=', groupId).execute()).map(
      (w) => w.user_id,
    ),
  );
  await ctx.audit(
    ...rows.map((r) => ({
      action: 'list' as const,
      recordType: 'evaluation_interview',
      recordId: r.id,
      personId: r.person_id,
    })),
  );
  const held = rows.filter((r) => r.score_now !== null && r.score_before !== null);
  const themes = new Map<string, number>();
  for (const r of rows)
    for (const t of r.themes) themes.set(t.toLocaleLowerCase('nl'), (themes.get(t.toLocaleLowerCase('nl')) ?? 0) + 1);
  const mean = (xs: number[]) =>
    xs.length === 0 ? null : Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;
  return {
    interviews: rows.map((r) => ({
      id: r.id,
      name: rowDisplayName(r),
      evaluator: r.evaluator,
      evaluatorRunsGroup: workers.has(r.evaluator_id),
      plannedOn: r.planned_on,
      heldOn: r.held_on,
      scoreBefore: r.score_before,
      scoreNow: r.score_now,
      memberCheckAgreed: r.member_check_agreed,
    })),
    summary: {
      held: held.length,
      meanBefore: mean(held.map((r) => r.score_before!)),
      meanNow: mean(held.map((r) => r.score_now!)),
      themes: [...themes]
        .map(([theme, count]) => ({ theme, count }))
        .sort((a, b) => b.count - a.count || a.theme.localeCompare(b.theme)),
    },
  };
}

async function requireInterview(ctx: Ctx, id: string) {
  const i = await ctx.db
    .selectFrom('evaluation_interviews as i')
    .innerJoin('group_participants as gp', 'gp.id', 'i.participant_id')
    .innerJoin('persons as p', 'p.id', 'gp.person_id')
    .innerJoin('support_groups as g', 'g.id', 'i.group_id')
    .selectAll('i')
    .select(['p.first_name', 'p.last_name', 'gp.person_id', 'g.name as group_name', 'g.started_on', 'g.ended_on'])
    .where('i.id', '=', id)
    .where('i.organisation_id', '=', ctx.actor.organisationId)
    .where(interviewsHeldBy(ctx.actor))
    .executeTakeFirst();
  if (!i) throw notFound([{ action: 'read', recordType: 'evaluation_interview', recordId: id, outcome: 'denied' }]);
  return i;
}

export async function myInterviews(ctx: Ctx) {
  const rows = await ctx.db
    .selectFrom('evaluation_interviews as i')
    .innerJoin('group_participants as gp', 'gp.id', 'i.participant_id')
    .innerJoin('persons as p', 'p.id', 'gp.person_id')
    .innerJoin('support_groups as g', 'g.id', 'i.group_id')
    .select([
      'i.id',
      'i.planned_on',
      'i.held_on',
      'i.member_check_agreed',
      'p.first_name',
      'p.last_name',
      'gp.person_id',
      'g.name as group_name',
    ])
    .where('i.organisation_id', '=', ctx.actor.organisationId)
    .where(interviewsHeldBy(ctx.actor))
    .orderBy('i.planned_on')
    .orderBy('i.created_at')
    .orderBy('i.id')
    .execute();
  await ctx.audit(
    ...rows.map((r) => ({
      action: 'list' as const,
      recordType: 'evaluation_interview',
      recordId: r.id,
      personId: r.person_id,
    })),
  );
  return rows.map((r) => ({
    id: r.id,
    name: rowDisplayName(r),
    groupName: r.group_name,
    plannedOn: r.planned_on,
    heldOn: r.held_on,
    memberCheckAgreed: r.member_check_agreed,
  }));
}

export async function getInterview(ctx: Ctx, id: string) {
  const i = await requireInterview(ctx, id);
  const org = await ctx.db
    .selectFrom('organisations')
    .select('interview_questions')
    .where('id', '=', ctx.actor.organisationId)
    .executeTakeFirstOrThrow();
  await ctx.audit({ action: 'read', recordType: 'evaluation_interview', recordId: id, personId: i.person_id });
  return {
    id: i.id,
    name: rowDisplayName(i),
    groupName: i.group_name,
    plannedOn: i.planned_on,
    heldOn: i.held_on,
    scoreNow: i.score_now,
    scoreBefore: i.score_before,
    answers: i.answers.answers,
    report: i.report,
    themes: i.themes,
    memberCheckAgreed: i.member_check_agreed,
    memberCheckOn: i.member_check_on,
    questions: org.interview_questions?.questions ?? null,
  };
}

export async function saveInterview(ctx: Ctx, id: string, input: z.output<typeof interviewSchema>) {
  const i = await requireInterview(ctx, id);
  const today = clock.today();
  if (input.heldOn) checkInGroupLife({ started_on: i.started_on, ended_on: null }, input.heldOn, 'heldOn', today);
  if (input.memberCheckOn && input.memberCheckOn > today) throw fieldError('date_in_future', 'memberCheckOn');
  if (input.memberCheckOn && input.heldOn && input.memberCheckOn < input.heldOn)
    throw fieldError('member_check_before_interview', 'memberCheckOn');
  await ctx.db
    .updateTable('evaluation_interviews')
    .set({
      held_on: input.heldOn ?? null,
      score_now: input.scoreNow ?? null,
      score_before: input.scoreBefore ?? null,
      answers: JSON.stringify({ answers: input.answers }),
      report: input.report ?? null,
      themes: input.themes,
      member_check_agreed: input.memberCheckAgreed ?? null,
      member_check_on: input.memberCheckOn ?? null,
    })
    .where('id', '=', id)
    .execute();
  await ctx.audit({ action: 'update', recordType: 'evaluation_interview', recordId: id, personId: i.person_id });
  return { ok: true };
}
