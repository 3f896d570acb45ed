import { mayBeCoachAccount } from '../../platform/policy.js';
import type { Insertable } from 'kysely';
import type { CoachTable } from '../../db/schema.js';
// The coach pool, neighbourhoods and the programme's settings (coordinator only).
import { givenColumns } from '../../db/given.js';
import type { z } from 'zod';
import { vogWarning } from '../../../shared/coaching/due.js';
import type {
  coachingSettingsSchema,
  coachPatchSchema,
  coachSchema,
  neighbourhoodsSchema,
} from '../../../shared/coaching/schemas.js';
import { fieldError, notFound } from '../../platform/errors.js';
import type { Ctx } from '../../platform/route.js';
import { loadCounts, toCoach } from './repo.js';
import { rowDisplayName } from '../../../shared/names.js';
import { clock } from '../../../shared/clock.js';

async function programmeSettings(ctx: Ctx) {
  const org = await ctx.db
    .selectFrom('organisations')
    .select(['vog_max_age_months', 'relationship_questions'])
    .where('id', '=', ctx.actor.organisationId)
    .executeTakeFirstOrThrow();
  return org;
}

export async function listCoaches(ctx: Ctx) {
  const [coaches, counts, org] = await Promise.all([
    ctx.db
      .selectFrom('coaches')
      .selectAll()
      .where('organisation_id', '=', ctx.actor.organisationId)
      .orderBy('first_name')
      .orderBy('last_name')
      .execute(),
    loadCounts(ctx.db, ctx.actor.organisationId),
    programmeSettings(ctx),
  ]);
  const today = clock.today();
  await ctx.audit({ action: 'list', recordType: 'coach', detail: `count:${coaches.length}` });
  return coaches.map((c) => ({
    ...toCoach(c),
    activeClients: counts.get(c.id) ?? 0,
    vogWarning: c.status === 'stopped' ? null : vogWarning(c.vog_on, org.vog_max_age_months, today),
  }));
}

export async function getCoach(ctx: Ctx, id: string) {
  const c = await ctx.db
    .selectFrom('coaches')
    .selectAll()
    .where('id', '=', id)
    .where('organisation_id', '=', ctx.actor.organisationId)
    .executeTakeFirst();
  if (!c) throw notFound();
  const [counts, org, matches] = await Promise.all([
    loadCounts(ctx.db, ctx.actor.organisationId),
    programmeSettings(ctx),
    ctx.db
      .selectFrom('coach_matches as m')
      .innerJoin('trajectories as t', 't.id', 'm.trajectory_id')
      .innerJoin('persons as p', 'p.id', 't.person_id')
      .select([
        'm.id',
        'm.status',
        'm.proposed_on',
        'm.started_on',
        'm.ended_on',
        't.id as trajectory_id',
        'p.id as person_id',
        'p.first_name',
        'p.last_name',
      ])
      .where('m.coach_id', '=', id)
      .where('m.status', 'in', ['proposed', 'active'])
      .execute(),
  ]);
  await ctx.audit(
    { action: 'read', recordType: 'coach', recordId: id },
    ...matches.map((m) => ({
      action: 'list' as const,
      recordType: 'person',
      recordId: m.person_id,
      personId: m.person_id,
    })),
  );
  return {
    ...toCoach(c),
    activeClients: counts.get(c.id) ?? 0,
    vogWarning: vogWarning(c.vog_on, org.vog_max_age_months, clock.today()),
    matches: matches.map((m) => ({
      id: m.id,
      status: m.status,
      proposedOn: m.proposed_on,
      startedOn: m.started_on,
      trajectoryId: m.trajectory_id,
      clientName: rowDisplayName(m),
    })),
  };
}

type CoachInput = z.output<typeof coachPatchSchema>;

async function checkCoach(ctx: Ctx, input: CoachInput, id?: string) {
  if (input.internFrom && input.internUntil && input.internUntil < input.internFrom)
    throw fieldError('intern_dates', 'internUntil');
  if (input.userId) {
    const user = await ctx.db
      .selectFrom('users')
      .select(['role'])
      .where('id', '=', input.userId)
      .where('organisation_id', '=', ctx.actor.organisationId)
      .executeTakeFirst();
    if (!user || !mayBeCoachAccount(user.role)) throw fieldError('coach_account_role', 'userId');
    const taken = await ctx.db
      .selectFrom('coaches')
      .select('id')
      .where('user_id', '=', input.userId)
      .executeTakeFirst();
    if (taken && taken.id !== id) throw fieldError('coach_account_taken', 'userId');
  }
}

