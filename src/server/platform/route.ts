// Every endpoint is declared with defineRoute and mounted by mountRoutes. The wrapper is where
// authentication, CSRF, the policy check, validation, the tenant transaction and audit-on-denial
// happen, so a route's handler contains only its own work.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import { unstorableAt } from '../../shared/storable.js';
import { plainLanguageErrors, validationText } from '../../shared/validation-messages.js';
import type { Wire } from '../../shared/wire.js';
import type { DB, SessionStage } from '../db/schema.js';
import { type AuditEntry, actorAsAuditor, readRecorder, writeAudit } from './audit.js';
import { safeEqual } from './crypto.js';
import type { SecretBox } from './secret-box.js';
import { HttpError } from './errors.js';
import { isCrossSite } from './origin.js';
import { type Locale, pickLocale } from './messages.js';
import { type Actor, can, type Permission } from './policy.js';
import { openSessionInTransaction, sessionCookie, type SessionInfo, touchSessions } from './session.js';

/**
 * - 'public': no session (login, setup, one-time links, health).
 * - 'signed_in': any full session (own account, logout).
 * - 'any_stage': also sessions that still owe a second factor or its setup.
 * - 'enrolment': full sessions and those that must still set up two-step verification.
 * - a Permission: a full session whose role the policy grants it.
 */
export type Access = 'public' | 'signed_in' | 'any_stage' | 'enrolment' | Permission;

export interface Deps {
  db: Kysely<DB>;
  publicUrl: string;
  /** Seals and opens secrets stored in the database (TOTP secrets; D38). */
  secrets: SecretBox;
}

export interface Ctx {
  db: Kysely<DB>;
  actor: Actor;
  session: SessionInfo;
  locale: Locale;
  request: FastifyRequest;
  reply: FastifyReply;
  deps: Deps;
  audit(...entries: AuditEntry[]): Promise<void>;
}

export interface PublicCtx {
  db: Kysely<DB>;
  locale: Locale;
  request: FastifyRequest;
  reply: FastifyReply;
  deps: Deps;
}

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

interface RouteBase<B, Q, P> {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  body?: B;
  query?: Q;
  params?: P;
  /** Counts towards the per-IP limit for authentication attempts. */
  authLimited?: boolean;
  /** Answers 201 Created instead of 200 when the handler succeeds. */
  created?: boolean;
  /** A POST that only reads (a search whose criteria do not fit a URL): treated as a GET (D29). */
  readOnly?: boolean;
}

// biome-ignore-start lint/suspicious/noExplicitAny: a list of routes holds every schema; each declaration is checked by defineRoute
export type RouteDef<
  B extends Schema | undefined = any,
  Q extends Schema | undefined = any,
  P extends Schema | undefined = any,
  R = unknown,
> =
  | (RouteBase<B, Q, P> & {
      access: 'public';
      handler(ctx: PublicCtx, input: { body: Out<B>; query: Out<Q>; params: Out<P> }): Promise<R>;
    })
  | (RouteBase<B, Q, P> & {
      access: Exclude<Access, 'public'>;
      handler(ctx: Ctx, input: { body: Out<B>; query: Out<Q>; params: Out<P> }): Promise<R>;
    });
// biome-ignore-end lint/suspicious/noExplicitAny: see above

export function defineRoute<
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
  R = unknown,
>(def: RouteDef<B, Q, P, R>): RouteDef<B, Q, P, R> {
  return def;
}

/** What a declared route answers, as the web app receives it (for handlers written in the route). */
// biome-ignore lint/suspicious/noExplicitAny: any route; only its answer matters here
export type RouteAnswer<D extends RouteDef<any, any, any, any>> = Wire<Awaited<ReturnType<D['handler']>>>;

// Made once: our plain-language texts first, zod's own locale for anything we do not cover.
const withFallback =
  (ours: ReturnType<typeof plainLanguageErrors>, theirs: z.core.$ZodErrorMap) => (issue: z.core.$ZodRawIssue) =>
    ours(issue) ?? theirs(issue);
const nlErrors = withFallback(plainLanguageErrors('nl'), z.locales.nl().localeError);
const enErrors = withFallback(plainLanguageErrors('en'), z.locales.en().localeError);
/** The zod error map for a language: for validation a handler does itself (a step's worksheet). */
export const validationErrors = (locale: Locale) => (locale === 'nl' ? nlErrors : enErrors);

function validate(locale: Locale, route: RouteDef, request: FastifyRequest) {
  const parts: Array<[string, Schema | undefined, unknown]> = [
    ['body', route.body, request.body],
    ['query', route.query, request.query],
    ['params', route.params, request.params],
  ];
  const out: Record<string, unknown> = {};
  const fields: { path: string; message: string }[] = [];
  const localeError = validationErrors(locale);
  for (const [name, schema, value] of parts) {
    // Text PostgreSQL cannot store is refused here for every route, also inside fields a schema
    // leaves open (a worksheet, an import file), before it can fail in a query.
    const unstorable = unstorableAt(value);
    if (unstorable) {
      fields.push({ path: unstorable.join('.'), message: validationText('unstorable', locale) });
      continue;
    }
    if (!schema) continue;
    const result = schema.safeParse(value ?? {}, { error: localeError });
    if (result.success) out[name] = result.data;
    else for (const issue of result.error.issues) fields.push({ path: issue.path.join('.'), message: issue.message });
  }
  if (fields.length > 0) throw new HttpError(400, 'validation', { fields });
  // biome-ignore lint/suspicious/noExplicitAny: the route's own schemas type what the handler receives
  return out as { body: any; query: any; params: any };
}

