import type { z } from 'zod';
import { personSortKey } from '../../../shared/names.js';
import type { consentSchema, personPatchSchema, personSchema } from '../../../shared/schemas.js';
import { HttpError, notFound } from '../../platform/errors.js';
import { assignableRoles, assignedOnCreate } from '../../platform/policy.js';
import type { Ctx } from '../../platform/route.js';
import { requireOwnTeam } from '../identity/teams.js';
import { involvedWith } from './involved.js';
import { findVisiblePerson, findVisiblePersonInFull, searchPersons, type SearchInput } from './repo.js';
import { clock } from '../../../shared/clock.js';
import { currentNotice } from '../privacy/notices.js';

const deniedRead = (id: string) =>
  notFound([{ action: 'read', recordType: 'person', recordId: id, personId: id, outcome: 'denied' }]);

/** A person the actor may see, or a 404 that is itself audited as a denied attempt. */
export async function requirePerson(ctx: Ctx, id: string) {
  const person = await findVisiblePerson(ctx.db, ctx.actor, id);
  if (!person) throw deniedRead(id);
  return person;
}

export async function search(ctx: Ctx, input: SearchInput) {
  const { rows, total, totalIsCapped } = await searchPersons(ctx.db, ctx.actor, input);
  // Seeing a name in a list is reading personal data: one audit row per person shown.
  await ctx.audit(
    ...rows.map((r) => ({ action: 'list' as const, recordType: 'person', recordId: r.id, personId: r.id })),
  );
  return {
    total,
    totalIsCapped,
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      firstName: r.first_name,
      lastName: r.last_name,
      yearOfBirth: r.year_of_birth,
      neighbourhood: r.neighbourhood,
      teamName: r.team_name,
    })),
  };
}

export async function detail(ctx: Ctx, id: string) {
  const person = await findVisiblePersonInFull(ctx.db, ctx.actor, id);
  if (!person) throw deniedRead(id);
  await ctx.audit({ action: 'read', recordType: 'person', recordId: id, personId: id });
  const involved = await involvedWith(ctx, id);
  return {
    id: person.id,
    kind: person.kind,
    firstName: person.first_name,
    lastName: person.last_name,
    yearOfBirth: person.year_of_birth,
    phone: person.phone,
    email: person.email,
    neighbourhood: person.neighbourhood,
    teamId: person.team_id,
    teamName: person.team_name,
    notes: person.notes,
    createdAt: person.created_at,
    updatedAt: person.updated_at,
    consents: person.consents.map((c) => ({
      id: c.id,
      purpose: c.purpose,
      givenOn: c.given_on,
      withdrawnOn: c.withdrawn_on,
      noticeVersion: c.notice_version,
      note: c.note,
      recordedAt: c.recorded_at,
      recordedBy: c.recorded_by_name,
      withdrawnBy: c.withdrawn_by_name,
    })),
    assignees: person.assignees.map((a) => ({ id: a.id, displayName: a.display_name, role: a.role })),
    ...involved,
  };
}

/** Stores a person and records it; who carries the casework is up to the caller. */
export async function insertPerson(
  ctx: Ctx,
  input: Pick<z.output<typeof personSchema>, 'kind' | 'firstName' | 'lastName'> &
    Partial<z.output<typeof personSchema>>,
) {
  const id = crypto.randomUUID();
  await ctx.db
    .insertInto('persons')
    .values({
      id,
      organisation_id: ctx.actor.organisationId,
      kind: input.kind,
      first_name: input.firstName,
      last_name: input.lastName,
      sort_key: personSortKey(input.firstName, input.lastName),
      year_of_birth: input.yearOfBirth ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      neighbourhood: input.neighbourhood ?? null,
      team_id: input.teamId ?? null,
      notes: input.notes ?? null,
      created_by: ctx.actor.userId,
      updated_at: clock.now(),
    })
    .execute();
  await ctx.audit({ action: 'create', recordType: 'person', recordId: id, personId: id });
  return id;
}

export async function create(ctx: Ctx, input: z.output<typeof personSchema>) {
  await requireOwnTeam(ctx, input.teamId);
  const id = await insertPerson(ctx, input);
  // Whoever registers a person as social worker carries their casework; a coordinator
  // assigns workers explicitly.
  if (assignedOnCreate(ctx.actor)) {
    await ctx.db
      .insertInto('person_assignments')
      .values({ organisation_id: ctx.actor.organisationId, person_id: id, user_id: ctx.actor.userId })
      .execute();
  }
  return { id };
}

