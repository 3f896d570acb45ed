// A year and a half of finished coach trajectories, so the demo's funder report has something to
// say: registrations, intakes, proposals, reports with hours, final evaluations, follow-ups and a
// network map at the start and at the end. Every name is invented, every number made up by a
// fixed-seed generator, so the demo looks the same each time it is loaded (relative to today).
import type { Kysely } from 'kysely';
import { shiftDays } from '../../shared/dates.js';
import { personSortKey } from '../../shared/names.js';
import type { endReasons, followUpResults, intakeOutcomes } from '../../shared/coaching/model.js';
import type { DB } from '../db/schema.js';
import { clock } from '../../shared/clock.js';
import { type DemoTie, insertMap } from './maps.js';
import { seededRandom } from './random.js';

const firstNames = [
  'Anneke',
  'Bert',
  'Cor',
  'Dini',
  'Erik',
  'Fenna',
  'Gijs',
  'Hanna',
  'Ivo',
  'Jolanda',
  'Karim',
  'Lies',
];
const lastNames = ['Bosman', 'Claassen', 'Dekker', 'Evers', 'Franken', 'Gerritsen', 'Hoek'];

const startTies: DemoTie[] = [
  { name: 'Huisarts', ring: 3, sector: 'professional', rel: 'professional', receives: ['informational'], formal: true },
  { name: 'Zus', ring: 2, sector: 'family', rel: 'family', receives: ['emotional'], gives: [] },
  { name: 'Buurvrouw', ring: 3, sector: 'neighbourhood', rel: 'neighbour', receives: ['practical'], gives: [] },
  { name: 'Thuiszorg', ring: 3, sector: 'professional', rel: 'professional', receives: ['practical'], formal: true },
];
const laterTies: DemoTie[] = [
  {
    name: 'Wandelmaatje',
    ring: 2,
    sector: 'clubs',
    rel: 'acquaintance',
    receives: ['companionship'],
    gives: ['companionship'],
  },
  {
    name: 'Buurman',
    ring: 2,
    sector: 'neighbourhood',
    rel: 'neighbour',
    receives: ['practical'],
    gives: ['practical'],
  },
  { name: 'Koorlid', ring: 3, sector: 'clubs', rel: 'acquaintance', receives: ['companionship'], gives: ['emotional'] },
  { name: 'Oud-collega', ring: 2, sector: 'work_school', rel: 'friend', receives: ['emotional'], gives: ['emotional'] },
];

