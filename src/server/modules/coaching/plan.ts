// The ten-step plan, session reports with signals, and evaluations.
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { SessionReportTable } from '../../db/schema.js';
import { stepOf, worksheetSchema } from '../../../shared/coaching/steps.js';
import type {
  evaluationSchema,
  handleSignalSchema,
  reportSchema,
  stepSchema,
} from '../../../shared/coaching/schemas.js';
import { fieldError, HttpError, notFound } from '../../platform/errors.js';
import { coachKnowsClient, mayChangeReport } from '../../platform/policy.js';
import { type Ctx, validationErrors } from '../../platform/route.js';
import { requireBasis } from '../people/basis.js';
import { activeMatchOf, coachOfActor, requireTrajectory } from './repo.js';
import { clock } from '../../../shared/clock.js';

export async function saveStep(ctx: Ctx, trajectoryId: string, step: number, input: z.output<typeof stepSchema>) {
  const t = await requireTrajectory(ctx, trajectoryId);
  if (!stepOf(step)) throw notFound();
  const parsed = worksheetSchema(step).safeParse(input.worksheet, { error: validationErrors(ctx.locale) });
  if (!parsed.success) {
    throw new HttpError(400, 'validation', {
      fields: parsed.error.issues.map((i) => ({
        path: ['worksheet', ...i.path].join('.'),
        message: i.code === 'unrecognized_keys' ? 'step_unknown_field' : i.message,
      })),
    });
  }
  const worksheet = JSON.stringify(parsed.data);
  // Two people on one step (coach and coordinator): a stale version is a conflict, never an overwrite.
  let version: number;
  if (input.version === 0) {
    const row = await ctx.db
      .insertInto('trajectory_steps')
      .values({
        organisation_id: ctx.actor.organisationId,
        trajectory_id: trajectoryId,
        step,
        status: input.status,
        worksheet,
        updated_by: ctx.actor.userId,
        updated_at: clock.now(),
      })
      .onConflict((oc) => oc.doNothing())
      .returning('version')
      .executeTakeFirst();
    if (!row) throw new HttpError(409, 'step_conflict');
    version = row.version;
  } else {
    const row = await ctx.db
      .updateTable('trajectory_steps')
      .set((eb) => ({
        status: input.status,
        worksheet,
        version: eb('version', '+', 1),
        updated_by: ctx.actor.userId,
        updated_at: clock.now(),
      }))
      .where('trajectory_id', '=', trajectoryId)
      .where('step', '=', step)
      .where('version', '=', input.version)
      .returning('version')
      .executeTakeFirst();
    if (!row) throw new HttpError(409, 'step_conflict');
    version = row.version;
  }
  await ctx.audit({
    action: 'update',
    recordType: 'trajectory_step',
    recordId: trajectoryId,
    personId: t.person_id,
    detail: `step:${step}:${input.status}`,
  });
  return { version };
}

/** What every report must satisfy against its match, new or corrected. */
function checkReport(input: z.output<typeof reportSchema>, matchStartedOn: string | null) {
  if (input.metOn > clock.today()) throw fieldError('date_in_future', 'metOn');
  if (matchStartedOn && input.metOn < matchStartedOn) throw fieldError('date_before_match', 'metOn');
  if (input.signal === 'other' && !input.signalNote) throw fieldError('signal_note_needed', 'signalNote');
}

const reportColumns = (input: z.output<typeof reportSchema>) => ({
  met_on: input.metOn,
  duration_minutes: input.durationMinutes,
  place: input.place ?? null,
  steps: [...new Set(input.steps)].sort((a, b) => a - b),
  summary: input.summary,
  agreements: input.agreements ?? null,
  hours: input.hours,
  expenses_cents: input.expensesCents,
  signal: input.signal ?? null,
  signal_note: input.signal ? (input.signalNote ?? null) : null,
});

export async function addReport(ctx: Ctx, trajectoryId: string, input: z.output<typeof reportSchema>) {
  const t = await requireTrajectory(ctx, trajectoryId);
  const match = await activeMatchOf(ctx.db, trajectoryId);
  if (!match) throw new HttpError(409, 'no_active_match');
  await requireBasis(ctx, t.person_id, 'coaching');
  checkReport(input, match.started_on);
  const id = crypto.randomUUID();
  await ctx.db
    .insertInto('session_reports')
    .values({
      id,
      organisation_id: ctx.actor.organisationId,
      trajectory_id: trajectoryId,
      match_id: match.id,
      author_id: ctx.actor.userId,
      ...reportColumns(input),
      // From the one clock, not the database's: the correction period is counted from it.
      created_at: clock.now(),
    })
    .execute();
  await ctx.audit({
    action: 'create',
    recordType: 'session_report',
    recordId: id,
    personId: t.person_id,
    detail: input.signal ? `signal:${input.signal}` : null,
  });
  return { id };
}

