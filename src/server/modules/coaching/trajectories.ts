import { mayChangeReport, trajectoryView } from '../../platform/policy.js';
import type { Insertable } from 'kysely';
import { givenColumns } from '../../db/given.js';
import type { TrajectoryTable } from '../../db/schema.js';
// Client registration, intake, the trajectory page, closing and follow-up.
import type { TrajectoryStatus } from '../../../shared/coaching/model.js';
import type { z } from 'zod';
import { dueFor } from '../../../shared/coaching/due.js';
import type {
  closeSchema,
  followUpSchema,
  intakeSchema,
  registrationPatchSchema,
  registrationSchema,
} from '../../../shared/coaching/schemas.js';
import { fieldError, HttpError } from '../../platform/errors.js';
import type { Ctx } from '../../platform/route.js';
import * as people from '../people/service.js';
import { requirePerson } from '../people/service.js';
import { reportContent } from './plan.js';
import { activeMatchOf, requireTrajectory } from './repo.js';
import { rowDisplayName } from '../../../shared/names.js';
import { clock } from '../../../shared/clock.js';

const notInFuture = (date: string, path: string) => {
  if (date > clock.today()) throw fieldError('date_in_future', path);
};

type Registration = z.output<typeof registrationPatchSchema>;
type RegistrationColumns = Pick<
  Insertable<TrajectoryTable>,
  | 'registered_on'
  | 'age_group'
  | 'languages'
  | 'situations'
  | 'situation_note'
  | 'referrer_organisation'
  | 'referrer_contact'
  | 'found_via'
  | 'availability'
  | 'interests'
  | 'wishes'
>;
/** Columns from a registration; a change leaves out what stays as it is (givenColumns). */
function registrationColumns(input: z.output<typeof registrationSchema>): RegistrationColumns;
function registrationColumns(input: Registration): Partial<RegistrationColumns>;
function registrationColumns(input: Registration): Partial<RegistrationColumns> {
  return givenColumns({
    registered_on: input.registeredOn,
    age_group: input.ageGroup,
    languages: input.languages,
    situations: input.situations,
    situation_note: input.situationNote,
    referrer_organisation: input.referrerOrganisation,
    referrer_contact: input.referrerContact,
    found_via: input.foundVia,
    availability: input.availability,
    interests: input.interests,
    wishes: input.wishes,
  });
}

export async function register(ctx: Ctx, input: z.output<typeof registrationSchema>) {
  notInFuture(input.registeredOn, 'registeredOn');
  let personId = input.personId;
  if (personId) await requirePerson(ctx, personId);
  else
    personId = (
      await people.create(ctx, {
        kind: 'client',
        ...input.person!,
        lastName: input.person!.lastName ?? '',
        teamId: null,
        notes: null,
      })
    ).id;
  const open = await ctx.db
    .selectFrom('trajectories')
    .select('id')
    .where('person_id', '=', personId)
    .where('status', 'in', ['registered', 'waiting', 'active'])
    .executeTakeFirst();
  if (open) throw new HttpError(409, 'trajectory_open', { params: { id: open.id } });
  const id = crypto.randomUUID();
  await ctx.db
    .insertInto('trajectories')
    .values({
      id,
      organisation_id: ctx.actor.organisationId,
      person_id: personId,
      status: 'registered',
      created_by: ctx.actor.userId,
      updated_at: clock.now(),
      ...registrationColumns(input),
    })
    .execute();
  await ctx.audit({ action: 'create', recordType: 'trajectory', recordId: id, personId });
  return { id, personId };
}

export async function updateRegistration(ctx: Ctx, id: string, input: Registration) {
  const t = await requireTrajectory(ctx, id);
  if (input.registeredOn) {
    notInFuture(input.registeredOn, 'registeredOn');
    if (t.intake_on && input.registeredOn > t.intake_on) throw fieldError('date_before_registration', 'registeredOn');
  }
  await ctx.db
    .updateTable('trajectories')
    .set({ ...registrationColumns(input), updated_at: clock.now() })
    .where('id', '=', id)
    .execute();
  await ctx.audit({
    action: 'update',
    recordType: 'trajectory',
    recordId: id,
    personId: t.person_id,
    detail: `fields:${Object.keys(input).sort().join(',')}`,
  });
  return { ok: true };
}

