// Security properties a user relies on without seeing them: headers, rate limits, and logs that
// never contain personal data.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import type { Database } from '../db/connection.js';
import { Client, engines, openTestDatabase, seedOrganisation, testPassword } from '../testing/harness.js';
import { createSession } from './session.js';

describe.each(engines)('security on %s', (engine) => {
  let database: Database;
  const logLines: string[] = [];
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    app = await buildApp({
      db: database.db,
      publicUrl: 'http://kring.test',
      authRateLimitPerMinute: 5,
      webDir: null,
      logRequests: true,
      // Fastify's logger options take a stream, but AppOptions types only the level we use.
      logger: { level: 'info', stream } as never,
    });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('sends a strict Content-Security-Policy and no-store on every answer', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('limits sign-in attempts per address with a clear message', async () => {
    // From an address of its own, so sign-ins in other tests do not count towards its limit.
    const attempt = () =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '203.0.113.7',
        headers: { 'accept-language': 'nl' },
        payload: { email: 'niemand@x.test', password: 'fout' },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await attempt()).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().message).toBe('Te veel pogingen in korte tijd. Wacht een minuut en probeer het opnieuw.');
  });

  it('shares one sign-in limit between two Kring processes on one database', async () => {
    // A second instance of the app over the same database, as behind a load balancer.
    const second = await buildApp({
      db: database.db,
      publicUrl: 'http://kring.test',
      authRateLimitPerMinute: 5,
      webDir: null,
    });
    const attempt = (instance: typeof app) =>
      instance.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '198.51.100.23',
        payload: { email: 'niemand@x.test', password: 'fout' },
      });
    const statuses: number[] = [];
    // Three attempts on each, alternating: the sixth is one too many for the address, whichever
    // process it reaches (counted per process, each would still allow it).
    for (let i = 0; i < 6; i++) statuses.push((await attempt(i % 2 === 0 ? app : second)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // The address is not stored as it is.
    const rows = await database.db.selectFrom('auth_rate_limits').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain('198.51.100.23');
    await second.close();
  });

  it('keeps names and other personal data out of the logs, even when a request fails', async () => {
    const org = await seedOrganisation(database, `sec-${engine}`);
    // A session made directly: the sign-in limit of the previous test still holds for this address.
    const session = await createSession(
      database.db,
      { id: org.users.coordinator.id, organisation_id: org.organisationId },
      'full',
    );
    const client = new Client(app);
    client.cookie = `kring_session=${session.token}`;
    client.csrf = session.csrfToken;
    const created = await client.post('/api/persons', {
      kind: 'client',
      firstName: 'Geheimnaam',
      lastName: 'Vertrouwelijk',
      notes: 'zeer gevoelig',
    });
    expect(created.status).toBe(201);
    await client.get(`/api/persons/${created.body.id}`);
    await client.post('/api/persons/search', { q: 'Geheimnaam' });
    await client.post('/api/persons', { kind: 'client', firstName: 'Geheimnaam', email: 'fout-adres' });
    await client.post('/api/auth/login', { email: org.users.coordinator.email, password: testPassword });
    const logs = logLines.join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).toContain('/api/persons/:id'); // the route pattern is logged
    expect(logs).not.toContain(created.body.id); // ... not the concrete URL
    expect(logs).not.toMatch(
      new RegExp(`Geheimnaam|Vertrouwelijk|gevoelig|fout-adres|${session.token}|coordinator@sec`),
    );
  });

  it('marks the session cookie Secure behind a TLS proxy', async () => {
    const proxied = await buildApp({
      db: database.db,
      publicUrl: 'https://kring.test',
      trustProxy: true,
      webDir: null,
    });
    const org = await seedOrganisation(database, `tls-${engine}`);
    const response = await proxied.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: org.users.coach.email, password: testPassword },
    });
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['set-cookie'])).toMatch(/; Secure/);
    expect(response.headers['strict-transport-security']).toBeDefined();
    await proxied.close();
  });
});
