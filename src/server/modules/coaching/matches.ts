// Matching: the explained ranking, proposals, separate confirmation by client and coach, declines
// and ending. A coach's access to a client exists only while their match is active.
import { mayActOnMatch, maySkipIntroduction, maySpeakFor } from '../../platform/policy.js';
import type { z } from 'zod';
import { distanceKm, type MatchCoach, rankCoaches } from '../../../shared/coaching/matching.js';
import type { CoachStatus } from '../../../shared/coaching/model.js';
import type { confirmSchema, declineSchema, endMatchSchema, proposeSchema } from '../../../shared/coaching/schemas.js';
import { vogWarning } from '../../../shared/coaching/due.js';
import { fieldError, HttpError, notFound } from '../../platform/errors.js';
import type { Ctx } from '../../platform/route.js';
import { requireBasis } from '../people/basis.js';
import { loadCounts, coachOfActor, requireTrajectory } from './repo.js';
import { rowDisplayName } from '../../../shared/names.js';
import { clock } from '../../../shared/clock.js';

async function ranking(ctx: Ctx, trajectory: Awaited<ReturnType<typeof requireTrajectory>>) {
  const [coaches, counts, places] = await Promise.all([
    // In a fixed order: coaches with the same score keep it (matching ranks ties by position).
    ctx.db
      .selectFrom('coaches')
      .selectAll()
      .where('organisation_id', '=', ctx.actor.organisationId)
      .orderBy('first_name')
      .orderBy('id')
      .execute(),
    loadCounts(ctx.db, ctx.actor.organisationId),
    ctx.db.selectFrom('neighbourhoods').selectAll().where('organisation_id', '=', ctx.actor.organisationId).execute(),
  ]);
  const where = new Map(
    places
      .filter((p) => p.latitude !== null && p.longitude !== null)
      .map((p) => [p.name.toLocaleLowerCase('nl'), { latitude: p.latitude!, longitude: p.longitude! }]),
  );
  const home = trajectory.neighbourhood ? where.get(trajectory.neighbourhood.toLocaleLowerCase('nl')) : undefined;
  const candidates: MatchCoach[] = coaches.map((c) => ({
    id: c.id,
    status: c.status as CoachStatus,
    maxClients: c.max_clients,
    activeClients: counts.get(c.id) ?? 0,
    travelRadiusKm: c.travel_radius_km,
    availability: c.availability,
    neighbourhood: c.neighbourhood,
    languages: c.languages,
    interests: c.interests,
    situations: [],
    preferredSituations: c.preferred_situations,
  }));
  const client = {
    availability: trajectory.availability,
    neighbourhood: trajectory.neighbourhood,
    languages: trajectory.languages,
    interests: trajectory.interests,
    situations: trajectory.situations,
  };
  const ranked = rankCoaches(client, candidates, (coach) => {
    const there = coach.neighbourhood ? where.get(coach.neighbourhood.toLocaleLowerCase('nl')) : undefined;
    return home && there ? distanceKm(home, there) : null;
  });
  return { ranked, counts, coaches: new Map(coaches.map((c) => [c.id, c])) };
}

export async function candidates(ctx: Ctx, trajectoryId: string) {
  const t = await requireTrajectory(ctx, trajectoryId);
  const { ranked, coaches } = await ranking(ctx, t);
  const org = await ctx.db
    .selectFrom('organisations')
    .select('vog_max_age_months')
    .where('id', '=', ctx.actor.organisationId)
    .executeTakeFirstOrThrow();
  await ctx.audit(
    { action: 'read', recordType: 'trajectory', recordId: trajectoryId, personId: t.person_id, detail: 'candidates' },
    { action: 'list', recordType: 'coach', detail: `count:${ranked.length}` },
  );
  const today = clock.today();
  return ranked.map((r) => {
    const c = coaches.get(r.coachId)!;
    return {
      ...r,
      name: rowDisplayName(c),
      neighbourhood: c.neighbourhood,
      vogWarning: vogWarning(c.vog_on, org.vog_max_age_months, today),
    };
  });
}