export async function intake(ctx: Ctx, id: string, input: z.output<typeof intakeSchema>) {
  const t = await requireTrajectory(ctx, id);
  if (!['registered', 'waiting', 'not_started'].includes(t.status)) throw new HttpError(409, 'already_closed');
  notInFuture(input.intakeOn, 'intakeOn');
  if (input.intakeOn < t.registered_on) throw fieldError('date_before_registration', 'intakeOn');
  // Complex situations: Kring asks how the help is coordinated, so nobody works past each other.
  if (input.suitability !== 'suitable' && !input.coordinationNote)
    throw fieldError('coordination_needed', 'coordinationNote');
  if (input.suitability === 'other_help_first' && input.outcome === 'accepted')
    throw fieldError('other_help_first', 'outcome');
  await ctx.db
    .updateTable('trajectories')
    .set({
      intake_on: input.intakeOn,
      intake_points: JSON.stringify(input.points),
      suitability: input.suitability,
      coordination_note: input.coordinationNote ?? null,
      intake_outcome: input.outcome,
      intake_note: input.note ?? null,
      status: input.outcome === 'accepted' ? 'waiting' : 'not_started',
      updated_at: clock.now(),
    })
    .where('id', '=', id)
    .execute();
  await ctx.audit({
    action: 'update',
    recordType: 'trajectory',
    recordId: id,
    personId: t.person_id,
    detail: `intake:${input.outcome}`,
  });
  return { status: input.outcome === 'accepted' ? 'waiting' : 'not_started' };
}

export async function list(ctx: Ctx, status?: TrajectoryStatus) {
  let q = ctx.db
    .selectFrom('trajectories as t')
    .innerJoin('persons as p', 'p.id', 't.person_id')
    .leftJoin('coach_matches as m', (j) =>
      j.onRef('m.trajectory_id', '=', 't.id').on('m.status', 'in', ['proposed', 'active']),
    )
    .leftJoin('coaches as c', 'c.id', 'm.coach_id')
    .select([
      't.id',
      't.person_id',
      't.status',
      't.registered_on',
      't.intake_on',
      't.closed_on',
      'p.first_name',
      'p.last_name',
      'p.neighbourhood',
      'm.status as match_status',
      'm.started_on',
      'c.first_name as coach_first',
      'c.last_name as coach_last',
    ])
    .where('t.organisation_id', '=', ctx.actor.organisationId);
  if (status) q = q.where('t.status', '=', status);
  const rows = await q.orderBy('t.registered_on').orderBy('p.sort_key').execute();
  await ctx.audit(
    ...rows.map((r) => ({ action: 'list' as const, recordType: 'trajectory', recordId: r.id, personId: r.person_id })),
  );
  const today = clock.today();
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    status: r.status,
    name: rowDisplayName(r),
    neighbourhood: r.neighbourhood,
    registeredOn: r.registered_on,
    intakeOn: r.intake_on,
    closedOn: r.closed_on,
    matchStatus: r.match_status,
    startedOn: r.started_on,
    coachName: r.coach_first ? rowDisplayName({ first_name: r.coach_first, last_name: r.coach_last ?? '' }) : null,
    waitingDays: dueFor(
      {
        status: r.status,
        registeredOn: r.registered_on,
        startedOn: r.started_on,
        closedOn: r.closed_on,
        followUpOn: null,
        evaluations: [],
      },
      today,
    ).waitingDays,
  }));
}

