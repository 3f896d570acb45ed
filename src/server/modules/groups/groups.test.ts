import { clock } from '../../../shared/clock.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { insertGroup, insertParticipant, insertResearchConsent } from '../../testing/factories.js';
import { buildApp } from '../../app.js';
import { createBackup, restoreBackup } from '../../db/backup.js';
import {
  type Client,
  daysAgo,
  engines,
  openTestDatabase,
  type SeededOrg,
  seedOwnOrganisation,
  signedIn,
  startTestApp,
  type TestApp,
} from '../../testing/harness.js';

describe.each(engines)('support-net groups on %s', (engine) => {
  let t: TestApp;
  let org: SeededOrg;
  let worker: Client;
  let evaluator: Client;
  let coordinator: Client;
  let group: string;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());
  // Every test gets an organisation and a group of its own, with four participants who came 300
  // days ago, so no test depends on what another did.
  beforeEach(async () => {
    org = await seedOwnOrganisation(t.database, `gr-${engine}-`);
    [worker, evaluator, coordinator] = await Promise.all([
      signedIn(t.app, org.users.social_worker.email),
      signedIn(t.app, org.users.evaluator.email),
      signedIn(t.app, org.users.coordinator.email),
    ]);
    group = await insertGroup(t.database, org, {
      name: 'Vangnet Oost',
      location: 'Buurthuis De Brug',
      startedOn: daysAgo(400),
      activityHours: 3.5,
      availableHours: 4,
    });
    for (const [i, name] of ['Ans', 'Bob', 'Cor', 'Dirk'].entries()) {
      people[name] = await insertParticipant(t.database, org, group, {
        firstName: name,
        lastName: 'Test',
        cameVia: i === 0 ? 'referral' : 'invited_by_participant',
        emergencyContact: i === 3 ? null : 'Zus, 06-12345678',
        talents: ['koken'],
        route: [['introduction', daysAgo(300)]],
      });
    }
    // All four agreed to take part in evaluation research (an interview needs it).
    await insertResearchConsent(t.database, org, Object.values(people));
  });

  it("checks a new participant's phone number as the person form does", async () => {
    const bad = await worker.post(`/api/groups/${group}/participants`, {
      person: { firstName: 'Bel', phone: '<script>' },
      cameVia: 'referral',
      status: 'introduction',
      onDate: daysAgo(1),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual([expect.objectContaining({ path: 'person.phone' })]);
  });

  it('keeps each participant route as a dated timeline with a note where it matters', async () => {
    expect(
      (await worker.post(`/api/participants/${people.Ans}/route`, { status: 'structural', onDate: daysAgo(200) }))
        .status,
    ).toBe(200);
    expect(
      (await worker.post(`/api/participants/${people.Ans}/route`, { status: 'finding_place', onDate: daysAgo(250) }))
        .body.error,
    ).toBe('route_before_previous');
    expect(
      (await worker.post(`/api/participants/${people.Dirk}/route`, { status: 'dropped_out', onDate: daysAgo(250) }))
        .body.fields[0].path,
    ).toBe('note');
    expect(
      (
        await worker.post(`/api/participants/${people.Dirk}/route`, {
          status: 'referred',
          onDate: daysAgo(250),
          note: 'Schuldhulp',
        })
      ).status,
    ).toBe(200);
    for (const name of ['Bob', 'Cor'])
      await worker.post(`/api/participants/${people[name]}/route`, { status: 'structural', onDate: daysAgo(200) });
    const ans = (await worker.get(`/api/participants/${people.Ans}`)).body;
    expect(ans.route.map((r: { status: string }) => r.status)).toEqual(['introduction', 'structural']);
    const dashboard = (await worker.get(`/api/groups/${group}`)).body;
    expect(dashboard.counts).toMatchObject({ structural: 3 });
    expect(dashboard.participants.find((p: { name: string }) => p.name === 'Dirk Test').noEmergencyContact).toBe(true);
    expect(dashboard.retention).toEqual({ share: 0.75, counted: 4, stayed: 3 });
    // 3 structural participants, a 3.5-hour activity: 4 hours plus 1 for the longer activity, 4 available.
    expect(dashboard.capacity).toMatchObject({ hoursPerWeek: 5, workers: 1, expectedAttendance: 2, margin: -1 });
  });

  it('takes attendance and contributions in one go, adds newcomers, and refuses bad input', async () => {
    const outside = await worker.post(`/api/groups/${group}/sessions`, { heldOn: daysAgo(500), attendance: [] });
    expect(outside.body.fields[0]).toMatchObject({
      path: 'heldOn',
      message: expect.stringContaining('buiten de looptijd'),
    });
    const twice = await worker.post(`/api/groups/${group}/sessions`, {
      heldOn: daysAgo(30),
      attendance: [{ participantId: people.Ans }, { participantId: people.Ans }],
    });
    expect(twice.body.fields[0].path).toBe('attendance.1.participantId');
    const first = await worker.post(`/api/groups/${group}/sessions`, {
      heldOn: daysAgo(30),
      visitors: 2,
      attendance: [
        { participantId: people.Ans, contributions: ['cooking'] },
        { participantId: people.Bob },
        { participantId: people.Cor, contributions: ['hosting'] },
      ],
      newcomers: [{ firstName: 'Els', cameVia: 'walked_in' }],
    });
    expect(first.status).toBe(201);
    const sessions = (await worker.get(`/api/groups/${group}/sessions`)).body;
    expect(sessions[0].attendance.map((a: { name: string }) => a.name).sort()).toEqual([
      'Ans Test',
      'Bob Test',
      'Cor Test',
      'Els',
    ]);
    const els = (await worker.get(`/api/groups/${group}`)).body.participants.find(
      (p: { name: string }) => p.name === 'Els',
    );
    expect(els.status).toBe('introduction');
  });

  it('opens a dropout follow-up after three sessions missed in a row', async () => {
    for (const name of ['Ans', 'Bob', 'Cor'])
      await worker.post(`/api/participants/${people[name]}/route`, { status: 'structural', onDate: daysAgo(200) });
    // Bob's only session: present, without a contribution.
    await worker.post(`/api/groups/${group}/sessions`, {
      heldOn: daysAgo(30),
      attendance: [
        { participantId: people.Ans, contributions: ['cooking'] },
        { participantId: people.Bob },
        { participantId: people.Cor, contributions: ['hosting'] },
      ],
    });
    for (const d of [21, 14])
      await worker.post(`/api/groups/${group}/sessions`, {
        heldOn: daysAgo(d),
        attendance: [{ participantId: people.Ans }, { participantId: people.Cor }],
      });
    expect((await worker.get(`/api/groups/${group}`)).body.followUps).toEqual([]);
    const third = await worker.post(`/api/groups/${group}/sessions`, {
      heldOn: daysAgo(7),
      attendance: [{ participantId: people.Ans }, { participantId: people.Cor }],
    });
    expect(third.body.followUpsOpened).toBe(1);
    // The overview of all the worker's groups says the same in one request.
    const [overview] = (await worker.get('/api/groups')).body;
    expect(overview).toMatchObject({ name: 'Vangnet Oost', structural: 3, openFollowUps: 1, retention: 1 });
    expect(overview.attendanceByMonth).toHaveLength(6);
    expect(overview.attendanceByMonth[5].month).toBe(clock.today().slice(0, 7));
    expect(overview.attendanceByMonth.reduce((n: number, m: { visits: number }) => n + m.visits, 0)).toBe(9);
    const dashboard = (await worker.get(`/api/groups/${group}`)).body;
    expect(dashboard.followUps).toEqual([expect.objectContaining({ name: 'Bob Test', missedSince: daysAgo(21) })]);
    // Bob contributed nothing at his only session.
    expect(dashboard.notContributed.map((p: { name: string }) => p.name)).toContain('Bob Test');
    const f = dashboard.followUps[0].id;
    expect((await worker.patch(`/api/follow-ups/${f}`, { doneOn: daysAgo(3) })).body.error).toBe(
      'followup_before_detected',
    );
    expect(
      (
        await worker.patch(`/api/follow-ups/${f}`, {
          how: 'visit',
          byKind: 'participant',
          byParticipant: people.Ans,
          doneOn: daysAgo(0),
          outcome: 'coming_back',
          note: 'Was ziek',
        })
      ).status,
    ).toBe(200);
    expect((await worker.patch(`/api/follow-ups/${f}`, { note: 'nog eens' })).body.error).toBe('followup_done');
    expect((await worker.get(`/api/groups/${group}`)).body.followUps).toEqual([]);
  });

  it('keeps one session per activity and date, and a corrected session corrects the dropout follow-ups', async () => {
    for (const name of ['Ans', 'Bob']) {
      await worker.post(`/api/participants/${people[name]}/route`, { status: 'structural', onDate: daysAgo(200) });
    }
    const session = (d: number, present: string[]) => ({
      heldOn: daysAgo(d),
      attendance: present.map((participantId) => ({ participantId })),
    });
    for (const d of [30, 21, 14]) await worker.post(`/api/groups/${group}/sessions`, session(d, [people.Ans]));
    // The same day saved again: refused in words, and still one session that day.
    const twice = await worker.post(`/api/groups/${group}/sessions`, session(14, [people.Ans, people.Bob]));
    expect(twice.status).toBe(409);
    expect(twice.body.fields[0].path).toBe('heldOn');
    const list = (await worker.get(`/api/groups/${group}/sessions`)).body;
    expect(list.filter((x: { heldOn: string }) => x.heldOn === daysAgo(14))).toHaveLength(1);
    expect((await worker.get(`/api/groups/${group}`)).body.followUps.map((f: { name: string }) => f.name)).toEqual([
      'Bob Test',
    ]);

    // Bob was there on day 14 after all: the correction withdraws the follow-up nobody had started.
    const day14 = list.find((x: { heldOn: string }) => x.heldOn === daysAgo(14)).id;
    const corrected = await worker.put(`/api/groups/${group}/sessions/${day14}`, {
      attendance: [{ participantId: people.Ans }, { participantId: people.Bob, contributions: ['cooking'] }],
    });
    expect(corrected.body).toMatchObject({ followUpsWithdrawn: 1, followUpsOpened: 0 });
    expect((await worker.get(`/api/groups/${group}`)).body.followUps).toEqual([]);
    const after = (await worker.get(`/api/groups/${group}/sessions`)).body.find((x: { id: string }) => x.id === day14);
    expect(after.attendance.map((a: { name: string }) => a.name).sort()).toEqual(['Ans Test', 'Bob Test']);
    // And the other way: Ans turns out to have been absent on all three; she gets a follow-up.
    for (const x of list as { id: string; attendance: { participantId: string }[] }[]) {
      const others = x.id === day14 ? [{ participantId: people.Bob }] : [];
      await worker.put(`/api/groups/${group}/sessions/${x.id}`, { attendance: others });
    }
    expect((await worker.get(`/api/groups/${group}`)).body.followUps.map((f: { name: string }) => f.name)).toContain(
      'Ans Test',
    );
  });

  it('records the logbook with mutual support and draws the group network for a period', async () => {
    const self = await worker.post(`/api/groups/${group}/logbook`, {
      writtenOn: daysAgo(7),
      observations: [{ from: people.Ans, to: people.Ans, type: 'emotional' }],
    });
    expect(self.body.error).toBe('same_participant');
    const entry = await worker.post(`/api/groups/${group}/logbook`, {
      writtenOn: daysAgo(7),
      text: 'Ans hielp Cor met boodschappen; Cor luisterde naar Ans.',
      tags: ['mutual_support', 'atmosphere'],
      balances: { safety_challenge: -1 },
      observations: [
        { from: people.Ans, to: people.Cor, type: 'practical' },
        { from: people.Cor, to: people.Ans, type: 'emotional' },
      ],
    });
    expect(entry.status).toBe(201);
    expect((await worker.get(`/api/groups/${group}/logbook`)).body[0].observations).toHaveLength(2);
    const net = (await worker.get(`/api/groups/${group}/network?from=${daysAgo(10)}&to=${daysAgo(0)}`)).body;
    expect(net.edges).toEqual([expect.objectContaining({ count: 2, mutual: true, types: ['emotional', 'practical'] })]);
    expect(net.nodes.map((n: { name: string }) => n.name).sort()).toEqual(['Ans Test', 'Cor Test']);
    expect(
      (await worker.get(`/api/groups/${group}/network?from=${daysAgo(400)}&to=${daysAgo(30)}`)).body.edges,
    ).toEqual([]);
    expect(
      (
        await worker.post(`/api/groups/${group}/house-rules`, {
          agreedOn: daysAgo(20),
          rules: ['We laten elkaar uitpraten'],
        })
      ).body.version,
    ).toBe(1);
    expect(
      (
        await worker.post(`/api/groups/${group}/house-rules`, {
          agreedOn: daysAgo(5),
          rules: ['We laten elkaar uitpraten', 'Iedereen doet iets'],
        })
      ).body.version,
    ).toBe(2);
    expect((await worker.get(`/api/groups/${group}`)).body.houseRules[0]).toMatchObject({
      version: 2,
      rules: ['We laten elkaar uitpraten', 'Iedereen doet iets'],
    });
  });

  it('shows the same lists in the same order after a backup and restore', async () => {
    for (const text of ['Eerste', 'Tweede']) {
      await worker.post(`/api/groups/${group}/logbook`, {
        writtenOn: daysAgo(3),
        text,
        observations: [
          { from: people.Ans, to: people.Cor, type: 'practical' },
          { from: people.Cor, to: people.Ans, type: 'emotional' },
          { from: people.Bob, to: people.Dirk, type: 'companionship' },
        ],
      });
    }
    await worker.post(`/api/groups/${group}/sessions`, {
      heldOn: daysAgo(2),
      attendance: [{ participantId: people.Ans }, { participantId: people.Bob }, { participantId: people.Cor }],
    });
    for (const name of ['Ans', 'Bob', 'Cor', 'Dirk'])
      await worker.post(`/api/groups/${group}/interviews`, {
        participantId: people[name],
        evaluatorId: org.users.evaluator.id,
      });
    // Demo data and imports create rows in the same instant: only a total order keeps them in place.
    await t.database.db
      .updateTable('evaluation_interviews')
      .set({ created_at: new Date('2026-01-01T10:00:00Z') })
      .execute();
    await t.database.db
      .updateTable('logbook_entries')
      .set({ created_at: new Date('2026-01-01T10:00:00Z') })
      .execute();

    const lists = async (client: Client) =>
      Promise.all(
        [
          `/api/groups/${group}`,
          `/api/groups/${group}/logbook`,
          `/api/groups/${group}/interviews`,
          '/api/interviews',
        ].map(async (url) => (await client.get(url)).body),
      );
    const before = [...(await lists(worker)), ...(await lists(evaluator))];
    // A restore writes the rows back in another physical order (by id), as a restored server would.
    const backup = JSON.parse(JSON.stringify(await createBackup(t.database.db)));
    const restored = await openTestDatabase(engine);
    await restoreBackup(restored.db, backup);
    const app = await buildApp({ db: restored.db, publicUrl: 'http://kring.test', webDir: null, logger: false });
    try {
      const after = [
        ...(await lists(await signedIn(app, org.users.social_worker.email))),
        ...(await lists(await signedIn(app, org.users.evaluator.email))),
      ];
      expect(after).toEqual(before);
    } finally {
      await app.close();
      await restored.close();
    }
  });

  it('assigns interviews to an evaluator who alone can fill them in, warns when the worker would, and summarises', async () => {
    const own = await worker.post(`/api/groups/${group}/interviews`, {
      participantId: people.Bob,
      evaluatorId: org.users.social_worker.id,
    });
    expect(own.body.warnings).toEqual(['evaluator_runs_group']);
    const assigned = await worker.post(`/api/groups/${group}/interviews`, {
      participantId: people.Ans,
      evaluatorId: org.users.evaluator.id,
      plannedOn: daysAgo(3),
    });
    expect(assigned.body.warnings).toEqual([]);
    expect((await evaluator.get('/api/interviews')).body.map((i: { name: string }) => i.name)).toEqual(['Ans Test']);
    expect((await evaluator.get('/api/groups')).status).toBe(403);
    expect((await evaluator.get(`/api/participants/${people.Ans}`)).status).toBe(403);
    const bad = await evaluator.put(`/api/interviews/${assigned.body.id}`, {
      heldOn: daysAgo(2),
      scoreNow: 11,
      scoreBefore: 4,
    });
    expect(bad.body.fields[0].path).toBe('scoreNow');
    const ok = await evaluator.put(`/api/interviews/${assigned.body.id}`, {
      heldOn: daysAgo(2),
      scoreNow: 7,
      scoreBefore: 4,
      answers: [{ question: 'Hoe gaat het nu met je?', answer: 'Beter, ik kom weer buiten.' }],
      report: 'Voelt zich thuis in de groep.',
      themes: ['ergens bij horen', 'Samen koken'],
      memberCheckAgreed: true,
      memberCheckOn: daysAgo(1),
    });
    expect(ok.status).toBe(200);
    expect((await worker.get(`/api/interviews/${assigned.body.id}`)).status).toBe(404);
    const summary = (await worker.get(`/api/groups/${group}/interviews`)).body;
    expect(summary.summary).toMatchObject({ held: 1, meanBefore: 4, meanNow: 7 });
    expect(summary.interviews.find((i: { name: string }) => i.name === 'Bob Test').evaluatorRunsGroup).toBe(true);
    const subgoals = Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((g) => [g, { score: 4, comment: null }]),
    );
    expect(
      (
        await worker.put(`/api/groups/${group}/evaluations/year`, {
          heldOn: daysAgo(1),
          subgoals,
          whatWorked: 'Samen koken',
          neededToContinue: 'Een vaste ruimte',
        })
      ).status,
    ).toBe(200);
  });

  it('keeps a participant without consent for research out of interviews, also after a withdrawal', async () => {
    const eef = await insertParticipant(t.database, org, group, {
      firstName: 'Eef',
      route: [['introduction', daysAgo(100)]],
    });
    const refused = await worker.post(`/api/groups/${group}/interviews`, {
      participantId: eef,
      evaluatorId: org.users.evaluator.id,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.fields[0]).toMatchObject({ path: 'participantId' });
    expect(refused.body.message).toMatch(/toestemming/);

    const held = await worker.post(`/api/groups/${group}/interviews`, {
      participantId: people.Ans,
      evaluatorId: org.users.evaluator.id,
    });
    expect(held.status).toBe(201);
    expect((await evaluator.get('/api/interviews')).body).toHaveLength(1);
    // Ans withdraws her consent: the interview leaves the evaluator's list and the group's overview.
    const ans = (await worker.get(`/api/participants/${people.Ans}`)).body.personId;
    const consent = (await worker.get(`/api/persons/${ans}`)).body.consents.find(
      (c: { purpose: string }) => c.purpose === 'evaluation_research',
    );
    expect(
      (await worker.post(`/api/persons/${ans}/consents/${consent.id}/withdraw`, { withdrawnOn: daysAgo(0) })).status,
    ).toBe(200);
    expect((await evaluator.get('/api/interviews')).body).toEqual([]);
    expect((await evaluator.get(`/api/interviews/${held.body.id}`)).status).toBe(404);
    expect((await worker.get(`/api/groups/${group}/interviews`)).body.interviews).toEqual([]);
  });

  it('tells an evaluator on the start page that an interview is past its planned date', async () => {
    expect((await evaluator.get('/api/home')).body).toEqual({ kind: 'evaluator', open: 0, overdue: 0 });
    await worker.post(`/api/groups/${group}/interviews`, {
      participantId: people.Ans,
      evaluatorId: org.users.evaluator.id,
      plannedOn: daysAgo(5),
    });
    expect((await evaluator.get('/api/home')).body).toEqual({ kind: 'evaluator', open: 1, overdue: 1 });
  });

  it('asks the own interview questions of the organisation once the admin has set them', async () => {
    await worker.post(`/api/groups/${group}/interviews`, {
      participantId: people.Ans,
      evaluatorId: org.users.evaluator.id,
      plannedOn: daysAgo(3),
    });
    const interview = (await evaluator.get('/api/interviews')).body[0].id;
    expect((await evaluator.get(`/api/interviews/${interview}`)).body.questions).toBeNull();
    const admin = await signedIn(t.app, org.users.admin.email);
    expect(
      (await admin.patch('/api/organisation', { interviewQuestions: ['Wat betekent de groep voor je?'] })).status,
    ).toBe(200);
    expect((await evaluator.get(`/api/interviews/${interview}`)).body.questions).toEqual([
      'Wat betekent de groep voor je?',
    ]);
    await admin.patch('/api/organisation', { interviewQuestions: null });
  });

  it('shows a group and its participants only to its workers', async () => {
    const otherWorker = (
      await t.database.db
        .insertInto('users')
        .values({
          id: crypto.randomUUID(),
          organisation_id: org.organisationId,
          email: `ander-${engine}@gr.test`,
          display_name: 'Ander',
          role: 'social_worker',
          status: 'active',
          password_hash: (
            await t.database.db
              .selectFrom('users')
              .select('password_hash')
              .where('id', '=', org.users.social_worker.id)
              .executeTakeFirstOrThrow()
          ).password_hash,
          totp_secret: null,
          totp_last_step: null,
          last_login_at: null,
        })
        .returning('email')
        .executeTakeFirstOrThrow()
    ).email;
    const other = await signedIn(t.app, otherWorker);
    expect((await other.get('/api/groups')).body).toEqual([]);
    expect((await other.get(`/api/groups/${group}`)).status).toBe(404);
    expect((await other.get(`/api/participants/${people.Ans}`)).status).toBe(404);
    const ansPerson = (await worker.get(`/api/participants/${people.Ans}`)).body.personId;
    expect((await worker.get(`/api/persons/${ansPerson}`)).status).toBe(200);
    expect((await other.get(`/api/persons/${ansPerson}`)).status).toBe(404);
    expect((await coordinator.get(`/api/groups/${group}`)).status).toBe(403);
    // Adding the other worker as backup gives access.
    await worker.patch(`/api/groups/${group}`, {
      workers: [
        { userId: org.users.social_worker.id, role: 'worker' },
        {
          userId: (
            await t.database.db
              .selectFrom('users')
              .select('id')
              .where('email', '=', otherWorker)
              .executeTakeFirstOrThrow()
          ).id,
          role: 'backup',
        },
      ],
    });
    expect((await other.get(`/api/groups/${group}`)).status).toBe(200);
    expect((await other.get(`/api/persons/${ansPerson}`)).status).toBe(200);
  });
});
