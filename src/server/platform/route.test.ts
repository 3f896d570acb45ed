// The route wrapper's promises about reads (D29): every answered read is on record, a read that
// cannot be recorded is not answered, and a GET cannot change data.
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import { throwawaySecretBox } from './secret-box.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/connection.js';
import { engines, openTestDatabase, seedOrganisation } from '../testing/harness.js';
import { defineRoute, mountRoutes } from './route.js';
import { createSession } from './session.js';
import { clock } from '../../shared/clock.js';

const routes = [
  defineRoute({
    method: 'GET',
    url: '/test/read',
    access: 'persons.read',
    handler: async (ctx) => {
      await ctx.audit({ action: 'read', recordType: 'test_record', recordId: 'r1' });
      return { ok: true };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/test/read-unrecordable',
    access: 'persons.read',
    // An outcome the audit table refuses, so the row cannot be written (cast: the types forbid it).
    handler: async (ctx) => {
      await ctx.audit({ action: 'read', recordType: 'test_record', outcome: 'unknown' as never });
      return { secret: 'must not be sent' };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/test/read-that-writes',
    access: 'persons.read',
    handler: async (ctx) => {
      await ctx.db
        .insertInto('teams')
        .values({ id: crypto.randomUUID(), organisation_id: ctx.actor.organisationId, name: 'Written by a GET' })
        .execute();
      return { ok: true };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/test/search-that-writes',
    access: 'persons.read',
    readOnly: true,
    handler: async (ctx) => {
      await ctx.db
        .insertInto('teams')
        .values({ id: crypto.randomUUID(), organisation_id: ctx.actor.organisationId, name: 'Written by a search' })
        .execute();
      return { ok: true };
    },
  }),
];

describe.each(engines)('route wrapper on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let organisationId: string;
  let cookieHeader: string;
  let csrf: string;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = Fastify();
    await app.register(cookie);
    mountRoutes(app, { db: database.db, publicUrl: 'http://kring.test', secrets: throwawaySecretBox() }, routes);
    const org = await seedOrganisation(database, `route-${engine}`);
    organisationId = org.organisationId;
    const session = await createSession(
      database.db,
      { id: org.users.coordinator.id, organisation_id: organisationId },
      'full',
    );
    cookieHeader = `kring_session=${session.token}`;
    csrf = session.csrfToken;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie: cookieHeader } });
  const recorded = async () =>
    Number(
      (
        await database.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('organisation_id', '=', organisationId)
          .where('record_type', '=', 'test_record')
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('has the audit row of every read committed before that read is answered, also when many arrive at once', async () => {
    const before = await recorded();
    let answered = 0;
    const seen: number[] = [];
    await Promise.all(
      Array.from({ length: 40 }, async () => {
        const response = await get('/test/read');
        expect(response.statusCode).toBe(200);
        const answeredSoFar = ++answered;
        // Counted after those answers: every one of them must already be on record.
        seen.push((await recorded()) - before - answeredSoFar);
      }),
    );
    expect((await recorded()) - before).toBe(40);
    // Whenever a read had been answered, at least as many rows as answers were already committed.
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(0);
  });

  it('does not answer a read whose audit row cannot be written', async () => {
    const response = await get('/test/read-unrecordable');
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('must not be sent');
    // The reads around it are recorded as usual.
    expect((await get('/test/read')).statusCode).toBe(200);
  });

  it('refuses a GET, or a POST marked read-only, that tries to change data, and nothing changes', async () => {
    expect((await get('/test/read-that-writes')).statusCode).toBe(500);
    const search = await app.inject({
      method: 'POST',
      url: '/test/search-that-writes',
      headers: { cookie: cookieHeader, 'x-csrf-token': csrf },
      payload: {},
    });
    expect(search.statusCode).toBe(500);
    const teams = await database.db
      .selectFrom('teams')
      .select('name')
      .where('organisation_id', '=', organisationId)
      .execute();
    expect(teams).toEqual([]);
  });

  it('keeps a session alive that only reads, by recording when it was last seen', async () => {
    const twentyMinutesAgo = new Date(clock.ms() - 20 * 60 * 1000);
    await database.db
      .updateTable('sessions')
      .set({ last_seen_at: twentyMinutesAgo })
      .where('organisation_id', '=', organisationId)
      .execute();
    expect((await get('/test/read')).statusCode).toBe(200);
    const session = await database.db
      .selectFrom('sessions')
      .select('last_seen_at')
      .where('organisation_id', '=', organisationId)
      .executeTakeFirstOrThrow();
    expect(clock.ms() - new Date(session.last_seen_at).getTime()).toBeLessThan(60 * 1000);
  });

  // PGlite has one connection: a second transaction waits for the first whatever Kring does.
  it.skipIf(engine === 'pglite')(
    'answers a read at once while its session row is locked by a change in progress',
    async () => {
      await database.db
        .updateTable('sessions')
        .set({ last_seen_at: new Date(clock.ms() - 20 * 60 * 1000) })
        .where('organisation_id', '=', organisationId)
        .execute();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const lock = database.db.transaction().execute(async (trx) => {
        await trx
          .selectFrom('sessions')
          .select('id')
          .where('organisation_id', '=', organisationId)
          .forUpdate()
          .execute();
        locked();
        await held;
      });
      await isLocked;
      try {
        const answer = await Promise.race([
          get('/test/read'),
          new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 3000)),
        ]);
        expect(answer === 'waited' ? answer : answer.statusCode).toBe(200);
      } finally {
        release();
        await lock;
      }
    },
  );
});
