import { writeCsv } from '../../platform/csv.js';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { nextDay, startOfDayInNL } from '../../../shared/dates.js';
import { auditPersonLookupSchema, auditQuerySchema } from '../../../shared/schemas.js';
import { foldForSearch, likeEscape } from '../../../shared/search.js';
import type { DB } from '../../db/schema.js';
import { type Actor, personsFindableInAuditLog } from '../../platform/policy.js';
import { defineRoute, type RouteDef } from '../../platform/route.js';
import { momentInNL } from '../../../shared/dates.js';

type AuditQuery = z.output<typeof auditQuerySchema>;

function filtered(db: Kysely<DB>, actor: Actor, q: AuditQuery) {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .where('a.organisation_id', '=', actor.organisationId);
  if (q.personId) query = query.where('a.person_id', '=', q.personId);
  if (q.userId) query = query.where('a.user_id', '=', q.userId);
  if (q.action) query = query.where('a.action', '=', q.action);
  // Dates are whole days in the Netherlands: 'to' includes the entire day.
  if (q.from) query = query.where('a.at', '>=', startOfDayInNL(q.from));
  if (q.to) query = query.where('a.at', '<', startOfDayInNL(nextDay(q.to)));
  return query
    .select([
      'a.id',
      'a.at',
      'a.user_id',
      'u.display_name as user_name',
      'a.user_role',
      'a.action',
      'a.record_type',
      'a.record_id',
      'a.person_id',
      'a.outcome',
      'a.detail',
    ])
    .orderBy('a.id', 'desc');
}

const toItem = (r: Awaited<ReturnType<ReturnType<typeof filtered>['execute']>>[number]) => ({
  id: r.id,
  at: r.at,
  userId: r.user_id,
  userName: r.user_name,
  role: r.user_role,
  action: r.action,
  recordType: r.record_type,
  recordId: r.record_id,
  personId: r.person_id,
  outcome: r.outcome,
  detail: r.detail,
});

/** The export's column headings, in the user's language. */
const auditCsvHeaders = {
  nl: {
    id: 'id',
    at: 'Tijdstip',
    userId: 'Gebruiker (id)',
    userName: 'Gebruiker',
    role: 'Rol',
    action: 'Handeling',
    recordType: 'Soort gegeven',
    recordId: 'Gegeven (id)',
    personId: 'Persoon (id)',
    outcome: 'Uitkomst',
    detail: 'Toelichting',
  },
  en: {
    id: 'id',
    at: 'Time',
    userId: 'User (id)',
    userName: 'User',
    role: 'Role',
    action: 'Action',
    recordType: 'Kind of record',
    recordId: 'Record (id)',
    personId: 'Person (id)',
    outcome: 'Outcome',
    detail: 'Detail',
  },
} as const;

/** The audit log, filtered, a page at a time. */
export const auditList = defineRoute({
  method: 'GET',
  url: '/api/audit',
  access: 'audit.read',
  query: auditQuerySchema,
  handler: async (ctx, { query }) => {
    const rows = await filtered(ctx.db, ctx.actor, query)
      .offset(query.offset)
      .limit(query.limit + 1)
      .execute();
    await ctx.audit({ action: 'read', recordType: 'audit_log', personId: query.personId ?? null });
    return { items: rows.slice(0, query.limit).map(toItem), hasMore: rows.length > query.limit };
  },
});

/** At most this many names answer one lookup: enough to pick from, too few to list everyone. */
const lookupLimit = 10;

/**
 * Persons whose name matches every word typed, so the log can be filtered by a person without
 * knowing their id. A POST, so the typed name stays out of URLs and request logs.
 */
export const auditPersonLookup = defineRoute({
  method: 'POST',
  url: '/api/audit/persons',
  access: 'audit.read',
  body: auditPersonLookupSchema,
  readOnly: true,
  handler: async (ctx, { body }) => {
    let query = ctx.db
      .selectFrom('persons')
      .where('persons.organisation_id', '=', ctx.actor.organisationId)
      .where(personsFindableInAuditLog(ctx.actor));
    for (const word of foldForSearch(body.q).split(' ').filter(Boolean)) {
      query = query.where('persons.sort_key', 'like', `%${likeEscape(word)}%`);
    }
    const rows = await query
      .select(['id', 'kind', 'first_name', 'last_name', 'year_of_birth'])
      .orderBy('sort_key')
      .orderBy('id')
      .limit(lookupLimit)
      .execute();
    await ctx.audit(
      ...rows.map((r) => ({
        action: 'list' as const,
        recordType: 'person',
        recordId: r.id,
        personId: r.id,
        detail: 'audit_lookup',
      })),
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      name: [r.first_name, r.last_name].filter(Boolean).join(' '),
      yearOfBirth: r.year_of_birth,
    }));
  },
});

export const auditRoutes: RouteDef[] = [
  auditList,
  auditPersonLookup,
  defineRoute({
    method: 'GET',
    url: '/api/audit/export',
    access: 'audit.read',
    query: auditQuerySchema,
    handler: async (ctx, { query }) => {
      const rows = await filtered(ctx.db, ctx.actor, query).limit(100_000).execute();
      await ctx.audit({
        action: 'export',
        recordType: 'audit_log',
        personId: query.personId ?? null,
        detail: `count:${rows.length}`,
      });
      ctx.reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="kring-audit.csv"');
      // For a spreadsheet in the user's language: Dutch Excel expects semicolons, and people read
      // times on the clock of the Netherlands (issue 19).
      const columns = Object.keys(auditCsvHeaders.en) as (keyof typeof auditCsvHeaders.en)[];
      return writeCsv(
        rows.map(toItem).map((r) => ({ ...r, at: momentInNL(r.at) })),
        columns,
        { forSpreadsheets: true, delimiter: ctx.locale === 'nl' ? ';' : ',', headers: auditCsvHeaders[ctx.locale] },
      );
    },
  }),
];