export async function propose(ctx: Ctx, trajectoryId: string, input: z.output<typeof proposeSchema>) {
  const t = await requireTrajectory(ctx, trajectoryId);
  if (t.status !== 'waiting') throw new HttpError(409, 'not_waiting');
  if (input.proposedOn > clock.today()) throw fieldError('date_in_future', 'proposedOn');
  if (input.proposedOn < (t.intake_on ?? t.registered_on)) throw fieldError('date_before_registration', 'proposedOn');
  if (input.introductionOn && input.introductionOn < input.proposedOn)
    throw fieldError('date_before_proposal', 'introductionOn');
  const open = await ctx.db
    .selectFrom('coach_matches')
    .select('id')
    .where('trajectory_id', '=', trajectoryId)
    .where('status', 'in', ['proposed', 'active'])
    .executeTakeFirst();
  if (open) throw new HttpError(409, 'match_open');
  await requireBasis(ctx, t.person_id, 'coaching');
  const { ranked, counts, coaches } = await ranking(ctx, t);
  const coach = coaches.get(input.coachId);
  if (!coach) throw notFound();
  if (coach.status !== 'active') throw fieldError('coach_not_active', 'coachId');
  const rank = ranked.find((r) => r.coachId === input.coachId)!;
  if (rank.full && !input.overCapacityReason) {
    throw fieldError('coach_full', 'overCapacityReason', {
      active: String(counts.get(coach.id) ?? 0),
      max: String(coach.max_clients),
    });
  }
  const id = crypto.randomUUID();
  await ctx.db
    .insertInto('coach_matches')
    .values({
      id,
      organisation_id: ctx.actor.organisationId,
      trajectory_id: trajectoryId,
      coach_id: input.coachId,
      status: 'proposed',
      proposed_on: input.proposedOn,
      proposed_by: ctx.actor.userId,
      score: rank.score,
      introduction_on: input.introductionOn ?? null,
      over_capacity_reason: rank.full ? input.overCapacityReason! : null,
    })
    .execute();
  await ctx.audit({ action: 'create', recordType: 'coach_match', recordId: id, personId: t.person_id });
  return { id };
}

/** The match and its trajectory, if the actor may act on it: the coordinator always, a coach only their own. */
async function requireMatch(ctx: Ctx, matchId: string) {
  const m = await ctx.db
    .selectFrom('coach_matches as m')
    .innerJoin('trajectories as t', 't.id', 'm.trajectory_id')
    .innerJoin('coaches as c', 'c.id', 'm.coach_id')
    .selectAll('m')
    .select(['t.person_id', 't.status as trajectory_status', 'c.user_id as coach_user_id'])
    .where('m.id', '=', matchId)
    .where('m.organisation_id', '=', ctx.actor.organisationId)
    .executeTakeFirst();
  if (!m || !mayActOnMatch(ctx.actor, { coachUserId: m.coach_user_id }))
    throw notFound([{ action: 'read', recordType: 'coach_match', recordId: matchId, outcome: 'denied' }]);
  return m;
}

export async function confirm(ctx: Ctx, matchId: string, input: z.output<typeof confirmSchema>) {
  const m = await requireMatch(ctx, matchId);
  // The client has no account: the coordinator records the client's answer. A coach speaks only for themselves.
  if (!maySpeakFor(ctx.actor, input.side)) throw new HttpError(403, 'not_your_side');
  if (m.status !== 'proposed') throw new HttpError(409, 'match_not_proposed');
  if (input.on > clock.today()) throw fieldError('date_in_future', 'on');
  if (input.on < m.proposed_on) throw fieldError('date_before_proposal', 'on');
  const introductionOn = input.introductionOn ?? m.introduction_on;
  // A yes is given after the introduction meeting, or the coordinator states why there is none.
  const noIntroductionReason = input.noIntroductionReason ?? m.no_introduction_reason;
  if (input.noIntroductionReason && !maySkipIntroduction(ctx.actor)) throw new HttpError(403, 'forbidden');
  if (!noIntroductionReason) {
    if (!introductionOn) throw fieldError('introduction_first', 'introductionOn');
    if (introductionOn > input.on) throw fieldError('yes_before_introduction', 'on');
  }
  const clientOn = input.side === 'client' ? input.on : m.client_confirmed_on;
  const coachOn = input.side === 'coach' ? input.on : m.coach_confirmed_on;
  const bothYes = clientOn !== null && coachOn !== null;
  const startedOn = bothYes ? [clientOn!, coachOn!].sort()[1] : null;
  await ctx.db
    .updateTable('coach_matches')
    .set({
      introduction_on: introductionOn,
      no_introduction_reason: noIntroductionReason,
      ...(input.side === 'client'
        ? { client_confirmed_on: input.on, client_recorded_by: ctx.actor.userId }
        : { coach_confirmed_on: input.on, coach_recorded_by: ctx.actor.userId }),
      ...(bothYes ? { status: 'active', started_on: startedOn } : {}),
    })
    .where('id', '=', matchId)
    .execute();
  if (bothYes)
    await ctx.db
      .updateTable('trajectories')
      .set({ status: 'active', updated_at: clock.now() })
      .where('id', '=', m.trajectory_id)
      .execute();
  await ctx.audit({
    action: 'update',
    recordType: 'coach_match',
    recordId: matchId,
    personId: m.person_id,
    detail: `confirmed:${input.side}${bothYes ? ':active' : ''}`,
  });
  return { status: bothYes ? 'active' : 'proposed', startedOn };
}