export async function detail(ctx: Ctx, id: string) {
  const t = await requireTrajectory(ctx, id);
  const view = trajectoryView(ctx.actor);
  const [matches, steps, reports, evaluations, maps, org, consents] = await Promise.all([
    ctx.db
      .selectFrom('coach_matches as m')
      .innerJoin('coaches as c', 'c.id', 'm.coach_id')
      .selectAll('m')
      .select(['c.first_name', 'c.last_name', 'c.user_id'])
      .where('m.trajectory_id', '=', id)
      .orderBy('m.created_at')
      .execute(),
    ctx.db
      .selectFrom('trajectory_steps')
      .select(['step', 'status', 'worksheet', 'version', 'updated_at'])
      .where('trajectory_id', '=', id)
      .execute(),
    // A coach sees only their own reports, never those of an earlier coach of this client.
    ctx.db
      .selectFrom('session_reports as r')
      .innerJoin('users as u', 'u.id', 'r.author_id')
      .selectAll('r')
      .select('u.display_name as author')
      .where('r.trajectory_id', '=', id)
      .where('r.removed_at', 'is', null)
      .$if(view.onlyWorkOf !== null, (q) => q.where('r.author_id', '=', view.onlyWorkOf!))
      .orderBy('r.met_on', 'desc')
      .orderBy('r.created_at', 'desc')
      .execute(),
    !view.coordination
      ? Promise.resolve([])
      : ctx.db.selectFrom('coach_evaluations').selectAll().where('trajectory_id', '=', id).execute(),
    ctx.db
      .selectFrom('network_maps')
      .select(['id', 'kind', 'label', 'taken_on'])
      .where('person_id', '=', t.person_id)
      .orderBy('taken_on')
      .execute(),
    ctx.db
      .selectFrom('organisations')
      .select('relationship_questions')
      .where('id', '=', ctx.actor.organisationId)
      .executeTakeFirstOrThrow(),
    // The intake asks for consent (foundation consent model); the coordinator sees which purposes hold.
    !view.coordination
      ? Promise.resolve([])
      : ctx.db
          .selectFrom('consents')
          .select('purpose')
          .where('person_id', '=', t.person_id)
          .where('withdrawn_on', 'is', null)
          .execute(),
  ]);
  await ctx.audit({ action: 'read', recordType: 'trajectory', recordId: id, personId: t.person_id });
  const started =
    matches
      .filter((m) => m.started_on)
      .map((m) => m.started_on!)
      .sort()[0] ?? null;
  const visibleMatches = view.onlyWorkOf ? matches.filter((m) => m.user_id === view.onlyWorkOf) : matches;
  return {
    id: t.id,
    personId: t.person_id,
    status: t.status,
    name: rowDisplayName(t),
    person: {
      firstName: t.first_name,
      lastName: t.last_name,
      neighbourhood: t.neighbourhood,
      phone: t.phone,
      email: t.email,
      yearOfBirth: t.year_of_birth,
    },
    registration: {
      registeredOn: t.registered_on,
      ageGroup: t.age_group,
      languages: t.languages,
      situations: t.situations,
      situationNote: t.situation_note,
      referrerOrganisation: t.referrer_organisation,
      referrerContact: t.referrer_contact,
      foundVia: t.found_via,
      availability: t.availability,
      interests: t.interests,
      wishes: t.wishes,
    },
    intake: !view.coordination
      ? null
      : t.intake_on
        ? {
            intakeOn: t.intake_on,
            points: t.intake_points,
            suitability: t.suitability,
            coordinationNote: t.coordination_note,
            outcome: t.intake_outcome,
            note: t.intake_note,
          }
        : null,
    closing: {
      closedOn: t.closed_on,
      endReason: t.end_reason,
      note: t.closing_note,
      followUpOn: t.follow_up_on,
      followUpResult: t.follow_up_result,
      followUpNote: t.follow_up_note,
    },
    startedOn: started,
    matches: visibleMatches.map((m) => ({
      id: m.id,
      status: m.status,
      coachId: m.coach_id,
      coachName: rowDisplayName(m),
      proposedOn: m.proposed_on,
      score: m.score,
      introductionOn: m.introduction_on,
      clientConfirmedOn: m.client_confirmed_on,
      coachConfirmedOn: m.coach_confirmed_on,
      declinedOn: m.declined_on,
      declinedBy: m.declined_by,
      declineReason: m.decline_reason,
      startedOn: m.started_on,
      endedOn: m.ended_on,
      endReason: m.end_reason,
      overCapacityReason: m.over_capacity_reason,
    })),
    steps: steps.map((s) => ({
      step: s.step,
      status: s.status,
      worksheet: s.worksheet,
      version: s.version,
      updatedAt: s.updated_at,
    })),
    reports: reports.map((r) => ({
      id: r.id,
      ...reportContent(r),
      author: r.author,
      own: r.author_id === ctx.actor.userId,
      mayChange: mayChangeReport(ctx.actor, { authorId: r.author_id, createdAt: r.created_at }, clock.now()),
    })),
    evaluations: evaluations.map((e) => ({
      kind: e.kind,
      heldOn: e.held_on,
      present: e.present,
      subgoals: e.subgoals,
      relationship: e.relationship.answers,
      note: e.note,
    })),
    relationshipQuestions: org.relationship_questions?.questions ?? null,
    consents: !view.coordination ? null : [...new Set(consents.map((c) => c.purpose))].sort(),
    maps: maps.map((m) => ({ id: m.id, kind: m.kind, label: m.label, takenOn: m.taken_on })),
    due: dueFor(
      {
        status: t.status,
        registeredOn: t.registered_on,
        startedOn: started,
        closedOn: t.closed_on,
        followUpOn: t.follow_up_on,
        evaluations: evaluations.map((e) => e.kind),
      },
      clock.today(),
    ),
  };
}