export async function loadDemoHistory(
  db: Kysely<DB>,
  organisationId: string,
  coordinatorId: string,
  userIds: Map<string, string>,
) {
  const org = organisationId;
  const today = clock.today();
  const random = seededRandom(20_261_202);
  const coaches = await db
    .selectFrom('coaches')
    .select(['id', 'user_id'])
    .where('organisation_id', '=', org)
    .where('user_id', 'is not', null)
    .execute();
  const relationshipQuestions = [
    'Voelde je je gehoord?',
    'Kon je zelf bepalen wat je deed?',
    'Was de coach er als je dat nodig had?',
  ];

  for (let i = 0; i < 42; i++) {
    // Registered between twenty and five months ago, one every ten days or so.
    const registered = shiftDays(today, -610 + i * 11 + random.between(0, 6));
    const personId = crypto.randomUUID();
    const first = firstNames[i % firstNames.length]!;
    const last = lastNames[(i * 5) % lastNames.length]!;
    await db
      .insertInto('persons')
      .values({
        id: personId,
        organisation_id: org,
        kind: 'client',
        first_name: first,
        last_name: `${last} (${i + 1})`,
        sort_key: personSortKey(first, `${last} (${i + 1})`),
        year_of_birth: random.between(1938, 1990),
        phone: null,
        email: null,
        neighbourhood: random.pick(['Oud-Noord', 'Zuidpark', 'Havenkwartier']),
        team_id: null,
        notes: null,
        created_by: coordinatorId,
        updated_at: clock.now(),
      })
      .execute();
    await db
      .insertInto('consents')
      .values({
        id: crypto.randomUUID(),
        organisation_id: org,
        person_id: personId,
        purpose: 'registration',
        given_on: registered,
        recorded_by: coordinatorId,
        withdrawn_on: null,
        withdrawn_recorded_by: null,
        note: null,
      })
      .execute();

    const intakeOn = shiftDays(registered, random.between(5, 20));
    const outcome: (typeof intakeOutcomes)[number] = random.chance(0.82)
      ? 'accepted'
      : random.pick(['referred', 'declined', 'withdrawn'] as const);
    const coach = coaches[i % coaches.length]!;
    const proposedOn = shiftDays(intakeOn, random.between(10, 60));
    const declinedFirst = outcome === 'accepted' && random.chance(0.15);
    const startedOn = shiftDays(proposedOn, random.between(7, 16) + (declinedFirst ? 21 : 0));
    const closedOn = shiftDays(startedOn, random.between(150, 330));
    const started = outcome === 'accepted';
    // Only finished trajectories here: the demo's current clients are in demo/coaching.ts.
    const closed = started && closedOn < today;
    if (started && !closed) continue;
    const endReason: (typeof endReasons)[number] = random.chance(0.75)
      ? 'completed'
      : random.pick(['stopped_by_client', 'referred_on', 'other'] as const);
    const followUpOn = shiftDays(closedOn, random.between(120, 160));
    const followedUp = closed && followUpOn < today;
    const trajectoryId = crypto.randomUUID();
    await db
      .insertInto('trajectories')
      .values({
        id: trajectoryId,
        organisation_id: org,
        person_id: personId,
        status: closed ? 'closed' : 'not_started',
        registered_on: registered,
        age_group: null,
        languages: ['Nederlands'],
        situations: [random.pick(['ageing', 'life_event', 'chronic_illness', 'psychological'] as const)],
        situation_note: null,
        referrer_organisation: random.chance(0.7)
          ? random.pick(['Huisartsenpraktijk Het Plein', 'Wijkteam Noord'])
          : null,
        referrer_contact: null,
        found_via: null,
        availability: ['tue_afternoon'],
        interests: [],
        wishes: null,
        intake_on: intakeOn,
        intake_points: JSON.stringify({ wish: true, not_buddy: true, temporary: true, available: true }),
        suitability: outcome === 'accepted' ? 'suitable' : 'other_help_first',
        coordination_note: null,
        intake_outcome: outcome,
        intake_note: null,
        closed_on: closed ? closedOn : null,
        end_reason: closed ? endReason : null,
        closing_note: null,
        follow_up_on: followedUp ? followUpOn : null,
        follow_up_result: followedUp
          ? random.pick<(typeof followUpResults)[number]>([
              'lasting',
              'lasting',
              'partly',
              'not_lasting',
              'not_reached',
            ])
          : null,
        follow_up_note: null,
        created_by: coordinatorId,
        updated_at: clock.now(),
      })
      .execute();
    if (!closed) continue;

    const match = (values: { status: 'declined' | 'ended'; proposed: string }) => ({
      id: crypto.randomUUID(),
      organisation_id: org,
      trajectory_id: trajectoryId,
      coach_id: coach.id,
      proposed_on: values.proposed,
      proposed_by: coordinatorId,
      status: values.status,
    });
    if (declinedFirst) {
      await db
        .insertInto('coach_matches')
        .values({
          ...match({ status: 'declined', proposed: proposedOn }),
          declined_on: shiftDays(proposedOn, 7),
          declined_by: random.pick(['client', 'coach'] as const),
          decline_reason: 'Klikte niet bij de kennismaking.',
        })
        .execute();
    }
    const matchId = crypto.randomUUID();
    await db
      .insertInto('coach_matches')
      .values({
        ...match({ status: 'ended', proposed: declinedFirst ? shiftDays(proposedOn, 14) : proposedOn }),
        id: matchId,
        introduction_on: shiftDays(startedOn, -3),
        client_confirmed_on: startedOn,
        client_recorded_by: coordinatorId,
        coach_confirmed_on: startedOn,
        coach_recorded_by: coordinatorId,
        started_on: startedOn,
        ended_on: closedOn,
        end_reason: 'trajectory_closed',
      })
      .execute();
    // A meeting every two or three weeks, each with its hours and sometimes travel costs.
    const reports = [];
    for (let day = 7; shiftDays(startedOn, day) < closedOn; day += random.between(14, 21)) {
      reports.push({
        id: crypto.randomUUID(),
        organisation_id: org,
        trajectory_id: trajectoryId,
        match_id: matchId,
        author_id: coach.user_id!,
        met_on: shiftDays(startedOn, day),
        duration_minutes: 90,
        place: null,
        steps: [],
        summary: 'Afspraak gehad; samen verder gewerkt aan het plan.',
        agreements: null,
        hours: random.pick([1, 1.5, 2]),
        expenses_cents: random.chance(0.4) ? random.between(200, 900) : 0,
        signal: null,
        signal_note: null,
        created_at: clock.now(),
      });
    }
    if (reports.length > 0) await db.insertInto('session_reports').values(reports).execute();
    if (endReason === 'completed') {
      await db
        .insertInto('coach_evaluations')
        .values({
          id: crypto.randomUUID(),
          organisation_id: org,
          trajectory_id: trajectoryId,
          kind: 'final',
          held_on: closedOn,
          present: ['client', 'coach', 'coordinator'],
          subgoals: JSON.stringify(
            Object.fromEntries(
              [1, 2, 3, 4, 5, 6, 7].map((g) => [String(g), { score: random.between(2, 5), comment: null }]),
            ),
          ),
          relationship: JSON.stringify({
            answers: relationshipQuestions.map((question) => ({ question, score: random.between(3, 5) })),
          }),
          note: null,
          created_by: coordinatorId,
        })
        .execute();
    }
    // The network at the start and at the end: most grow a little, some stay the same.
    const keys = new Map<string, string>();
    const map = (label: 'start' | 'end', takenOn: string, ties: DemoTie[]) =>
      insertMap(db, org, personId, userIds.get('Carla Coördinator') ?? coordinatorId, label, takenOn, ties, keys);
    const atStart = startTies.slice(0, random.between(2, 4));
    await map('start', shiftDays(startedOn, 14), atStart);
    await map('end', shiftDays(closedOn, -7), [...atStart, ...laterTies.slice(0, random.between(0, 4))]);
  }
}
