// Access requests and erasure requests, as the administrator handles them.
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { clock } from '../../../shared/clock.js';
import { shiftDays } from '../../../shared/dates.js';
import { erasureGraceDays, type ErasureState } from '../../../shared/privacy/model.js';
import type { DB } from '../../db/schema.js';
import { writeAudit } from '../../platform/audit.js';
import { HttpError } from '../../platform/errors.js';
import { personsForPrivacyRequests } from '../../platform/policy.js';
import type { Ctx } from '../../platform/route.js';
import { translator } from '../../platform/texts.js';
import { erasePerson } from './erase.js';
import { collectExport } from './export.js';

const fullName = (first: string, last: string) => `${first} ${last}`.trim();

/** The person, if the actor may handle their requests; otherwise not found (never "forbidden": no hint it exists). */
async function requestablePerson(ctx: Ctx, personId: string) {
  const person = await ctx.db
    .selectFrom('persons')
    .select(['id', 'kind', 'first_name', 'last_name', 'year_of_birth', 'erased_at', 'legal_hold_since'])
    .where('organisation_id', '=', ctx.actor.organisationId)
    .where('id', '=', personId)
    .where(personsForPrivacyRequests(ctx.actor))
    .executeTakeFirst();
  if (!person) throw new HttpError(404, 'not_found');
  return person;
}

const stateOf = (r: { cancelled_at: Date | null; carried_out_at: Date | null }): ErasureState =>
  r.carried_out_at ? 'carried_out' : r.cancelled_at ? 'cancelled' : 'waiting';

function requestsQuery(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom('erasure_requests as r')
    .innerJoin('persons as p', (j) =>
      j.onRef('p.id', '=', 'r.person_id').onRef('p.organisation_id', '=', 'r.organisation_id'),
    )
    .leftJoin('users as u', 'u.id', 'r.requested_by')
    .where('r.organisation_id', '=', organisationId)
    .select([
      'r.id',
      'r.person_id',
      'p.first_name',
      'p.last_name',
      'p.erased_at',
      'r.requested_at',
      'u.display_name as requested_by',
      'r.due_on',
      'r.cancelled_at',
      'r.carried_out_at',
    ]);
}
type RequestRow = Awaited<ReturnType<ReturnType<typeof requestsQuery>['execute']>>[number];
const toRequest = (r: RequestRow) => ({
  id: r.id,
  personId: r.person_id,
  // Once erased, the name is gone; the page says so in the reader's language.
  name: r.erased_at ? null : fullName(r.first_name, r.last_name),
  requestedAt: r.requested_at,
  requestedBy: r.requested_by,
  dueOn: r.due_on,
  state: stateOf(r),
  closedAt: r.carried_out_at ?? r.cancelled_at,
});

/** One person as the privacy page shows them: who, how much Kring holds, and any erasure request. */
export async function personSummary(ctx: Ctx, personId: string) {
  const person = await requestablePerson(ctx, personId);
  const data = await collectExport(ctx.db, ctx.actor.organisationId, personId);
  const latest = await requestsQuery(ctx.db, ctx.actor.organisationId)
    .where('r.person_id', '=', personId)
    .orderBy('r.requested_at', 'desc')
    .orderBy('r.id')
    .executeTakeFirst();
  await ctx.audit({ action: 'read', recordType: 'person', recordId: personId, personId, detail: 'privacy_summary' });
  return {
    id: person.id,
    kind: person.kind,
    name: person.erased_at ? null : fullName(person.first_name, person.last_name),
    yearOfBirth: person.erased_at ? null : person.year_of_birth,
    erasedAt: person.erased_at,
    legalHoldSince: person.legal_hold_since,
    // How many records each part of the export holds, so the admin sees the scope before downloading.
    parts: data.parts.map((p) => ({ part: p.part, records: p.tables.reduce((n, t) => n + t.rows.length, 0) })),
    erasure: latest ? toRequest(latest) : null,
  };
}

/** Everything about the person, for the access request; audited as an export. */
export async function accessExport(ctx: Ctx, personId: string, format: 'json' | 'pdf') {
  await requestablePerson(ctx, personId);
  const data = await collectExport(ctx.db, ctx.actor.organisationId, personId);
  await ctx.audit({
    action: 'export',
    recordType: 'person',
    recordId: personId,
    personId,
    detail: `access_request:${format}`,
  });
  return data;
}

