// Test helpers: a fresh database per test file on each engine, an app around it, and an HTTP
// client that keeps its session cookie and CSRF token like a browser does.
import type { FastifyInstance } from 'fastify';
import type { Role } from '../../shared/roles.js';
import { roles } from '../../shared/roles.js';
import { acceptLink } from '../modules/identity/auth.service.js';
import { createOrganisation } from '../modules/identity/organisations.js';
import { shiftDays } from '../../shared/dates.js';
import { buildApp } from '../app.js';
import { type Database, type Engine, openDatabase } from '../db/connection.js';
import { migrate } from '../db/migrate.js';
import { openScratchPostgres } from '../db/scratch.js';
import { hashPassword } from '../platform/crypto.js';
import { clock } from '../../shared/clock.js';

/** PGlite always; PostgreSQL too when KRING_TEST_POSTGRES_URL is set (CI sets it). */
export const engines: Engine[] = process.env.KRING_TEST_POSTGRES_URL ? ['pglite', 'postgres'] : ['pglite'];

export async function openTestDatabase(engine: Engine, poolSize = 4): Promise<Database> {
  if (engine === 'pglite') {
    const database = await openDatabase({ engine: 'pglite', dataDir: null });
    await migrate(database.db);
    return database;
  }
  const database = await openScratchPostgres(process.env.KRING_TEST_POSTGRES_URL!, 'kring_test', poolSize);
  await migrate(database.db);
  return database;
}

export const testPassword = 'correct horse battery staple';
let cachedHash: Promise<string> | undefined;

export interface SeededOrg {
  organisationId: string;
  /** Part of every user's e-mail address and display name ("coordinator <label>"). */
  label: string;
  users: Record<Role, { id: string; email: string }>;
}

/**
 * An organisation with one active user per role, all with testPassword. `viaOperator` creates it
 * as the operator's command does (an invited admin, who then accepts the link), so isolation is
 * proven for organisations made that way too.
 */
export async function seedOrganisation(
  database: Database,
  label: string,
  options: { viaOperator?: boolean } = {},
): Promise<SeededOrg> {
  cachedHash ??= hashPassword(testPassword);
  const hash = await cachedHash;
  const users = {} as SeededOrg['users'];
  let organisationId: string = crypto.randomUUID();
  if (options.viaOperator) {
    const email = `admin@${label}.test`;
    const created = await createOrganisation(database.db, {
      name: `Test ${label}`,
      adminEmail: email,
      adminName: `admin ${label}`,
    });
    organisationId = created.organisationId;
    await acceptLink(database.db, 'invitation', created.token, testPassword);
    users.admin = { id: created.adminId, email };
  } else {
    await database.db
      .insertInto('organisations')
      .values({ id: organisationId, name: `Test ${label}` })
      .execute();
  }
  for (const role of roles) {
    if (users[role]) continue;
    const user = { id: crypto.randomUUID(), email: `${role}@${label}.test` };
    await database.db
      .insertInto('users')
      .values({
        id: user.id,
        organisation_id: organisationId,
        email: user.email,
        display_name: `${role} ${label}`,
        role,
        team_id: null,
        password_hash: hash,
        status: 'active',
        totp_secret: null,
        totp_last_step: null,
        last_login_at: null,
      })
      .execute();
    users[role] = user;
  }
  return { organisationId, label, users };
}

let seeded = 0;
/**
 * An organisation for one test, with a label no other test uses, so that what one test leaves
 * behind never shows up in another (tests run in a shuffled order).
 */
export const seedOwnOrganisation = (database: Database, prefix: string) =>
  seedOrganisation(database, `${prefix}${++seeded}`);

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

export async function startTestApp(engine: Engine): Promise<TestApp> {
  const database = await openTestDatabase(engine);
  const app = await buildApp({
    db: database.db,
    publicUrl: 'http://kring.test',
    authRateLimitPerMinute: 10_000,
    webDir: null,
    logger: process.env.KRING_TEST_LOG ? { level: 'error' } : false,
  });
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
  /** The body as sent, for files that are not text (XLSX, PDF). */
  bytes: Buffer;
}