/** A report its author or a coordinator may still change (policy.mayChangeReport); else 404. */
async function changeableReport(ctx: Ctx, reportId: string) {
  const r = await ctx.db
    .selectFrom('session_reports as r')
    .innerJoin('coach_matches as m', 'm.id', 'r.match_id')
    .innerJoin('trajectories as t', 't.id', 'r.trajectory_id')
    .selectAll('r')
    .select(['m.started_on as match_started_on', 't.person_id'])
    .where('r.id', '=', reportId)
    .where('r.organisation_id', '=', ctx.actor.organisationId)
    .where('r.removed_at', 'is', null)
    .executeTakeFirst();
  const mayChange = r && mayChangeReport(ctx.actor, { authorId: r.author_id, createdAt: r.created_at }, clock.now());
  if (!r || !mayChange)
    throw notFound([{ action: 'update', recordType: 'session_report', recordId: reportId, outcome: 'denied' }]);
  return r;
}

type ReportRow = Pick<
  Selectable<SessionReportTable>,
  | 'met_on'
  | 'duration_minutes'
  | 'place'
  | 'steps'
  | 'summary'
  | 'agreements'
  | 'hours'
  | 'expenses_cents'
  | 'signal'
  | 'signal_note'
  | 'signal_handled_on'
  | 'signal_response'
>;

/** A report's content as the API shows it: in a trajectory, in a coach's own list, in the history. */
export const reportContent = (r: ReportRow) => ({
  metOn: r.met_on,
  durationMinutes: r.duration_minutes,
  place: r.place,
  steps: r.steps,
  summary: r.summary,
  agreements: r.agreements,
  hours: Number(r.hours),
  expensesCents: r.expenses_cents,
  signal: r.signal,
  signalNote: r.signal_note,
  signalHandledOn: r.signal_handled_on,
  signalResponse: r.signal_response,
});

/** The report as it was, kept in the history before a correction or removal. */
const asPrevious = (r: ReportRow) => JSON.stringify(reportContent(r));

async function keepHistory(
  ctx: Ctx,
  r: Awaited<ReturnType<typeof changeableReport>>,
  action: 'corrected' | 'removed',
  reason: string | null,
) {
  await ctx.db
    .insertInto('session_report_history')
    .values({
      id: crypto.randomUUID(),
      organisation_id: ctx.actor.organisationId,
      report_id: r.id,
      action,
      previous: asPrevious(r),
      reason,
      changed_by: ctx.actor.userId,
      changed_at: clock.now(),
    })
    .execute();
}

export async function correctReport(ctx: Ctx, reportId: string, input: z.output<typeof reportSchema>) {
  const r = await changeableReport(ctx, reportId);
  checkReport(input, r.match_started_on);
  await keepHistory(ctx, r, 'corrected', null);
  await ctx.db
    .updateTable('session_reports')
    .set({ ...reportColumns(input), updated_at: clock.now() })
    .where('id', '=', r.id)
    .execute();
  await ctx.audit({ action: 'update', recordType: 'session_report', recordId: r.id, personId: r.person_id });
  return { ok: true };
}

/** Removed, not deleted: it no longer counts in hours or lists, and the history keeps it. */
export async function removeReport(ctx: Ctx, reportId: string, reason: string) {
  const r = await changeableReport(ctx, reportId);
  await keepHistory(ctx, r, 'removed', reason);
  await ctx.db
    .updateTable('session_reports')
    .set({ removed_at: clock.now(), removed_by: ctx.actor.userId, removal_reason: reason })
    .where('id', '=', r.id)
    .execute();
  await ctx.audit({
    action: 'delete',
    recordType: 'session_report',
    recordId: r.id,
    personId: r.person_id,
    detail: 'removed',
  });
  return { ok: true };
}

