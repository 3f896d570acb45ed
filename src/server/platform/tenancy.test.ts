import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activateCoachMatch,
  Client,
  daysAgo,
  engines,
  openTestDatabase,
  type SeededOrg,
  seedOrganisation,
  signedIn,
  startTestApp,
  type TestApp,
} from '../testing/harness.js';
import { sql } from 'kysely';
import { inTenant } from './route.js';
import { insertResearchConsent } from '../testing/factories.js';

const tenantTables = [
  'organisations',
  'teams',
  'users',
  'recovery_codes',
  'sessions',
  'login_failures',
  'one_time_tokens',
  'persons',
  'person_assignments',
  'consents',
  'audit_log',
  'network_maps',
  'network_alters',
  'network_alter_ties',
  'neighbourhoods',
  'coaches',
  'trajectories',
  'coach_matches',
  'trajectory_steps',
  'session_reports',
  'session_report_history',
  'coach_evaluations',
  'coach_support_meetings',
  'coach_support_attendance',
  'support_groups',
  'group_workers',
  'group_participants',
  'participant_route',
  'group_activities',
  'group_sessions',
  'session_attendance',
  'logbook_entries',
  'support_observations',
  'dropout_followups',
  'house_rules',
  'group_evaluations',
  'evaluation_interviews',
] as const;

