// Each indicator's raw figure against a small fixture whose numbers were worked out by hand (before
// any protection: the protection has tests of its own).
import { clock } from '../../../shared/clock.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  insertCoach,
  insertGroup,
  insertMatch,
  insertParticipant,
  insertPerson,
  insertResearchConsent,
  insertTrajectory,
} from '../../testing/factories.js';
import { engines, type SeededOrg, seedOwnOrganisation, startTestApp, type TestApp } from '../../testing/harness.js';
import type { SupportType } from '../../../shared/network/model.js';
import type { Figure, ReportScope } from './indicator.js';
import { indicators } from './report.js';

describe.each(engines)('report indicators on %s', (engine) => {
  let t: TestApp;
  let org: SeededOrg;
  let scope: ReportScope;

  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  beforeEach(async () => {
    org = await seedOwnOrganisation(t.database, `ind-${engine}-`);
    scope = { db: t.database.db, organisationId: org.organisationId, from: '2026-01-01', to: '2026-12-31' };
  });
  afterAll(() => t.close());

  const run = (key: string): Promise<Figure> => indicators.find((i) => i.key === key)!.run({ ...scope });
  const db = () => t.database.db;

  it('counts follow-ups, the coach pool, and sums hours and expenses of reports that were not removed', async () => {
    for (const status of ['active', 'active', 'in_training'] as const)
      await insertCoach(t.database, org, { firstName: 'C', status });
    const coach = await insertCoach(t.database, org, { firstName: 'Stop', status: 'stopped' });
    const one = await insertTrajectory(t.database, org, {
      registeredOn: '2025-06-01',
      closed: { on: '2026-03-01', reason: 'completed' },
      followUp: { on: '2026-09-01', result: 'lasting' },
    });
    const two = await insertTrajectory(t.database, org, {
      registeredOn: '2025-06-01',
      closed: { on: '2025-11-01', reason: 'completed' },
      followUp: { on: '2026-02-01', result: 'partly' },
    });
    await insertTrajectory(t.database, org, {
      registeredOn: '2024-06-01',
      closed: { on: '2025-01-01', reason: 'completed' },
      followUp: { on: '2025-07-01', result: 'lasting' },
    });
    expect(await run('coaching.follow_ups')).toMatchObject({
      counts: { lasting: 1, partly: 1, not_lasting: 0, not_reached: 0 },
    });
    expect(await run('coaching.coaches')).toMatchObject({
      counts: { candidate: 0, in_training: 1, active: 2, paused: 0, stopped: 1 },
    });
    // Hours 1.5 + 2 (one) and 1 (two) = 4.5; expenses € 2.50 + € 4.00 = € 6.50; two clients. The
    // removed report (5 hours) and the one of 2025 do not count.
    const matches = new Map<string, string>();
    const report = async (trajectoryId: string, metOn: string, hours: number, cents: number, removed = false) => {
      const matchId =
        matches.get(trajectoryId) ??
        (await insertMatch(t.database, org, {
          trajectoryId,
          coachId: coach,
          proposedOn: '2025-07-01',
          startedOn: '2025-07-10',
          endedOn: '2026-03-01',
        }));
      matches.set(trajectoryId, matchId);
      await db()
        .insertInto('session_reports')
        .values({
          id: crypto.randomUUID(),
          organisation_id: org.organisationId,
          trajectory_id: trajectoryId,
          match_id: matchId,
          author_id: org.users.coach.id,
          met_on: metOn,
          duration_minutes: 60,
          steps: [],
          summary: 'Gesprek',
          hours,
          expenses_cents: cents,
          removed_at: removed ? clock.now() : null,
          removed_by: removed ? org.users.coordinator.id : null,
          removal_reason: removed ? 'Dubbel' : null,
        })
        .execute();
    };
    await report(one, '2026-01-10', 1.5, 250);
    await report(one, '2026-02-10', 2, 0);
    await report(two, '2026-01-20', 1, 400);
    await report(two, '2026-01-21', 5, 0, true);
    await report(two, '2025-12-20', 3, 100);
    expect(await run('coaching.hours')).toEqual({ kind: 'statistic', unit: 'hours', value: 4.5, basis: 2 });
    expect(await run('coaching.expenses')).toEqual({ kind: 'statistic', unit: 'euros', value: 6.5, basis: 2 });
  });

  it('places groups in their phase at the end of the period, adds up targets, and counts follow-ups, contributors and newcomers', async () => {
    // Started 1 September 2025: exploration 3 months, build-up 9, so deepening from 1 September 2026.
    const old = await insertGroup(t.database, org, { name: 'Oud', startedOn: '2025-09-01' });
    await insertGroup(t.database, org, { name: 'Nieuw', startedOn: '2026-11-01' });
    const ended = await insertGroup(t.database, org, { name: 'Klaar', startedOn: '2024-01-01' });
    await db().updateTable('support_groups').set({ ended_on: '2026-03-01' }).where('id', '=', ended).execute();
    // Not yet started at the end of the period: not counted.
    await insertGroup(t.database, org, { name: 'Later', startedOn: '2027-02-01' });
    expect(await run('groups.phases')).toMatchObject({
      counts: { exploration: 1, build_up: 0, deepening: 1, evaluation: 0, lasting: 0, ended: 1 },
    });
    expect(await run('groups.target')).toEqual({ kind: 'plain', value: 45 });

    const ans = await insertParticipant(t.database, org, old, {
      firstName: 'Ans',
      cameVia: 'walked_in',
      route: [['introduction', '2026-02-01']],
    });
    const bob = await insertParticipant(t.database, org, old, {
      firstName: 'Bob',
      cameVia: 'referral',
      route: [['introduction', '2025-10-01']],
    });
    await insertParticipant(t.database, org, old, {
      firstName: 'Cor',
      cameVia: 'walked_in',
      route: [['invited', '2026-05-01']],
    });
    // Newcomers: Ans and Cor began in 2026, both walked in; Bob began in 2025.
    expect(await run('groups.newcomers')).toMatchObject({
      counts: { referral: 0, met_by_worker: 0, invited_by_participant: 0, walked_in: 2 },
    });
    const followUp = (participant: string, outcome: 'coming_back' | null) =>
      db()
        .insertInto('dropout_followups')
        .values({
          id: crypto.randomUUID(),
          organisation_id: org.organisationId,
          group_id: old,
          participant_id: participant,
          detected_on: '2026-06-01',
          missed_since: '2026-05-01',
          done_on: outcome ? '2026-06-05' : null,
          outcome,
        })
        .execute();
    await followUp(ans, 'coming_back');
    await followUp(bob, null);
    expect(await run('groups.dropout_follow_ups')).toMatchObject({
      counts: { coming_back: 1, needs_other_help: 0, stops: 0, not_reached: 0, open: 1 },
    });
    // Contributors: of Ans and Bob, who came, only Ans did something.
    const session = crypto.randomUUID();
    await db()
      .insertInto('group_sessions')
      .values({ id: session, organisation_id: org.organisationId, group_id: old, held_on: '2026-04-01', visitors: 0 })
      .execute();
    await db()
      .insertInto('session_attendance')
      .values([
        { organisation_id: org.organisationId, session_id: session, participant_id: ans, contributions: ['cooking'] },
        { organisation_id: org.organisationId, session_id: session, participant_id: bob, contributions: [] },
      ])
      .execute();
    expect(await run('groups.contributors')).toEqual({ kind: 'share', part: 1, of: 2 });
  });

  it('averages subgoals, the participation self-score and the relationship rating, each on its own answers', async () => {
    const evaluation = async (held: string, subgoals: Record<string, number | null>, relationship: number[]) => {
      const trajectory = await insertTrajectory(t.database, org, { registeredOn: '2025-01-01' });
      await db()
        .insertInto('coach_evaluations')
        .values({
          id: crypto.randomUUID(),
          organisation_id: org.organisationId,
          trajectory_id: trajectory,
          kind: 'final',
          held_on: held,
          present: ['client'],
          subgoals: JSON.stringify(
            Object.fromEntries(Object.entries(subgoals).map(([k, score]) => [k, { score, comment: null }])),
          ),
          relationship: JSON.stringify({ answers: relationship.map((score) => ({ question: 'Vraag', score })) }),
        })
        .execute();
    };
    // Subgoal 1: 4 and 2 → 3; subgoal 2: 2 and no score → 2 on one answer. Relationship: the
    // mean of 4 and 5 is 4.5, with 3 that gives 3.75. The evaluation of 2025 does not count.
    await evaluation('2026-03-01', { '1': 4, '2': 2 }, [4, 5]);
    await evaluation('2026-08-01', { '1': 2, '2': null }, [3]);
    await evaluation('2025-08-01', { '1': 5, '2': 5 }, [1]);
    const subgoals = await run('outcomes.coach_subgoals');
    expect(subgoals.kind === 'scores' && subgoals.items.slice(0, 3)).toEqual([
      { item: '1', value: 3, basis: 2 },
      { item: '2', value: 2, basis: 1 },
      { item: '3', value: null, basis: 0 },
    ]);
    expect(await run('outcomes.relationship')).toEqual({
      kind: 'scores',
      unit: 'score',
      items: [{ item: 'mean', value: 3.75, basis: 2 }],
    });

    const group = await insertGroup(t.database, org, { name: 'G', startedOn: '2025-01-01' });
    await db()
      .insertInto('group_evaluations')
      .values({
        id: crypto.randomUUID(),
        organisation_id: org.organisationId,
        group_id: group,
        kind: 'year',
        held_on: '2026-01-15',
        subgoals: JSON.stringify({ a: { score: 4, comment: null }, b: { score: 3, comment: null } }),
      })
      .execute();
    const groupGoals = await run('outcomes.group_subgoals');
    expect(groupGoals.kind === 'scores' && groupGoals.items.slice(0, 2)).toEqual([
      { item: 'a', value: 4, basis: 1 },
      { item: 'b', value: 3, basis: 1 },
    ]);
    // Self-scores now 7 and 8 (7.5); a year ago 4 and not answered (4 on one answer). A third
    // participant withdrew their consent for research: their 1 and 1 do not count.
    for (const [now, before, consenting] of [
      [7, 4, true],
      [8, null, true],
      [1, 1, false],
    ] as const) {
      const participant = await insertParticipant(t.database, org, group, {
        firstName: 'P',
        route: [['introduction', '2025-02-01']],
      });
      await insertResearchConsent(t.database, org, [participant]);
      if (!consenting) {
        await db()
          .updateTable('consents')
          .set({ withdrawn_on: clock.today() })
          .where(
            'person_id',
            '=',
            (
              await db()
                .selectFrom('group_participants')
                .select('person_id')
                .where('id', '=', participant)
                .executeTakeFirstOrThrow()
            ).person_id,
          )
          .execute();
      }
      await db()
        .insertInto('evaluation_interviews')
        .values({
          id: crypto.randomUUID(),
          organisation_id: org.organisationId,
          group_id: group,
          participant_id: participant,
          evaluator_id: org.users.evaluator.id,
          held_on: '2026-05-01',
          score_now: now,
          score_before: before,
          answers: JSON.stringify({ answers: [] }),
          themes: [],
        })
        .execute();
    }
    expect(await run('outcomes.participation')).toEqual({
      kind: 'scores',
      unit: 'score',
      items: [
        { item: 'now', value: 7.5, basis: 2 },
        { item: 'year_ago', value: 4, basis: 1 },
      ],
    });
  });

  it("compares a person's first and latest network map", async () => {
    const person = await insertPerson(t.database, org, { firstName: 'Netty' });
    const map = async (
      takenOn: string,
      alters: { name: string; formal?: boolean; receives: SupportType[]; gives?: SupportType[] }[],
    ) => {
      const id = crypto.randomUUID();
      await db()
        .insertInto('network_maps')
        .values({
          id,
          organisation_id: org.organisationId,
          person_id: person,
          kind: 'snapshot',
          label: 'other',
          taken_on: takenOn,
          model: 'three_circles',
          updated_at: clock.now(),
        })
        .execute();
      await db()
        .insertInto('network_alters')
        .values(
          alters.map((a, i) => ({
            id: crypto.randomUUID(),
            organisation_id: org.organisationId,
            map_id: id,
            key: crypto.randomUUID(),
            position: i + 1,
            name: a.name,
            kind: 'person' as const,
            relationship: a.formal ? ('professional' as const) : ('friend' as const),
            sector: a.formal ? ('professional' as const) : ('friends' as const),
            closeness: 2,
            placed: true,
            channel: 'in_person' as const,
            deceased: false,
            quality: 'supportive' as const,
            status: 'active' as const,
            may_be_overburdened: false,
            formal: a.formal ?? false,
            receives: a.receives,
            gives: a.gives ?? [],
          })),
        )
        .execute();
    };
    const doctor = { name: 'Huisarts', formal: true, receives: ['informational' as const] };
    const sister = { name: 'Zus', receives: ['emotional' as const] };
    // At the start: 2 people, no support type from two or more, none mutual, half informal.
    await map('2026-01-10', [doctor, sister]);
    // At the end: 4 people, emotional support from three, one of four mutual, three of four informal.
    await map('2026-10-01', [
      doctor,
      sister,
      { name: 'Vriend', receives: ['emotional'], gives: ['emotional'] },
      { name: 'Buurman', receives: ['emotional'] },
    ]);
    expect(await run('outcomes.network_size')).toMatchObject({ counts: { grew: 1, same: 0, shrank: 0 } });
    expect(await run('outcomes.network_change')).toEqual({
      kind: 'scores',
      unit: 'change',
      items: [
        { item: 'size', value: 2, basis: 1 },
        { item: 'covered_support_types', value: 1, basis: 1 },
        { item: 'mutual_share', value: 0.25, basis: 1 },
        { item: 'informal_share', value: 0.25, basis: 1 },
      ],
    });
    // A period that ends before the latest map compares nothing.
    scope = { ...scope, to: '2026-06-30' };
    expect(await run('outcomes.network_size')).toMatchObject({ counts: { grew: 0, same: 0, shrank: 0 } });
  });
});