type CoachColumns = Omit<Insertable<CoachTable>, 'id' | 'organisation_id' | 'updated_at'>;
/** Columns from a coach form; a change leaves out what stays as it is (givenColumns). */
/** A coach's fields as table columns; exported for the test factories, which insert coaches directly. */
export function coachColumns(input: z.output<typeof coachSchema>): CoachColumns;
export function coachColumns(input: CoachInput): Partial<CoachColumns>;
export function coachColumns(input: CoachInput): Partial<CoachColumns> {
  return givenColumns({
    user_id: input.userId,
    first_name: input.firstName,
    last_name: input.lastName,
    email: input.email,
    phone: input.phone,
    status: input.status,
    availability: input.availability,
    max_clients: input.maxClients,
    neighbourhood: input.neighbourhood,
    travel_radius_km: input.travelRadiusKm,
    languages: input.languages,
    interests: input.interests,
    preferred_situations: input.preferredSituations,
    course_done_on: input.courseDoneOn,
    elearning_done_on: input.elearningDoneOn,
    vog_on: input.vogOn,
    intern: input.intern,
    intern_from: input.internFrom,
    intern_until: input.internUntil,
    note: input.note,
  });
}

export async function createCoach(ctx: Ctx, input: z.output<typeof coachSchema>) {
  await checkCoach(ctx, input);
  const id = crypto.randomUUID();
  await ctx.db
    .insertInto('coaches')
    .values({ id, organisation_id: ctx.actor.organisationId, ...coachColumns(input), updated_at: clock.now() })
    .execute();
  await ctx.audit({ action: 'create', recordType: 'coach', recordId: id });
  return { id };
}

export async function updateCoach(ctx: Ctx, id: string, input: CoachInput) {
  const existing = await ctx.db
    .selectFrom('coaches')
    .select(['id', 'intern_from', 'intern_until'])
    .where('id', '=', id)
    .where('organisation_id', '=', ctx.actor.organisationId)
    .executeTakeFirst();
  if (!existing) throw notFound();
  await checkCoach(
    ctx,
    {
      ...input,
      internFrom: input.internFrom === undefined ? existing.intern_from : input.internFrom,
      internUntil: input.internUntil === undefined ? existing.intern_until : input.internUntil,
    },
    id,
  );
  await ctx.db
    .updateTable('coaches')
    .set({ ...coachColumns(input), updated_at: clock.now() })
    .where('id', '=', id)
    .execute();
  await ctx.audit({
    action: 'update',
    recordType: 'coach',
    recordId: id,
    detail: `fields:${Object.keys(input).sort().join(',')}`,
  });
  return { ok: true };
}

export async function listNeighbourhoods(ctx: Ctx) {
  const rows = await ctx.db
    .selectFrom('neighbourhoods')
    .select(['name', 'latitude', 'longitude'])
    .where('organisation_id', '=', ctx.actor.organisationId)
    .orderBy('name')
    .execute();
  return rows;
}

export async function replaceNeighbourhoods(ctx: Ctx, input: z.output<typeof neighbourhoodsSchema>) {
  const seen = new Set<string>();
  input.neighbourhoods.forEach((n, i) => {
    const key = n.name.toLocaleLowerCase('nl');
    if (seen.has(key)) throw fieldError('neighbourhood_twice', `neighbourhoods.${i}.name`);
    seen.add(key);
  });
  await ctx.db.deleteFrom('neighbourhoods').where('organisation_id', '=', ctx.actor.organisationId).execute();
  if (input.neighbourhoods.length > 0) {
    await ctx.db
      .insertInto('neighbourhoods')
      .values(
        input.neighbourhoods.map((n) => ({
          id: crypto.randomUUID(),
          organisation_id: ctx.actor.organisationId,
          name: n.name,
          latitude: n.latitude ?? null,
          longitude: n.longitude ?? null,
        })),
      )
      .execute();
  }
  return { ok: true };
}

export async function getSettings(ctx: Ctx) {
  const org = await programmeSettings(ctx);
  return {
    vogMaxAgeMonths: org.vog_max_age_months,
    relationshipQuestions: org.relationship_questions?.questions ?? null,
  };
}

export async function saveSettings(ctx: Ctx, input: z.output<typeof coachingSettingsSchema>) {
  await ctx.db
    .updateTable('organisations')
    .set({
      vog_max_age_months: input.vogMaxAgeMonths,
      relationship_questions: input.relationshipQuestions
        ? JSON.stringify({ questions: input.relationshipQuestions })
        : null,
    })
    .where('id', '=', ctx.actor.organisationId)
    .execute();
  return { ok: true };
}

/** Coach accounts (made by the admin) that a coach record can be linked to. */
export async function coachAccounts(ctx: Ctx) {
  const rows = await ctx.db
    .selectFrom('users')
    .leftJoin('coaches', 'coaches.user_id', 'users.id')
    .select(['users.id', 'users.display_name', 'coaches.id as coach_id'])
    .where('users.organisation_id', '=', ctx.actor.organisationId)
    .where('users.role', '=', 'coach')
    .where('users.status', '!=', 'deactivated')
    .orderBy('users.display_name')
    .execute();
  return rows.map((r) => ({ id: r.id, displayName: r.display_name, linkedCoachId: r.coach_id }));
}