export class Client {
  cookie: string | null = null;
  csrf: string | null = null;
  /** The address the requests come from (Fastify's inject uses 127.0.0.1 without one). */
  address: string | undefined;
  constructor(
    private readonly app: FastifyInstance,
    private readonly language = 'nl',
  ) {}

  async request<T = any>(
    method: string,
    url: string,
    payload?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { 'accept-language': this.language, ...extraHeaders };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    const response = await this.app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(this.address ? { remoteAddress: this.address } : {}),
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
    const setCookie = response.cookies.find((c) => c.name === 'kring_session');
    if (setCookie) this.cookie = setCookie.value ? `kring_session=${setCookie.value}` : null;
    let body: unknown = response.body;
    if (String(response.headers['content-type'] ?? '').includes('application/json')) body = response.json();
    return { status: response.statusCode, body: body as T, headers: response.headers, bytes: response.rawPayload };
  }

  get = <T = any>(url: string) => this.request<T>('GET', url);
  post = <T = any>(url: string, body: unknown = {}) => this.request<T>('POST', url, body);
  patch = <T = any>(url: string, body: unknown) => this.request<T>('PATCH', url, body);
  put = <T = any>(url: string, body: unknown) => this.request<T>('PUT', url, body);

  /** Reads the session to learn the CSRF token, as the web app does after signing in. */
  async refreshSession() {
    const session = await this.get('/api/auth/session');
    if (session.status === 200) this.csrf = session.body.csrfToken;
    return session;
  }

  async login(email: string, password = testPassword) {
    const result = await this.post('/api/auth/login', { email, password });
    if (result.status === 200) await this.refreshSession();
    return result;
  }
}

export async function signedIn(app: FastifyInstance, email: string): Promise<Client> {
  const client = new Client(app);
  const result = await client.login(email);
  if (result.status !== 200) throw new Error(`login failed for ${email}: ${JSON.stringify(result.body)}`);
  return client;
}

/** A day a number of days before today in the Netherlands (tests must not write future dates). */
export const daysAgo = (n: number): string => shiftDays(clock.today(), -n);

/**
 * Through the coordinator's own API: a coach record for the coach account, a trajectory for the
 * person, an accepted intake, a proposal and both confirmations — so the coach's match is active.
 */
export async function activateCoachMatch(
  coordinator: Client,
  coachUserId: string,
  personId: string,
  startedDaysAgo = 30,
) {
  const ok = <T extends Reply>(r: T) => {
    if (r.status >= 400) throw new Error(`coach match set-up failed: ${JSON.stringify(r.body)}`);
    return r;
  };
  const existing = ok(await coordinator.get('/api/coaches')).body.find(
    (c: { userId: string }) => c.userId === coachUserId,
  );
  const coachId =
    existing?.id ??
    ok(
      await coordinator.post('/api/coaches', {
        userId: coachUserId,
        firstName: 'Coach',
        status: 'active',
        maxClients: 5,
        vogOn: daysAgo(100),
      }),
    ).body.id;
  const on = daysAgo(startedDaysAgo);
  // Matching needs a basis: the client's consent for registration (issue 19).
  ok(
    await coordinator.post(`/api/persons/${personId}/consents`, {
      purpose: 'registration',
      givenOn: daysAgo(startedDaysAgo + 20),
    }),
  );
  const trajectoryId = ok(
    await coordinator.post('/api/trajectories', { personId, registeredOn: daysAgo(startedDaysAgo + 20) }),
  ).body.id;
  ok(
    await coordinator.put(`/api/trajectories/${trajectoryId}/intake`, {
      intakeOn: daysAgo(startedDaysAgo + 10),
      points: { wish: true, not_buddy: true, temporary: true, available: true },
      suitability: 'suitable',
      outcome: 'accepted',
    }),
  );
  const matchId = ok(
    await coordinator.post(`/api/trajectories/${trajectoryId}/matches`, {
      coachId,
      proposedOn: daysAgo(startedDaysAgo + 5),
      introductionOn: daysAgo(startedDaysAgo + 1),
    }),
  ).body.id;
  ok(await coordinator.post(`/api/matches/${matchId}/confirm`, { side: 'client', on }));
  ok(await coordinator.post(`/api/matches/${matchId}/confirm`, { side: 'coach', on }));
  return { coachId, trajectoryId, matchId };
}