/** A coach's own reports, also after the match ended; no client names once the match is over. */
export async function myReports(ctx: Ctx) {
  const coach = await coachOfActor(ctx.db, ctx.actor);
  const rows = await ctx.db
    .selectFrom('session_reports as r')
    .innerJoin('coach_matches as m', 'm.id', 'r.match_id')
    .innerJoin('trajectories as t', 't.id', 'r.trajectory_id')
    .innerJoin('persons as p', 'p.id', 't.person_id')
    .select([
      'r.id',
      'r.met_on',
      'r.duration_minutes',
      'r.place',
      'r.steps',
      'r.summary',
      'r.agreements',
      'r.hours',
      'r.expenses_cents',
      'r.signal',
      'r.signal_note',
      'r.signal_handled_on',
      'r.signal_response',
      'r.author_id',
      'r.created_at',
      'm.status as match_status',
      'm.id as match_id',
      't.id as trajectory_id',
      't.person_id',
      'p.first_name',
    ])
    .where('r.author_id', '=', ctx.actor.userId)
    .where('r.organisation_id', '=', ctx.actor.organisationId)
    .where('r.removed_at', 'is', null)
    .$if(coach !== undefined, (q) => q.where('m.coach_id', '=', coach!.id))
    .orderBy('r.met_on', 'desc')
    .limit(500)
    .execute();
  await ctx.audit(
    ...rows.map((r) => ({
      action: 'read' as const,
      recordType: 'session_report',
      recordId: r.id,
      personId: r.person_id,
    })),
  );
  return rows.map((r) => ({
    id: r.id,
    matchId: r.match_id,
    matchActive: r.match_status === 'active',
    trajectoryId: r.match_status === 'active' ? r.trajectory_id : null,
    firstName: coachKnowsClient(r.match_status) ? r.first_name : null,
    ...reportContent(r),
    mayChange: mayChangeReport(ctx.actor, { authorId: r.author_id, createdAt: r.created_at }, clock.now()),
  }));
}

export async function handleSignal(ctx: Ctx, reportId: string, input: z.output<typeof handleSignalSchema>) {
  const r = await ctx.db
    .selectFrom('session_reports as r')
    .innerJoin('trajectories as t', 't.id', 'r.trajectory_id')
    .select(['r.id', 'r.signal', 'r.signal_handled_on', 'r.met_on', 't.person_id'])
    .where('r.id', '=', reportId)
    .where('r.organisation_id', '=', ctx.actor.organisationId)
    .executeTakeFirst();
  if (!r?.signal) throw notFound();
  if (r.signal_handled_on) throw new HttpError(409, 'signal_handled');
  if (input.on > clock.today()) throw fieldError('date_in_future', 'on');
  if (input.on < r.met_on) throw fieldError('date_before_match', 'on');
  await ctx.db
    .updateTable('session_reports')
    .set({ signal_handled_on: input.on, signal_handled_by: ctx.actor.userId, signal_response: input.response ?? null })
    .where('id', '=', reportId)
    .execute();
  await ctx.audit({
    action: 'update',
    recordType: 'session_report',
    recordId: reportId,
    personId: r.person_id,
    detail: 'signal_handled',
  });
  return { ok: true };
}

export async function saveEvaluation(
  ctx: Ctx,
  trajectoryId: string,
  kind: 'mid_term' | 'final',
  input: z.output<typeof evaluationSchema>,
) {
  const t = await requireTrajectory(ctx, trajectoryId);
  const first = await ctx.db
    .selectFrom('coach_matches')
    .select('started_on')
    .where('trajectory_id', '=', trajectoryId)
    .where('started_on', 'is not', null)
    .orderBy('started_on')
    .executeTakeFirst();
  if (!first) throw new HttpError(409, 'no_active_match');
  if (input.heldOn > clock.today()) throw fieldError('date_in_future', 'heldOn');
  if (input.heldOn < first.started_on!) throw fieldError('date_before_match', 'heldOn');
  const values = {
    held_on: input.heldOn,
    present: input.present,
    subgoals: JSON.stringify(input.subgoals),
    relationship: JSON.stringify({ answers: input.relationship }),
    note: input.note ?? null,
  };
  await ctx.db
    .insertInto('coach_evaluations')
    .values({
      id: crypto.randomUUID(),
      organisation_id: ctx.actor.organisationId,
      trajectory_id: trajectoryId,
      kind,
      created_by: ctx.actor.userId,
      ...values,
    })
    .onConflict((oc) => oc.columns(['trajectory_id', 'kind']).doUpdateSet(values))
    .execute();
  await ctx.audit({
    action: 'update',
    recordType: 'coach_evaluation',
    recordId: trajectoryId,
    personId: t.person_id,
    detail: kind,
  });
  return { ok: true };
}
