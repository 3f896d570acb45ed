// Walks every endpoint with every role, anonymously and as a user of another organisation.
// A new endpoint that is not in testing/endpoints.ts makes this test fail: decide its access there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles } from '../../shared/roles.js';
import { allRoutes } from '../app.js';
import { endpoints, type Fixture, seedEndpointFixture } from '../testing/endpoints.js';
import { Client, engines, type SeededOrg, seedOrganisation, startTestApp, type TestApp } from '../testing/harness.js';
import { createSession } from './session.js';

const signInErrors = ['not_signed_in', 'session_expired'];
const denialErrors = ['forbidden', 'not_signed_in', 'csrf', 'second_factor_required', 'totp_setup_required'];

describe.each(engines)('access matrix on %s', (engine) => {
  let t: TestApp;
  let a: SeededOrg;
  let b: SeededOrg;
  let fixture: Fixture;

  beforeAll(async () => {
    t = await startTestApp(engine);
    a = await seedOrganisation(t.database, `ma-${engine}`);
    // The other organisation is made as the operator's command makes one (issue 13): isolated all the same.
    b = await seedOrganisation(t.database, `mb-${engine}`, { viaOperator: true });
    fixture = await seedEndpointFixture(t, a);
  });
  afterAll(() => t.close());

  /** A fresh full session per call, so that logouts or consumed tokens cannot affect other calls. */
  async function as(user: { id: string } | null, organisationId: string) {
    const client = new Client(t.app);
    if (user) {
      const session = await createSession(t.database.db, { id: user.id, organisation_id: organisationId }, 'full');
      client.cookie = `kring_session=${session.token}`;
      client.csrf = session.csrfToken;
    }
    return client;
  }

  it('has an entry for every endpoint', () => {
    const registered = [...allRoutes.map((r) => `${r.method} ${r.url}`), 'GET /api/health'].sort();
    expect(registered).toEqual(Object.keys(endpoints).sort());
  });

  it("reaches a social worker's own client and map through no endpoint as a coordinator, while the worker does (D34)", async () => {
    const hidden = fixture.workersClient;
    let checked = 0;
    for (const [key, entry] of Object.entries(endpoints)) {
      if (!entry.url || entry.who === 'public' || entry.who === 'everyone' || !entry.who.includes('coordinator'))
        continue;
      const url = entry.url(fixture);
      if (!url.includes(fixture.person) && !url.includes(fixture.map)) continue;
      const moved = url
        .replace(fixture.person, hidden.person)
        .replace(fixture.map, hidden.map)
        .replace(fixture.alter, hidden.alter);
      const [method] = key.split(' ');
      const body = entry.body?.(fixture) ?? (method === 'GET' ? undefined : {});
      const coordinator = await (await as(a.users.coordinator, a.organisationId)).request(method, moved, body);
      expect(coordinator.status, `coordinator: ${key}`).toBe(404);
      checked++;
    }
    expect(checked).toBeGreaterThan(8);
    const worker = await as(a.users.social_worker, a.organisationId);
    expect((await worker.request('GET', `/api/persons/${hidden.person}`)).status).toBe(200);
    expect((await worker.request('GET', `/api/maps/${hidden.map}`)).status).toBe(200);
  });

  for (const [key, entry] of Object.entries(endpoints)) {
    const [method, pattern] = key.split(' ');
    it(`${key}`, async () => {
      const url = entry.url ? entry.url(fixture) : pattern;
      const body = entry.body?.(fixture) ?? (method === 'GET' ? undefined : {});
      const anonymous = await (await as(null, a.organisationId)).request(method, url, body);
      if (entry.who === 'public') {
        expect(signInErrors).not.toContain(anonymous.body?.error);
        return;
      }
      expect(anonymous.status, 'anonymous').toBe(401);
      for (const role of roles) {
        const allowed = entry.who === 'everyone' || entry.who.includes(role);
        const result = await (await as(a.users[role], a.organisationId)).request(method, url, body);
        if (allowed) {
          expect(denialErrors, `${role} should be allowed, got ${result.status}`).not.toContain(result.body?.error);
          expect(result.status, `${role}: ${JSON.stringify(result.body)}`).not.toBe(500);
        } else {
          expect(result.status, `${role} should be denied`).toBe(403);
        }
      }
      // A user of another organisation with a permitted role never reaches this organisation's records.
      const ids = [
        fixture.person,
        fixture.map,
        fixture.team,
        fixture.otherUser,
        fixture.invitedUser,
        fixture.trajectory,
        fixture.match,
        fixture.coach,
        fixture.report,
        fixture.group,
        fixture.participant,
        fixture.followUp,
        fixture.interview,
        fixture.erasure,
        fixture.socialMapEntry,
        fixture.socialMapMistake,
      ];
      if (ids.some((id) => url.includes(id))) {
        for (const role of roles) {
          if (entry.who !== 'everyone' && !entry.who.includes(role)) continue;
          const foreign = await (await as(b.users[role], b.organisationId)).request(method, url, body);
          expect(foreign.status, `${role} of another organisation`).toBe(404);
        }
      }
    });
  }
});
