import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  activateCoachMatch,
  type Client,
  daysAgo,
  engines,
  type SeededOrg,
  seedOwnOrganisation,
  signedIn,
  startTestApp,
  type TestApp,
} from '../../testing/harness.js';
import { insertCoach, insertConsent, insertNeighbourhoods } from '../../testing/factories.js';
import { clock, startClockAt } from '../../../shared/clock.js';

const allPoints = { wish: true, not_buddy: true, temporary: true, available: true };

describe.each(engines)('coach programme on %s', (engine) => {
  let t: TestApp;
  let org: SeededOrg;
  let coordinator: Client;
  let coach: Client;
  let worker: Client;
  let ownCoach: string;
  let otherCoach: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  // Each test has an organisation of its own with the same three coaches, so no test depends on
  // the matches, reports or meetings another left behind.
  beforeEach(async () => {
    org = await seedOwnOrganisation(t.database, `co-${engine}-`);
    [coordinator, coach, worker] = await Promise.all([
      signedIn(t.app, org.users.coordinator.email),
      signedIn(t.app, org.users.coach.email),
      signedIn(t.app, org.users.social_worker.email),
    ]);
    await insertNeighbourhoods(t.database, org, [
      { name: 'Oost', latitude: 52.09, longitude: 5.14 },
      { name: 'West', latitude: 52.09, longitude: 5.08 },
      { name: 'Noord', latitude: 52.2, longitude: 5.12 },
    ]);
    ownCoach = await insertCoach(t.database, org, {
      userId: org.users.coach.id,
      firstName: 'Carla',
      lastName: 'Coach',
      status: 'active',
      maxClients: 1,
      neighbourhood: 'West',
      travelRadiusKm: 6,
      availability: ['tue_afternoon', 'thu_morning'],
      languages: ['Nederlands', 'Turks'],
      interests: ['wandelen', 'koken'],
      vogOn: daysAgo(200),
    });
    otherCoach = await insertCoach(t.database, org, {
      firstName: 'Otto',
      lastName: 'Ander',
      status: 'active',
      maxClients: 2,
      neighbourhood: 'Noord',
      travelRadiusKm: 3,
      availability: ['sat_morning'],
      languages: ['Nederlands'],
    });
    await insertCoach(t.database, org, {
      firstName: 'Kees',
      status: 'in_training',
      neighbourhood: 'Oost',
      availability: ['tue_afternoon'],
    });
  });
  afterAll(() => t.close());

  async function register(firstName: string, extra: Record<string, unknown> = {}) {
    const r = await coordinator.post('/api/trajectories', {
      registeredOn: daysAgo(60),
      person: { firstName, lastName: 'Test', neighbourhood: 'Oost' },
      languages: ['Turks'],
      interests: ['Koken'],
      availability: ['tue_afternoon', 'thu_morning'],
      situations: ['ageing'],
      referrerOrganisation: 'Huisartsenpraktijk',
      ...extra,
    });
    expect(r.status).toBe(201);
    await insertConsent(t.database, org, r.body.personId, daysAgo(400));
    return r.body as { id: string; personId: string };
  }
  const accept = (id: string) =>
    coordinator.put(`/api/trajectories/${id}/intake`, {
      intakeOn: daysAgo(50),
      points: allPoints,
      suitability: 'suitable',
      outcome: 'accepted',
    });

  it("checks a new client's phone number as the person form does", async () => {
    const bad = await coordinator.post('/api/trajectories', {
      registeredOn: daysAgo(1),
      person: { firstName: 'Telefoon', phone: 'bel me maar' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual([expect.objectContaining({ path: 'person.phone' })]);
    expect((await coordinator.post('/api/persons/search', { q: 'Telefoon' })).body.items).toHaveLength(0);
  });

  it('registers a client on the waiting list and checks the intake', async () => {
    const { id } = await register('Wachtende');
    const list = (await coordinator.get('/api/trajectories?status=registered')).body;
    expect(list.find((r: { id: string }) => r.id === id)).toMatchObject({ name: 'Wachtende Test', waitingDays: 60 });
    const future = await coordinator.put(`/api/trajectories/${id}/intake`, {
      intakeOn: daysAgo(-3),
      points: allPoints,
      suitability: 'suitable',
      outcome: 'accepted',
    });
    expect(future.body.fields[0]).toMatchObject({ path: 'intakeOn' });
    const early = await coordinator.put(`/api/trajectories/${id}/intake`, {
      intakeOn: daysAgo(70),
      points: allPoints,
      suitability: 'suitable',
      outcome: 'accepted',
    });
    expect(early.body.error).toBe('date_before_registration');
    const complex = await coordinator.put(`/api/trajectories/${id}/intake`, {
      intakeOn: daysAgo(50),
      points: allPoints,
      suitability: 'alongside_other_help',
      outcome: 'accepted',
    });
    expect(complex.body.fields).toEqual([
      { path: 'coordinationNote', message: expect.stringContaining('andere hulp') },
    ]);
    const first = await coordinator.put(`/api/trajectories/${id}/intake`, {
      intakeOn: daysAgo(50),
      points: allPoints,
      suitability: 'other_help_first',
      coordinationNote: 'Eerst GGZ',
      outcome: 'accepted',
    });
    expect(first.body.error).toBe('other_help_first');
    expect((await accept(id)).body.status).toBe('waiting');
    const twice = await coordinator.post('/api/trajectories', {
      registeredOn: daysAgo(1),
      personId: (await coordinator.get(`/api/trajectories/${id}`)).body.personId,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error).toBe('trajectory_open');
  });

  it('ranks active coaches with reasons and never proposes one in training', async () => {
    const { id } = await register('Rangorde');
    await accept(id);
    const ranked = (await coordinator.get(`/api/trajectories/${id}/candidates`)).body;
    expect(ranked.map((r: { name: string }) => r.name)).toEqual(['Carla Coach', 'Otto Ander']);
    const carla = ranked[0];
    const reason = (f: string) => carla.reasons.find((r: { factor: string }) => r.factor === f);
    expect(reason('availability')).toMatchObject({ code: 'overlap', points: 25, values: { n: 2 } });
    expect(reason('language')).toMatchObject({ code: 'shared', values: { languages: 'Turks' } });
    expect(reason('distance').code).toBe('within_radius'); // Oost–West is about 4 km, radius 6
    expect(ranked[1].reasons.find((r: { factor: string }) => r.factor === 'distance').code).toBe('too_far');
    const kees = (await coordinator.get('/api/coaches')).body.find(
      (c: { firstName: string }) => c.firstName === 'Kees',
    );
    expect(kees.vogWarning).toBe('missing');
    expect(
      (await coordinator.post(`/api/trajectories/${id}/matches`, { coachId: kees.id, proposedOn: daysAgo(10) })).body
        .error,
    ).toBe('coach_not_active');
  });

  it("counts an open proposal in a coach's load everywhere, so a second one needs a reason", async () => {
    const first = await register('Eerste');
    await accept(first.id);
    await coordinator.post(`/api/trajectories/${first.id}/matches`, { coachId: ownCoach, proposedOn: daysAgo(3) });
    // Carla (at most 1 client) has one open proposal and no active match yet.
    const carla = (await coordinator.get('/api/coaches')).body.find((c: { id: string }) => c.id === ownCoach);
    expect(carla.activeClients).toBe(1);
    const load = (await coordinator.get('/api/coaching/dashboard')).body.coaches.find(
      (c: { id: string }) => c.id === ownCoach,
    );
    expect(load.active).toBe(1);
    const second = await register('Tweede');
    await accept(second.id);
    const candidate = (await coordinator.get(`/api/trajectories/${second.id}/candidates`)).body.find(
      (c: { coachId: string }) => c.coachId === ownCoach,
    );
    expect(candidate.full).toBe(true);
    const proposal = await coordinator.post(`/api/trajectories/${second.id}/matches`, {
      coachId: ownCoach,
      proposedOn: daysAgo(1),
    });
    expect(proposal.status).toBe(400);
    expect(proposal.body.fields[0].path).toBe('overCapacityReason');
  });

  it('takes a yes only after the introduction meeting, unless the coordinator says why there is none', async () => {
    const { id } = await register('Kennis');
    await accept(id);
    const proposal = (
      await coordinator.post(`/api/trajectories/${id}/matches`, { coachId: ownCoach, proposedOn: daysAgo(20) })
    ).body.id;
    const noMeeting = await coordinator.post(`/api/matches/${proposal}/confirm`, { side: 'client', on: daysAgo(10) });
    expect(noMeeting.status).toBe(400);
    expect(noMeeting.body.fields[0].path).toBe('introductionOn');
    const early = await coordinator.post(`/api/matches/${proposal}/confirm`, {
      side: 'client',
      on: daysAgo(10),
      introductionOn: daysAgo(7),
    });
    expect(early.body.fields).toEqual([{ path: 'on', message: 'Een ja kan pas op of na de dag van de kennismaking.' }]);
    // A coach cannot skip the introduction; the coordinator can, with a reason that is kept.
    expect(
      (
        await coach.post(`/api/matches/${proposal}/confirm`, {
          side: 'coach',
          on: daysAgo(9),
          noIntroductionReason: 'x',
        })
      ).status,
    ).toBe(403);
    const reasoned = { side: 'client', on: daysAgo(9), noIntroductionReason: 'Kennen elkaar al van de buurtkamer' };
    expect((await coordinator.post(`/api/matches/${proposal}/confirm`, reasoned)).body.status).toBe('proposed');
    const both = await coordinator.post(`/api/matches/${proposal}/confirm`, { side: 'coach', on: daysAgo(8) });
    expect(both.body.status).toBe('active');
    const stored = await t.database.db
      .selectFrom('coach_matches')
      .select('no_introduction_reason')
      .where('id', '=', proposal)
      .executeTakeFirstOrThrow();
    expect(stored.no_introduction_reason).toBe('Kennen elkaar al van de buurtkamer');
  });

  it('does no casework without a basis: no match, map or report without consent, unless the organisation recorded another basis', async () => {
    const r = await coordinator.post('/api/trajectories', {
      registeredOn: daysAgo(60),
      person: { firstName: 'Zonder', lastName: 'Toestemming' },
    });
    const { id, personId } = r.body;
    await accept(id);
    const dashboard = async () => (await coordinator.get('/api/coaching/dashboard')).body.withoutBasis;
    expect((await dashboard()).map((w: { name: string }) => w.name)).toEqual(['Zonder Toestemming']);
    const listed = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', id)
      .where('action', '=', 'list')
      .execute();
    expect(listed.length).toBeGreaterThan(0);
    const refused = await coordinator.post(`/api/trajectories/${id}/matches`, {
      coachId: ownCoach,
      proposedOn: daysAgo(1),
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('no_basis');
    const map = { kind: 'snapshot', label: 'start', takenOn: daysAgo(1) };
    expect((await coordinator.post(`/api/persons/${personId}/maps`, map)).body.error).toBe('no_basis');

    // The organisation records that its network maps rest on a statutory task: maps may be made.
    const admin = await signedIn(t.app, org.users.admin.email);
    const basis = { basisWithoutConsent: ['network'], otherBasisNote: 'Wettelijke taak (Wmo)' };
    expect((await admin.patch('/api/organisation', basis)).status).toBe(200);
    expect((await coordinator.post(`/api/persons/${personId}/maps`, map)).status).toBe(201);
    expect(
      (await coordinator.post(`/api/trajectories/${id}/matches`, { coachId: ownCoach, proposedOn: daysAgo(1) })).status,
    ).toBe(409);

    // Consent recorded: matching goes ahead and the dashboard no longer lists the client.
    await coordinator.post(`/api/persons/${personId}/consents`, { purpose: 'registration', givenOn: daysAgo(2) });
    expect(
      (await coordinator.post(`/api/trajectories/${id}/matches`, { coachId: ownCoach, proposedOn: daysAgo(1) })).status,
    ).toBe(201);
    expect(await dashboard()).toEqual([]);
  });

  it('activates a match only after client and coach each confirm, then gives the coach access', async () => {
    const { id, personId } = await register('Koppel');
    await accept(id);
    const proposal = await coordinator.post(`/api/trajectories/${id}/matches`, {
      coachId: ownCoach,
      proposedOn: daysAgo(40),
      introductionOn: daysAgo(35),
    });
    expect(proposal.status).toBe(201);
    expect(
      (await coordinator.post(`/api/trajectories/${id}/matches`, { coachId: otherCoach, proposedOn: daysAgo(40) })).body
        .error,
    ).toBe('match_open');
    const mine = (await coach.get('/api/coaching/mine')).body;
    expect(mine.proposals.map((p: { firstName: string }) => p.firstName)).toContain('Koppel');
    expect((await coach.get(`/api/persons/${personId}`)).status).toBe(404);
    expect(
      (await coach.post(`/api/matches/${proposal.body.id}/confirm`, { side: 'client', on: daysAgo(30) })).body.error,
    ).toBe('not_your_side');
    expect(
      (await coach.post(`/api/matches/${proposal.body.id}/confirm`, { side: 'coach', on: daysAgo(45) })).body.error,
    ).toBe('date_before_proposal');
    expect(
      (await coach.post(`/api/matches/${proposal.body.id}/confirm`, { side: 'coach', on: daysAgo(34) })).body.status,
    ).toBe('proposed');
    expect((await coach.get(`/api/trajectories/${id}`)).status).toBe(404);
    const both = await coordinator.post(`/api/matches/${proposal.body.id}/confirm`, {
      side: 'client',
      on: daysAgo(33),
    });
    expect(both.body).toEqual({ status: 'active', startedOn: daysAgo(33) });
    expect((await coach.get(`/api/persons/${personId}`)).status).toBe(200);
    const detail = (await coach.get(`/api/trajectories/${id}`)).body;
    expect(detail).toMatchObject({ status: 'active', name: 'Koppel Test', intake: null, startedOn: daysAgo(33) });
    // Carla is now full (1 of 1): another proposal for her needs a reason.
    const next = await register('Vol');
    await accept(next.id);
    const full = await coordinator.post(`/api/trajectories/${next.id}/matches`, {
      coachId: ownCoach,
      proposedOn: daysAgo(5),
    });
    expect(full.body.fields[0]).toMatchObject({
      path: 'overCapacityReason',
      message: expect.stringContaining('1 van de 1'),
    });
    const withReason = await coordinator.post(`/api/trajectories/${next.id}/matches`, {
      coachId: ownCoach,
      proposedOn: daysAgo(5),
      overCapacityReason: 'Zelfde straat, korte vraag',
    });
    expect(withReason.status).toBe(201);
    // The coach declines; a new proposal is then possible.
    expect(
      (await coach.post(`/api/matches/${withReason.body.id}/decline`, { side: 'coach', on: daysAgo(3), reason: '' }))
        .status,
    ).toBe(400);
    expect(
      (
        await coach.post(`/api/matches/${withReason.body.id}/decline`, {
          side: 'coach',
          on: daysAgo(3),
          reason: 'Te veel tegelijk',
        })
      ).status,
    ).toBe(200);
    expect(
      (await coordinator.post(`/api/trajectories/${next.id}/matches`, { coachId: otherCoach, proposedOn: daysAgo(2) }))
        .status,
    ).toBe(201);
  });

  /** A client in an active match with Carla since 30 days ago, where most of a coach's work starts. */
  async function matchedWithCarla(firstName: string) {
    const { id, personId } = await register(firstName);
    await accept(id);
    const m = (
      await coordinator.post(`/api/trajectories/${id}/matches`, {
        coachId: ownCoach,
        proposedOn: daysAgo(40),
        introductionOn: daysAgo(32),
      })
    ).body.id;
    await coordinator.post(`/api/matches/${m}/confirm`, { side: 'client', on: daysAgo(30) });
    await coach.post(`/api/matches/${m}/confirm`, { side: 'coach', on: daysAgo(30) });
    return { id, personId };
  }
  const plan = {
    action: 'Naar de koffieochtend',
    goal: 'Nieuwe mensen ontmoeten',
    helpers: 'Buurvrouw Ans',
    when: 'Dinsdag',
    firstStep: 'Tijden opzoeken',
    obstacles: 'Spannend',
  };
  const aReport = {
    metOn: daysAgo(2),
    durationMinutes: 75,
    place: 'Bij haar thuis',
    steps: [8, 7],
    summary: 'Plan gemaakt',
    agreements: 'Volgende week samen gaan',
    hours: 1.5,
    expensesCents: 420,
    signal: 'worried',
    signalNote: 'Slaapt slecht',
  };

  it('keeps the plan steps: checks each worksheet and refuses a change made on an old version', async () => {
    const { id } = await matchedWithCarla('Plan');
    const step7 = await coach.put(`/api/trajectories/${id}/steps/7`, {
      status: 'done',
      worksheet: { top3: ['Naar de koffieochtend', 'Buurvrouw bellen', 'Wandelclub'] },
      version: 0,
    });
    expect(step7.body.version).toBe(1);
    const four = { status: 'done', worksheet: { top3: ['a', 'b', 'c', 'd'] }, version: 1 };
    expect((await coach.put(`/api/trajectories/${id}/steps/7`, four)).body.fields[0].path).toBe('worksheet.top3');
    const unknown = { status: 'done', worksheet: { secret: 'x' }, version: 1 };
    expect((await coach.put(`/api/trajectories/${id}/steps/7`, unknown)).body.fields[0].message).toContain('werkblad');

    const first = { status: 'in_progress', worksheet: { plans: [plan] }, version: 0 };
    expect((await coordinator.put(`/api/trajectories/${id}/steps/8`, first)).status).toBe(200);
    const stale = { status: 'done', worksheet: { plans: [] }, version: 0 };
    expect((await coach.put(`/api/trajectories/${id}/steps/8`, stale)).body.error).toBe('step_conflict');
  });

  it('keeps session reports and shows their signals to the coordinator until handled', async () => {
    const { id } = await matchedWithCarla('Traject');
    await coordinator.put(`/api/trajectories/${id}/steps/8`, {
      status: 'in_progress',
      worksheet: { plans: [plan] },
      version: 0,
    });
    const empty = { metOn: daysAgo(2), durationMinutes: 60, hours: 1 };
    expect(
      (await coach.post(`/api/trajectories/${id}/reports`, empty)).body.fields.map((f: { path: string }) => f.path),
    ).toEqual(['summary']);
    const beforeMatch = { metOn: daysAgo(35), durationMinutes: 60, hours: 1.5, summary: 'x' };
    expect((await coach.post(`/api/trajectories/${id}/reports`, beforeMatch)).body.error).toBe('date_before_match');
    const unexplained = { metOn: daysAgo(2), durationMinutes: 60, hours: 1.5, summary: 'x', signal: 'other' };
    expect((await coach.post(`/api/trajectories/${id}/reports`, unexplained)).body.error).toBe('signal_note_needed');
    const report = await coach.post(`/api/trajectories/${id}/reports`, aReport);
    expect(report.status).toBe(201);

    const dashboard = (await coordinator.get('/api/coaching/dashboard')).body;
    expect(dashboard.signals).toEqual([
      expect.objectContaining({
        reportId: report.body.id,
        name: 'Traject Test',
        signal: 'worried',
        note: 'Slaapt slecht',
      }),
    ]);
    expect(
      dashboard.phases
        .find((p: { phase: string }) => p.phase === 'do')
        .steps.find((s: { step: number }) => s.step === 8)
        .trajectories.map((x: { name: string }) => x.name),
    ).toEqual(['Traject Test']);
    expect((await coach.post(`/api/reports/${report.body.id}/handle-signal`, { on: daysAgo(1) })).status).toBe(403);
    const handled = { on: daysAgo(1), response: 'Gebeld' };
    expect((await coordinator.post(`/api/reports/${report.body.id}/handle-signal`, handled)).status).toBe(200);
    expect((await coordinator.get('/api/coaching/dashboard')).body.signals).toEqual([]);
  });

  it('lets the author correct a report for two weeks and a coordinator always; a removal keeps the history', async () => {
    const { id } = await matchedWithCarla('Verslag');
    const written = (await coach.post(`/api/trajectories/${id}/reports`, aReport)).body.id;
    const corrected = { ...aReport, durationMinutes: 50, hours: 1, summary: 'Plan gemaakt, met haar dochter erbij' };
    expect((await coach.put(`/api/reports/${written}`, corrected)).status).toBe(200);
    const listed = () => coordinator.get(`/api/trajectories/${id}`).then((r) => r.body.reports);
    expect((await listed())[0]).toMatchObject({
      summary: 'Plan gemaakt, met haar dochter erbij',
      hours: 1,
      mayChange: true,
    });
    expect((await coach.put(`/api/reports/${written}`, { ...corrected, summary: '' })).status).toBe(400);

    // Two weeks on, the coach can no longer change it; the coordinator still can.
    const now = clock.now();
    startClockAt(new Date(now.getTime() + 15 * 86_400_000));
    try {
      // Sessions do not last two weeks: both sign in again.
      const [coachLater, coordinatorLater] = await Promise.all([
        signedIn(t.app, org.users.coach.email),
        signedIn(t.app, org.users.coordinator.email),
      ]);
      expect((await coachLater.get('/api/coaching/mine/reports')).body[0].mayChange).toBe(false);
      expect((await coachLater.put(`/api/reports/${written}`, corrected)).status).toBe(404);
      expect((await coachLater.post(`/api/reports/${written}/remove`, { reason: 'Dubbel' })).status).toBe(404);
      const noReason = await coordinatorLater.post(`/api/reports/${written}/remove`, { reason: '' });
      expect(noReason.status).toBe(400);
      const removed = await coordinatorLater.post(`/api/reports/${written}/remove`, { reason: 'Dubbel ingevoerd' });
      expect(removed.status).toBe(200);
    } finally {
      startClockAt(now);
    }
    // Removed: not in the trajectory, the coach's own list or the hours; the history keeps both versions.
    expect(await listed()).toEqual([]);
    expect((await coach.get('/api/coaching/mine/reports')).body).toEqual([]);
    const support = (await coordinator.get(`/api/coaching/support?from=${daysAgo(30)}&to=${daysAgo(0)}`)).body;
    expect(JSON.stringify(support)).not.toContain('"hours":1');
    const history = await t.database.db
      .selectFrom('session_report_history')
      .select(['action', 'previous', 'reason'])
      .where('report_id', '=', written)
      .orderBy('changed_at')
      .execute();
    expect(history.map((h) => [h.action, (h.previous as { summary: string }).summary, h.reason])).toEqual([
      ['corrected', 'Plan gemaakt', null],
      ['removed', 'Plan gemaakt, met haar dochter erbij', 'Dubbel ingevoerd'],
    ]);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', written)
      .where('action', 'in', ['update', 'delete'])
      .where('outcome', '=', 'ok')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['delete', 'update']);
  });

  it('shows a coach their clients and their next introduction meeting on the start page', async () => {
    await matchedWithCarla('Henk');
    const home = (await coach.get('/api/home')).body;
    expect(home).toMatchObject({ kind: 'coach', proposals: 0, nextIntroduction: null });
    expect(home.clients.map((c: { name: string }) => c.name)).toEqual(['Henk Test']);
  });

  it('ends the coach access when the trajectory closes, while their own reports stay readable', async () => {
    const { id, personId } = await matchedWithCarla('Afscheid');
    const report = await coach.post(`/api/trajectories/${id}/reports`, aReport);
    await coordinator.post(`/api/trajectories/${id}/close`, { closedOn: daysAgo(1), endReason: 'completed' });

    expect((await coach.get(`/api/trajectories/${id}`)).status).toBe(404);
    expect((await coach.get(`/api/persons/${personId}`)).status).toBe(404);
    const own = (await coach.get('/api/coaching/mine/reports')).body;
    expect(own.find((r: { id: string }) => r.id === report.body.id)).toEqual(
      expect.objectContaining({
        summary: 'Plan gemaakt',
        trajectoryId: null,
        matchActive: false,
        hours: 1.5,
        firstName: null,
      }),
    );
    // Their list of matches keeps the dates of a former client, not the name.
    const past = (await coach.get('/api/coaching/mine')).body.past;
    expect(past).toHaveLength(1);
    expect(past[0]).toEqual(expect.objectContaining({ startedOn: daysAgo(30), endedOn: expect.any(String) }));
    expect(JSON.stringify(past)).not.toContain('Afscheid');
    expect(JSON.stringify(own)).not.toContain('Afscheid');
    const denied = await t.database.db
      .selectFrom('audit_log')
      .select(['user_role', 'action', 'outcome'])
      .where('record_id', '=', id)
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.map((r) => `${r.user_role}:${r.action}`)).toContain('coach:read');
  });

  it('records evaluations, refuses a follow-up before closing, and shows follow-ups due', async () => {
    const { id } = await register('Nazorg', { registeredOn: daysAgo(400) });
    await coordinator.put(`/api/trajectories/${id}/intake`, {
      intakeOn: daysAgo(390),
      points: allPoints,
      suitability: 'suitable',
      outcome: 'accepted',
    });
    const m = (
      await coordinator.post(`/api/trajectories/${id}/matches`, {
        coachId: otherCoach,
        proposedOn: daysAgo(385),
        introductionOn: daysAgo(382),
      })
    ).body.id;
    await coordinator.post(`/api/matches/${m}/confirm`, { side: 'client', on: daysAgo(380) });
    await coordinator.post(`/api/matches/${m}/confirm`, { side: 'coach', on: daysAgo(380) });
    const before = (await coordinator.get('/api/coaching/dashboard')).body;
    expect(before.midTermDue.map((d: { name: string }) => d.name)).toContain('Nazorg Test');
    expect(before.veryLong.find((d: { name: string }) => d.name === 'Nazorg Test').months).toBe(12);
    const subgoals = Object.fromEntries(
      [1, 2, 3, 4, 5, 6, 7].map((g) => [String(g), { score: g === 7 ? 6 : 4, comment: null }]),
    );
    expect(
      (
        await coordinator.put(`/api/trajectories/${id}/evaluations/final`, {
          heldOn: daysAgo(200),
          present: ['client', 'coach', 'coordinator'],
          subgoals,
        })
      ).body.fields[0].path,
    ).toBe('subgoals.7.score');
    subgoals['7'].score = 5;
    expect(
      (
        await coordinator.put(`/api/trajectories/${id}/evaluations/mid_term`, {
          heldOn: daysAgo(390),
          present: ['client'],
          subgoals,
        })
      ).body.error,
    ).toBe('date_before_match');
    expect(
      (
        await coordinator.put(`/api/trajectories/${id}/evaluations/final`, {
          heldOn: daysAgo(200),
          present: ['client', 'coach', 'coordinator'],
          subgoals,
          relationship: [{ question: 'Voelde je je gehoord?', score: 5 }],
        })
      ).status,
    ).toBe(200);
    expect(
      (await coordinator.put(`/api/trajectories/${id}/follow-up`, { on: daysAgo(1), result: 'lasting' })).body.error,
    ).toBe('not_closed');
    expect(
      (await coordinator.post(`/api/trajectories/${id}/close`, { closedOn: daysAgo(195), endReason: 'completed' }))
        .status,
    ).toBe(200);
    expect(
      (await coordinator.put(`/api/trajectories/${id}/follow-up`, { on: daysAgo(196), result: 'lasting' })).body.error,
    ).toBe('follow_up_before_closing');
    const due = (await coordinator.get('/api/coaching/dashboard')).body.followUpsDue;
    expect(due.map((d: { name: string }) => d.name)).toContain('Nazorg Test');
    expect(
      (
        await coordinator.put(`/api/trajectories/${id}/follow-up`, {
          on: daysAgo(1),
          result: 'partly',
          note: 'Gaat nog naar de koffieochtend',
        })
      ).status,
    ).toBe(200);
    expect(
      (await coordinator.get('/api/coaching/dashboard')).body.followUpsDue.map((d: { name: string }) => d.name),
    ).not.toContain('Nazorg Test');
    const detail = (await coordinator.get(`/api/trajectories/${id}`)).body;
    expect(detail.evaluations[0]).toMatchObject({
      kind: 'final',
      relationship: [{ question: 'Voelde je je gehoord?', score: 5 }],
    });
    expect(detail.closing).toMatchObject({ endReason: 'completed', followUpResult: 'partly' });
  });

  it('keeps coach support: meetings with attendance and hours and expenses per coach', async () => {
    const personId = (await coordinator.post('/api/persons', { kind: 'client', firstName: 'Steun' })).body.id;
    const { trajectoryId } = await activateCoachMatch(coordinator, org.users.coach.id, personId);
    const report = await coach.post(`/api/trajectories/${trajectoryId}/reports`, {
      metOn: daysAgo(2),
      durationMinutes: 75,
      summary: 'Samen boodschappen gedaan',
      hours: 1.5,
      expensesCents: 420,
    });
    expect(report.status).toBe(201);
    expect(
      (
        await coordinator.post('/api/coaching/support', {
          kind: 'exit',
          heldOn: daysAgo(1),
          coachIds: [ownCoach, otherCoach],
        })
      ).body.error,
    ).toBe('exit_one_coach');
    expect(
      (
        await coordinator.post('/api/coaching/support', {
          kind: 'intervision',
          heldOn: daysAgo(1),
          coachIds: [ownCoach, otherCoach],
          notes: 'Thema: grenzen',
        })
      ).status,
    ).toBe(201);
    const overview = (await coordinator.get(`/api/coaching/support?from=${daysAgo(30)}`)).body;
    expect(overview.coaches.find((c: { id: string }) => c.id === ownCoach)).toMatchObject({
      intervision: 1,
      hours: 1.5,
      expensesCents: 420,
      sessions: 1,
    });
    expect(overview.meetings[0].coaches).toHaveLength(2);
  });

  it('shows the coach programme to nobody else: a social worker and a coach of another client are refused', async () => {
    expect((await worker.get('/api/coaching/dashboard')).status).toBe(403);
    expect((await coach.get('/api/coaches')).status).toBe(403);
    const { id } = await register('Anders');
    expect((await coach.get(`/api/trajectories/${id}`)).status).toBe(404);
    expect(
      (await coach.put(`/api/trajectories/${id}/steps/1`, { status: 'in_progress', worksheet: {}, version: 0 })).status,
    ).toBe(404);
  });
});