export async function close(ctx: Ctx, id: string, input: z.output<typeof closeSchema>) {
  const t = await requireTrajectory(ctx, id);
  if (t.status === 'closed' || t.status === 'not_started') throw new HttpError(409, 'already_closed');
  notInFuture(input.closedOn, 'closedOn');
  if (input.closedOn < t.registered_on) throw fieldError('date_before_registration', 'closedOn');
  const match = await activeMatchOf(ctx.db, id);
  if (match?.started_on && input.closedOn < match.started_on) throw fieldError('date_before_match', 'closedOn');
  // Closing the trajectory ends the match too, and with it the coach's access.
  if (match)
    await ctx.db
      .updateTable('coach_matches')
      .set({ status: 'ended', ended_on: input.closedOn, end_reason: 'trajectory_closed' })
      .where('id', '=', match.id)
      .execute();
  await ctx.db
    .updateTable('coach_matches')
    .set({
      status: 'declined',
      declined_on: input.closedOn,
      declined_by: 'coordinator',
      decline_reason: 'trajectory_closed',
    })
    .where('trajectory_id', '=', id)
    .where('status', '=', 'proposed')
    .execute();
  await ctx.db
    .updateTable('trajectories')
    .set({
      status: 'closed',
      closed_on: input.closedOn,
      end_reason: input.endReason,
      closing_note: input.note ?? null,
      updated_at: clock.now(),
    })
    .where('id', '=', id)
    .execute();
  await ctx.audit({
    action: 'update',
    recordType: 'trajectory',
    recordId: id,
    personId: t.person_id,
    detail: `closed:${input.endReason}`,
  });
  return { ok: true };
}

export async function followUp(ctx: Ctx, id: string, input: z.output<typeof followUpSchema>) {
  const t = await requireTrajectory(ctx, id);
  if (t.status !== 'closed' || !t.closed_on) throw new HttpError(409, 'not_closed');
  notInFuture(input.on, 'on');
  if (input.on < t.closed_on) throw fieldError('follow_up_before_closing', 'on');
  await ctx.db
    .updateTable('trajectories')
    .set({
      follow_up_on: input.on,
      follow_up_result: input.result,
      follow_up_note: input.note ?? null,
      updated_at: clock.now(),
    })
    .where('id', '=', id)
    .execute();
  await ctx.audit({
    action: 'update',
    recordType: 'trajectory',
    recordId: id,
    personId: t.person_id,
    detail: `follow_up:${input.result}`,
  });
  return { ok: true };
}
