// Queries the coach programme's services share. Visibility always comes from the policy module.
import type { Kysely } from 'kysely';
import type { Selectable } from 'kysely';
import type { CoachTable, DB } from '../../db/schema.js';
import { notFound } from '../../platform/errors.js';
import { type Actor, visibleTrajectories } from '../../platform/policy.js';
import type { Ctx } from '../../platform/route.js';

export async function findVisibleTrajectory(db: Kysely<DB>, actor: Actor, id: string) {
  return db
    .selectFrom('trajectories')
    .innerJoin('persons as p', 'p.id', 'trajectories.person_id')
    .selectAll('trajectories')
    .select(['p.first_name', 'p.last_name', 'p.neighbourhood', 'p.phone', 'p.email', 'p.year_of_birth'])
    .where('trajectories.id', '=', id)
    .where('trajectories.organisation_id', '=', actor.organisationId)
    .where(visibleTrajectories(actor))
    .executeTakeFirst();
}

/** A trajectory the actor may work in, or a 404 recorded as a denied read. */
export async function requireTrajectory(ctx: Ctx, id: string) {
  const t = await findVisibleTrajectory(ctx.db, ctx.actor, id);
  if (!t) throw notFound([{ action: 'read', recordType: 'trajectory', recordId: id, outcome: 'denied' }]);
  return t;
}

export async function activeMatchOf(db: Kysely<DB>, trajectoryId: string) {
  return db
    .selectFrom('coach_matches')
    .selectAll()
    .where('trajectory_id', '=', trajectoryId)
    .where('status', '=', 'active')
    .executeTakeFirst();
}

/** The coach record that belongs to the signed-in account, if any. */
export async function coachOfActor(db: Kysely<DB>, actor: Actor) {
  return db
    .selectFrom('coaches')
    .selectAll()
    .where('user_id', '=', actor.userId)
    .where('organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
}

/** Number of active matches per coach. */
/**
 * Each coach's load: active matches and open proposals. A proposal the coach may still say yes to
 * takes a place too, or a coordinator sees "0 of 1" and ends with "2 of 1" (issue 19).
 */
export async function loadCounts(db: Kysely<DB>, organisationId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('coach_matches')
    .select(['coach_id'])
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('status', 'in', ['active', 'proposed'])
    .groupBy('coach_id')
    .execute();
  return new Map(rows.map((r) => [r.coach_id, Number(r.n)]));
}

export function toCoach(c: Selectable<CoachTable>) {
  return {
    id: c.id,
    userId: c.user_id,
    firstName: c.first_name,
    lastName: c.last_name,
    email: c.email,
    phone: c.phone,
    status: c.status,
    availability: c.availability,
    maxClients: c.max_clients,
    neighbourhood: c.neighbourhood,
    travelRadiusKm: c.travel_radius_km,
    languages: c.languages,
    interests: c.interests,
    preferredSituations: c.preferred_situations,
    courseDoneOn: c.course_done_on,
    elearningDoneOn: c.elearning_done_on,
    vogOn: c.vog_on,
    intern: c.intern,
    internFrom: c.intern_from,
    internUntil: c.intern_until,
    note: c.note,
  };
}