/**
 * Runs fn in one transaction as the non-superuser application role with the organisation set,
 * so that PostgreSQL row-level security limits every statement to that organisation.
 */
export async function inTenant<T>(
  db: Kysely<DB>,
  organisationId: string,
  fn: (trx: Kysely<DB>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('role', 'kring_app', true), set_config('app.organisation_id', ${organisationId}, true)`.execute(
      trx,
    );
    return fn(trx);
  });
}

class SessionRefused extends Error {
  constructor(
    readonly code: 'not_signed_in' | 'session_expired',
    readonly expiredId?: string,
  ) {
    super(code);
  }
}

class CommittedFailure {
  constructor(readonly error: HttpError) {}
}

function stagesFor(access: Exclude<Access, 'public'>): SessionStage[] {
  if (access === 'any_stage') return ['full', 'totp', 'totp_setup'];
  if (access === 'enrolment') return ['full', 'totp_setup'];
  return ['full'];
}

/** The checks a signed-in request passes before its handler runs: stage, CSRF, permission. */
function admit(route: SignedInRoute, request: FastifyRequest, session: SessionInfo): Actor {
  if (!stagesFor(route.access).includes(session.stage)) {
    throw new HttpError(401, session.stage === 'totp' ? 'second_factor_required' : 'totp_setup_required');
  }
  if (request.method !== 'GET' && !safeEqual(String(request.headers['x-csrf-token'] ?? ''), session.csrfToken)) {
    throw new HttpError(403, 'csrf');
  }
  if (
    !['signed_in', 'any_stage', 'enrolment'].includes(route.access) &&
    !can(session.role, route.access as Permission)
  ) {
    throw new HttpError(403, 'forbidden');
  }
  return { userId: session.userId, organisationId: session.organisationId, role: session.role, sessionId: session.id };
}

type ReadRecorder = ReturnType<typeof readRecorder>;
type PublicRoute = Extract<RouteDef, { access: 'public' }>;
type SignedInRoute = Exclude<RouteDef, PublicRoute>;

async function runPublic(route: PublicRoute, deps: Deps, request: FastifyRequest, reply: FastifyReply) {
  const locale = pickLocale(request.headers['accept-language']);
  return route.handler({ db: deps.db, locale, request, reply, deps }, validate(locale, route, request));
}

async function runSignedIn(
  route: SignedInRoute,
  deps: Deps,
  recordRead: ReadRecorder,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const token = request.cookies[sessionCookie];
  if (!token) throw new HttpError(401, 'not_signed_in');
  // A GET changes nothing: its transaction is read-only, so PostgreSQL refuses a handler that
  // tries, and its audit rows are committed by group commit once it has run (D29).
  const reads = route.method === 'GET' || route.readOnly === true;
  let actor: Actor | null = null;
  const readTrace: AuditEntry[] = [];
  let touchSessionId: string | null = null;
  try {
    const transaction = reads ? deps.db.transaction().setAccessMode('read only') : deps.db.transaction();
    const result = await transaction.execute(async (trx) => {
      const found = await openSessionInTransaction(trx, token);
      if (!found.ok) throw new SessionRefused(found.code, found.expiredId);
      const session = found.session;
      actor = admit(route, request, session);
      const who = actor;
      const input = validate(session.locale, route, request);
      if (session.needsTouch) {
        if (reads) touchSessionId = session.id;
        else await touchSessions(trx, [session.id]);
      }
      const audit = reads
        ? async (...entries: AuditEntry[]) => void readTrace.push(...entries)
        : (...entries: AuditEntry[]) => writeAudit(trx, actorAsAuditor(who), entries);
      const ctx: Ctx = { db: trx, actor: who, session, locale: session.locale, request, reply, deps, audit };
      try {
        return await route.handler(ctx, input);
      } catch (error) {
        if (error instanceof HttpError && error.options.keepChanges) return new CommittedFailure(error);
        throw error;
      }
    });
    // Recorded before anything is answered, a kept failure included.
    if (readTrace.length > 0 || touchSessionId)
      await recordRead({ who: actorAsAuditor(actor!), entries: readTrace, touchSessionId });
    if (result instanceof CommittedFailure) throw result.error;
    return result;
  } catch (error) {
    if (error instanceof SessionRefused) {
      if (error.expiredId) await deps.db.deleteFrom('sessions').where('id', '=', error.expiredId).execute();
      throw new HttpError(401, error.code);
    }
    // The transaction rolled back; a denied or failed attempt must still be on record.
    const who = actor as Actor | null;
    if (who && error instanceof HttpError && error.options.audit?.length && !error.options.keepChanges) {
      await inTenant(deps.db, who.organisationId, (trx) => writeAudit(trx, actorAsAuditor(who), error.options.audit!));
    }
    throw error;
  }
}

export function mountRoutes(app: FastifyInstance, deps: Deps, routes: RouteDef[]) {
  const recordRead = readRecorder(deps.db);
  const publicOrigin = new URL(deps.publicUrl).origin;
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      config: {
        access: route.access,
        ...(route.authLimited ? { rateLimit: {} } : {}),
      },
      handler: async (request, reply) => {
        const site = {
          origin: request.headers.origin,
          fetchSite: request.headers['sec-fetch-site'],
          host: request.host,
        };
        if (route.method !== 'GET' && isCrossSite(site, publicOrigin)) throw new HttpError(403, 'cross_site');
        const answer =
          route.access === 'public'
            ? await runPublic(route, deps, request, reply)
            : await runSignedIn(route, deps, recordRead, request, reply);
        if (route.created) reply.status(201);
        return answer;
      },
    });
  }
}