export async function update(ctx: Ctx, id: string, input: z.output<typeof personPatchSchema>) {
  const person = await requirePerson(ctx, id);
  await requireOwnTeam(ctx, input.teamId);
  const firstName = input.firstName ?? person.first_name;
  const lastName = input.lastName ?? person.last_name;
  await ctx.db
    .updateTable('persons')
    .set({
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      first_name: firstName,
      last_name: lastName,
      sort_key: personSortKey(firstName, lastName),
      ...(input.yearOfBirth !== undefined ? { year_of_birth: input.yearOfBirth } : {}),
      ...(input.phone !== undefined ? { phone: input.phone } : {}),
      ...(input.email !== undefined ? { email: input.email } : {}),
      ...(input.neighbourhood !== undefined ? { neighbourhood: input.neighbourhood } : {}),
      ...(input.teamId !== undefined ? { team_id: input.teamId } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      updated_at: clock.now(),
    })
    .where('id', '=', id)
    .where('organisation_id', '=', ctx.actor.organisationId)
    .execute();
  // Which fields changed is recorded, never their values.
  await ctx.audit({
    action: 'update',
    recordType: 'person',
    recordId: id,
    personId: id,
    detail: `fields:${Object.keys(input).sort().join(',')}`,
  });
  return { ok: true };
}

export async function setAssignees(ctx: Ctx, id: string, userIds: string[]) {
  await requirePerson(ctx, id);
  const unique = [...new Set(userIds)];
  if (unique.length > 0) {
    const users = await ctx.db
      .selectFrom('users')
      .select(['id', 'role', 'status'])
      .where('id', 'in', unique)
      .where('organisation_id', '=', ctx.actor.organisationId)
      .execute();
    const ok = users.filter((u) => u.status === 'active' && assignableRoles.includes(u.role));
    if (ok.length !== unique.length)
      throw new HttpError(400, 'assignee_role', { fields: [{ path: 'userIds', message: '' }] });
  }
  await ctx.db
    .deleteFrom('person_assignments')
    .where('person_id', '=', id)
    .where('organisation_id', '=', ctx.actor.organisationId)
    .execute();
  if (unique.length > 0) {
    await ctx.db
      .insertInto('person_assignments')
      .values(unique.map((userId) => ({ organisation_id: ctx.actor.organisationId, person_id: id, user_id: userId })))
      .execute();
  }
  await ctx.audit({
    action: 'update',
    recordType: 'person_assignment',
    recordId: id,
    personId: id,
    detail: `count:${unique.length}`,
  });
  return { ok: true };
}

export async function addConsent(ctx: Ctx, personId: string, input: z.output<typeof consentSchema>) {
  await requirePerson(ctx, personId);
  if (input.givenOn > clock.today())
    throw new HttpError(400, 'date_in_future', { fields: [{ path: 'givenOn', message: '' }] });
  const id = crypto.randomUUID();
  // The consent is given under the notice in force today; a later version does not change it.
  const notice = await currentNotice(ctx.db, ctx.actor.organisationId);
  await ctx.db
    .insertInto('consents')
    .values({
      id,
      organisation_id: ctx.actor.organisationId,
      person_id: personId,
      purpose: input.purpose,
      given_on: input.givenOn,
      recorded_by: ctx.actor.userId,
      withdrawn_on: null,
      withdrawn_recorded_by: null,
      note: input.note ?? null,
      notice_version: notice?.version ?? null,
    })
    .execute();
  await ctx.audit({
    action: 'create',
    recordType: 'consent',
    recordId: id,
    personId,
    detail: `purpose:${input.purpose}`,
  });
  return { id };
}

export async function withdrawConsent(ctx: Ctx, personId: string, consentId: string, withdrawnOn: string) {
  await requirePerson(ctx, personId);
  const consent = await ctx.db
    .selectFrom('consents')
    .select(['id', 'given_on', 'withdrawn_on', 'purpose'])
    .where('id', '=', consentId)
    .where('person_id', '=', personId)
    .where('organisation_id', '=', ctx.actor.organisationId)
    .executeTakeFirst();
  if (!consent) throw notFound();
  if (consent.withdrawn_on) throw new HttpError(409, 'consent_withdrawn');
  if (withdrawnOn > clock.today())
    throw new HttpError(400, 'date_in_future', { fields: [{ path: 'withdrawnOn', message: '' }] });
  if (withdrawnOn < consent.given_on)
    throw new HttpError(400, 'withdraw_before_given', { fields: [{ path: 'withdrawnOn', message: '' }] });
  await ctx.db
    .updateTable('consents')
    .set({ withdrawn_on: withdrawnOn, withdrawn_recorded_by: ctx.actor.userId })
    .where('id', '=', consentId)
    .execute();
  await ctx.audit({
    action: 'update',
    recordType: 'consent',
    recordId: consentId,
    personId,
    detail: `withdrawn:${consent.purpose}`,
  });
  return { ok: true };
}