/** Asks for an erasure: it waits the grace period, during which an administrator can cancel it. */
export async function requestErasure(ctx: Ctx, personId: string) {
  const person = await requestablePerson(ctx, personId);
  if (person.erased_at) throw new HttpError(409, 'already_erased');
  if (person.legal_hold_since) throw new HttpError(409, 'legal_hold');
  const id = randomUUID();
  const inserted = await ctx.db
    .insertInto('erasure_requests')
    .values({
      id,
      organisation_id: ctx.actor.organisationId,
      person_id: personId,
      requested_by: ctx.actor.userId,
      requested_at: clock.now(),
      due_on: shiftDays(clock.today(), erasureGraceDays),
    })
    // The partial unique index keeps one waiting request per person, also between two admins.
    .onConflict((oc) =>
      oc.column('person_id').where('cancelled_at', 'is', null).where('carried_out_at', 'is', null).doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  if (!inserted) throw new HttpError(409, 'erasure_waiting');
  await ctx.audit({ action: 'create', recordType: 'erasure_request', recordId: id, personId });
  const row = await requestsQuery(ctx.db, ctx.actor.organisationId).where('r.id', '=', id).executeTakeFirstOrThrow();
  return toRequest(row);
}

/** Cancels a waiting erasure request. */
export async function cancelErasure(ctx: Ctx, requestId: string) {
  const request = await ctx.db
    .selectFrom('erasure_requests')
    .select(['id', 'person_id'])
    .where('organisation_id', '=', ctx.actor.organisationId)
    .where('id', '=', requestId)
    .executeTakeFirst();
  if (!request) throw new HttpError(404, 'not_found');
  await requestablePerson(ctx, request.person_id);
  const updated = await ctx.db
    .updateTable('erasure_requests')
    .set({ cancelled_at: clock.now(), cancelled_by: ctx.actor.userId })
    .where('organisation_id', '=', ctx.actor.organisationId)
    .where('id', '=', requestId)
    .where('cancelled_at', 'is', null)
    .where('carried_out_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (!updated) throw new HttpError(409, 'erasure_not_waiting');
  await ctx.audit({
    action: 'update',
    recordType: 'erasure_request',
    recordId: requestId,
    personId: request.person_id,
    detail: 'cancelled',
  });
  const row = await requestsQuery(ctx.db, ctx.actor.organisationId)
    .where('r.id', '=', requestId)
    .executeTakeFirstOrThrow();
  return toRequest(row);
}

/** The erasure requests: waiting ones first (soonest due), then the latest closed ones. */
export async function listErasures(ctx: Ctx) {
  const rows = await requestsQuery(ctx.db, ctx.actor.organisationId)
    .orderBy(sql`(r.cancelled_at IS NULL AND r.carried_out_at IS NULL)`, 'desc')
    .orderBy('r.due_on')
    .orderBy('r.requested_at', 'desc')
    .orderBy('r.id')
    .limit(100)
    .execute();
  await ctx.audit(
    ...rows.map((r) => ({
      action: 'list' as const,
      recordType: 'erasure_request',
      recordId: r.id,
      personId: r.person_id,
    })),
  );
  return rows.map(toRequest);
}

/**
 * The erasure job's work for one organisation (platform/jobs.ts): carries out every waiting
 * request whose grace period is over. The audit row says that the person was erased, and by
 * which request, never what was erased.
 */
export async function carryOutDueErasures(trx: Kysely<DB>, organisationId: string): Promise<number> {
  // A person placed on legal hold after the request waits until the hold is lifted.
  const due = await trx
    .selectFrom('erasure_requests as r')
    .innerJoin('persons as p', 'p.id', 'r.person_id')
    .select(['r.id', 'r.person_id'])
    .where('r.organisation_id', '=', organisationId)
    .where('r.cancelled_at', 'is', null)
    .where('r.carried_out_at', 'is', null)
    .where('r.due_on', '<=', clock.today())
    .where('p.legal_hold_since', 'is', null)
    .orderBy('r.due_on')
    .orderBy('r.id')
    .forUpdate('r')
    .execute();
  // The placeholder is stored data, in the organisation's working language (Dutch; D39).
  const placeholder = translator('nl')('privacy.erasedPlaceholder');
  for (const request of due) {
    await erasePerson(trx, organisationId, request.person_id, placeholder);
    await trx
      .updateTable('erasure_requests')
      .set({ carried_out_at: clock.now() })
      .where('organisation_id', '=', organisationId)
      .where('id', '=', request.id)
      .execute();
    await writeAudit(trx, { organisationId, userId: null, role: null }, [
      {
        action: 'delete',
        recordType: 'person',
        recordId: request.person_id,
        personId: request.person_id,
        detail: `erasure:${request.id}`,
      },
    ]);
  }
  return due.length;
}

/** Places a person on legal hold, or lifts it: retention and erasure leave them alone meanwhile. */
export async function setLegalHold(ctx: Ctx, personId: string, hold: boolean) {
  const person = await requestablePerson(ctx, personId);
  if (person.erased_at) throw new HttpError(409, 'already_erased');
  await ctx.db
    .updateTable('persons')
    .set(
      hold
        ? { legal_hold_since: person.legal_hold_since ?? clock.now(), legal_hold_by: ctx.actor.userId }
        : { legal_hold_since: null, legal_hold_by: null },
    )
    .where('organisation_id', '=', ctx.actor.organisationId)
    .where('id', '=', personId)
    .execute();
  await ctx.audit({
    action: 'update',
    recordType: 'person',
    recordId: personId,
    personId,
    detail: hold ? 'legal_hold:on' : 'legal_hold:off',
  });
  return personSummary(ctx, personId);
}