describe.each(engines)('tenant isolation on %s', (engine) => {
  let t: TestApp;
  let a: SeededOrg;
  let b: SeededOrg;
  let personOfA: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    a = await seedOrganisation(t.database, `a-${engine}`);
    b = await seedOrganisation(t.database, `b-${engine}`, { viaOperator: true });
    const coordinatorA = await signedIn(t.app, a.users.coordinator.email);
    personOfA = (await coordinatorA.post('/api/persons', { kind: 'client', firstName: 'Alleen', lastName: 'VanA' }))
      .body.id;
    await coordinatorA.post(`/api/persons/${personOfA}/consents`, { purpose: 'registration', givenOn: '2026-02-02' });
    await coordinatorA.put(`/api/persons/${personOfA}/assignees`, { userIds: [a.users.social_worker.id] });
    // Every table holds a row of organisation A, so an empty result for B proves the filter.
    const map = (
      await coordinatorA.post(`/api/persons/${personOfA}/maps`, {
        kind: 'snapshot',
        label: 'start',
        takenOn: '2026-01-01',
      })
    ).body.id;
    const ids = (
      await coordinatorA.post(`/api/maps/${map}/alters`, { version: 1, alters: [{ name: 'Ans' }, { name: 'Bob' }] })
    ).body.ids;
    await coordinatorA.put(`/api/maps/${map}/ties`, { version: 2, ties: [{ a: ids[0], b: ids[1] }] });
    await coordinatorA.put('/api/coaching/neighbourhoods', { neighbourhoods: [{ name: 'Noord' }] });
    const { trajectoryId, coachId } = await activateCoachMatch(coordinatorA, a.users.coach.id, personOfA);
    await coordinatorA.put(`/api/trajectories/${trajectoryId}/steps/1`, {
      status: 'in_progress',
      worksheet: { hopes: 'Meer mensen' },
      version: 0,
    });
    const report = (
      await coordinatorA.post(`/api/trajectories/${trajectoryId}/reports`, {
        metOn: daysAgo(1),
        durationMinutes: 30,
        hours: 0.5,
        summary: 'Kennisgemaakt',
      })
    ).body.id;
    await coordinatorA.put(`/api/reports/${report}`, {
      metOn: daysAgo(1),
      durationMinutes: 45,
      hours: 0.75,
      summary: 'Kennisgemaakt',
    });
    await coordinatorA.put(`/api/trajectories/${trajectoryId}/evaluations/mid_term`, {
      heldOn: daysAgo(1),
      present: [],
      subgoals: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((g) => [String(g), { score: 3 }])),
    });
    await coordinatorA.post('/api/coaching/support', { kind: 'supervision', heldOn: daysAgo(1), coachIds: [coachId] });
    const workerA = await signedIn(t.app, a.users.social_worker.email);
    const group = (await workerA.post('/api/groups', { name: 'Groep A', startedOn: daysAgo(100) })).body.id;
    const activity = (
      await workerA.post(`/api/groups/${group}/activities`, { name: 'Koken', recurrence: 'weekly', audience: 'group' })
    ).body.id;
    const [p1, p2] = await Promise.all(
      ['Een', 'Twee'].map(
        async (firstName) =>
          (
            await workerA.post(`/api/groups/${group}/participants`, {
              person: { firstName },
              cameVia: 'walked_in',
              status: 'introduction',
              onDate: daysAgo(90),
            })
          ).body.id,
      ),
    );
    await workerA.post(`/api/participants/${p1}/route`, { status: 'structural', onDate: daysAgo(80) });
    for (const d of [30, 20, 10])
      await workerA.post(`/api/groups/${group}/sessions`, {
        heldOn: daysAgo(d),
        activityId: activity,
        attendance: [{ participantId: p2 }],
      });
    await workerA.post(`/api/groups/${group}/logbook`, {
      writtenOn: daysAgo(5),
      observations: [{ from: p1, to: p2, type: 'companionship' }],
    });
    await workerA.post(`/api/groups/${group}/house-rules`, { agreedOn: daysAgo(5), rules: ['Welkom'] });
    await workerA.put(`/api/groups/${group}/evaluations/year`, {
      heldOn: daysAgo(1),
      subgoals: Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((g) => [g, { score: 3 }])),
    });
    await insertResearchConsent(t.database, a, [p1]);
    await workerA.post(`/api/groups/${group}/interviews`, { participantId: p1, evaluatorId: a.users.evaluator.id });
    const adminA = await signedIn(t.app, a.users.admin.email);
    await adminA.post('/api/teams', { name: 'Noord' });
    await adminA.post('/api/users/invitations', { email: 'x@a.test', displayName: 'X', role: 'coach' });
    await signedIn(t.app, b.users.coordinator.email);
    await new Client(t.app).login(a.users.evaluator.email, 'a wrong password');
    await t.database.db
      .insertInto('recovery_codes')
      .values({
        id: crypto.randomUUID(),
        organisation_id: a.organisationId,
        user_id: a.users.admin.id,
        code_hash: 'x',
        used_at: null,
      })
      .execute();
  });
  afterAll(() => t.close());

  it('row-level security hides other organisations even from a query without any filter', async () => {
    // Every tenant table in one loop: Kysely cannot type a column of a table chosen at run time,
    // hence the casts on the selection below.
    for (const table of tenantTables) {
      const column = table === 'organisations' ? 'id' : 'organisation_id';
      const seen = await inTenant(t.database.db, b.organisationId, (trx) =>
        trx
          .selectFrom(table)
          .select(`${column} as org` as never)
          .execute(),
      );
      const foreign = (seen as unknown as { org: string }[]).filter((r) => r.org !== b.organisationId);
      expect(foreign, table).toEqual([]);
      const ownRows = await inTenant(t.database.db, a.organisationId, (trx) =>
        trx
          .selectFrom(table)
          .select(`${column} as org` as never)
          .execute(),
      );
      expect((ownRows as unknown[]).length, table).toBeGreaterThan(0);
    }
  });

  it('row-level security refuses writing a row into another organisation', async () => {
    await expect(
      inTenant(t.database.db, b.organisationId, (trx) =>
        trx
          .insertInto('teams')
          .values({ id: crypto.randomUUID(), organisation_id: a.organisationId, name: 'Inbraak' })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('lets no row point at a row of another organisation: every reference between them is a composite key', async () => {
    // Every single-column reference between two tables that carry organisation_id has a partner
    // (organisation_id, column) key (migration 008), so the database itself refuses a crossing.
    const references = await sql<{ child: string; col: string; composite: boolean }>`
      SELECT c.conrelid::regclass::text AS child, a.attname AS col,
        EXISTS (
          SELECT 1 FROM pg_constraint k
          JOIN pg_attribute ka ON ka.attrelid = k.conrelid AND ka.attnum = ANY (k.conkey)
          WHERE k.contype = 'f' AND k.conrelid = c.conrelid AND k.confrelid = c.confrelid
            AND array_length(k.conkey, 1) = 2 AND ka.attname = a.attname
        ) AS composite
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND array_length(c.conkey, 1) = 1 AND a.attname <> 'organisation_id'
        AND c.connamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
        AND EXISTS (SELECT 1 FROM pg_attribute x WHERE x.attrelid = c.conrelid AND x.attname = 'organisation_id')
        AND EXISTS (SELECT 1 FROM pg_attribute x WHERE x.attrelid = c.confrelid AND x.attname = 'organisation_id')
    `.execute(t.database.db);
    expect(references.rows.length).toBeGreaterThan(20);
    expect(references.rows.filter((r) => !r.composite).map((r) => `${r.child}.${r.col}`)).toEqual([]);

    const teamOfA = (
      await t.database.db
        .selectFrom('teams')
        .select('id')
        .where('organisation_id', '=', a.organisationId)
        .executeTakeFirstOrThrow()
    ).id;
    await expect(
      t.database.db.updateTable('users').set({ team_id: teamOfA }).where('id', '=', b.users.coach.id).execute(),
    ).rejects.toThrow(/foreign key/);
    // Through the API, the administrator of B is told in words, and nothing changes.
    const adminB = await signedIn(t.app, b.users.admin.email);
    const patch = await adminB.patch(`/api/users/${b.users.coach.id}`, { teamId: teamOfA });
    expect(patch.status).toBe(400);
    expect(patch.body.fields).toEqual([{ path: 'teamId', message: 'Kies een team van je eigen organisatie.' }]);
    const invite = await adminB.post('/api/users/invitations', {
      email: `x-${engine}@b.test`,
      displayName: 'X',
      role: 'coach',
      teamId: teamOfA,
    });
    expect(invite.status).toBe(400);
    const coach = await t.database.db
      .selectFrom('users')
      .select('team_id')
      .where('id', '=', b.users.coach.id)
      .executeTakeFirstOrThrow();
    expect(coach.team_id).toBeNull();
  });

  it('a coordinator of another organisation cannot find, read or change the person', async () => {
    const coordinatorB = await signedIn(t.app, b.users.coordinator.email);
    expect((await coordinatorB.post('/api/persons/search', { q: 'alleen' })).body.items).toEqual([]);
    expect((await coordinatorB.get(`/api/persons/${personOfA}`)).status).toBe(404);
    expect((await coordinatorB.patch(`/api/persons/${personOfA}`, { firstName: 'Gekaapt' })).status).toBe(404);
    expect(
      (await coordinatorB.put(`/api/persons/${personOfA}/assignees`, { userIds: [b.users.coach.id] })).status,
    ).toBe(404);
    const adminB = await signedIn(t.app, b.users.admin.email);
    expect((await adminB.patch(`/api/users/${a.users.coach.id}`, { status: 'deactivated' })).status).toBe(404);
    // B's audit log holds B's own denied attempt, and nothing of what A did with the person.
    const auditB = await adminB.get(`/api/audit?personId=${personOfA}`);
    expect(
      auditB.body.items.map(
        (r: { action: string; outcome: string; role: string }) => `${r.role}:${r.action}:${r.outcome}`,
      ),
    ).toEqual(Array(3).fill('coordinator:read:denied'));
  });
});

describe.each(engines)('prepared statements and tenants on %s', (engine) => {
  it('one connection, one statement, alternating organisations: each sees only its own rows', async () => {
    // PostgreSQL switches a prepared statement to a generic plan after five executions; the
    // tenant filter must still be evaluated per execution, not baked into the plan.
    const database = await openTestDatabase(engine, 1);
    try {
      const a = await seedOrganisation(database, `pa-${engine}`);
      const b = await seedOrganisation(database, `pb-${engine}`);
      for (let round = 0; round < 12; round++) {
        for (const org of [a, b]) {
          const rows = await inTenant(database.db, org.organisationId, (trx) =>
            trx.selectFrom('users').select('organisation_id').where('role', '=', 'coach').execute(),
          );
          expect(rows.map((r) => r.organisation_id)).toEqual([org.organisationId]);
        }
      }
    } finally {
      await database.close();
    }
  });
});