export async function decline(ctx: Ctx, matchId: string, input: z.output<typeof declineSchema>) {
  const m = await requireMatch(ctx, matchId);
  if (!maySpeakFor(ctx.actor, input.side)) throw new HttpError(403, 'not_your_side');
  if (m.status !== 'proposed') throw new HttpError(409, 'match_not_proposed');
  if (input.on > clock.today()) throw fieldError('date_in_future', 'on');
  if (input.on < m.proposed_on) throw fieldError('date_before_proposal', 'on');
  await ctx.db
    .updateTable('coach_matches')
    .set({ status: 'declined', declined_on: input.on, declined_by: input.side, decline_reason: input.reason })
    .where('id', '=', matchId)
    .execute();
  await ctx.audit({
    action: 'update',
    recordType: 'coach_match',
    recordId: matchId,
    personId: m.person_id,
    detail: `declined:${input.side}`,
  });
  return { ok: true };
}

export async function end(ctx: Ctx, matchId: string, input: z.output<typeof endMatchSchema>) {
  const m = await requireMatch(ctx, matchId);
  if (m.status !== 'active') throw new HttpError(409, 'match_not_active');
  if (input.on > clock.today()) throw fieldError('date_in_future', 'on');
  if (m.started_on && input.on < m.started_on) throw fieldError('date_before_match', 'on');
  await ctx.db
    .updateTable('coach_matches')
    .set({ status: 'ended', ended_on: input.on, end_reason: input.reason })
    .where('id', '=', matchId)
    .execute();
  // The client goes back to the waiting list so that a new coach can be proposed.
  await ctx.db
    .updateTable('trajectories')
    .set({ status: 'waiting', updated_at: clock.now() })
    .where('id', '=', m.trajectory_id)
    .where('status', '=', 'active')
    .execute();
  await ctx.audit({
    action: 'update',
    recordType: 'coach_match',
    recordId: matchId,
    personId: m.person_id,
    detail: 'ended',
  });
  return { ok: true };
}

/** A coach's own overview: proposals to answer, active clients, and past matches with their own reports. */
export async function mine(ctx: Ctx) {
  const coach = await coachOfActor(ctx.db, ctx.actor);
  if (!coach) return { coach: null, proposals: [], active: [], past: [] };
  const rows = await ctx.db
    .selectFrom('coach_matches as m')
    .innerJoin('trajectories as t', 't.id', 'm.trajectory_id')
    .innerJoin('persons as p', 'p.id', 't.person_id')
    .select([
      'm.id',
      'm.status',
      'm.proposed_on',
      'm.introduction_on',
      'm.coach_confirmed_on',
      'm.client_confirmed_on',
      'm.started_on',
      'm.ended_on',
      't.id as trajectory_id',
      't.person_id',
      'p.first_name',
      'p.last_name',
      'p.neighbourhood',
    ])
    .where('m.coach_id', '=', coach.id)
    .where('m.status', 'in', ['proposed', 'active', 'ended'])
    .orderBy('m.created_at', 'desc')
    .execute();
  await ctx.audit(
    ...rows.map((r) => ({
      action: 'list' as const,
      recordType: 'trajectory',
      recordId: r.trajectory_id,
      personId: r.person_id,
    })),
  );
  const item = (r: (typeof rows)[number]) => ({
    matchId: r.id,
    trajectoryId: r.trajectory_id,
    proposedOn: r.proposed_on,
    introductionOn: r.introduction_on,
    coachConfirmedOn: r.coach_confirmed_on,
    clientConfirmedOn: r.client_confirmed_on,
    startedOn: r.started_on,
    endedOn: r.ended_on,
  });
  return {
    coach: { id: coach.id, firstName: coach.first_name },
    // Before the introduction the coach needs only a first name and a neighbourhood.
    proposals: rows
      .filter((r) => r.status === 'proposed')
      .map((r) => ({ ...item(r), firstName: r.first_name, neighbourhood: r.neighbourhood })),
    active: rows
      .filter((r) => r.status === 'active')
      .map((r) => ({ ...item(r), personId: r.person_id, name: rowDisplayName(r), neighbourhood: r.neighbourhood })),
    // After the match ends the coach keeps the dates, not the client's name (policy.coachKnowsClient).
    past: rows.filter((r) => r.status === 'ended').map(item),
  };
}
