// Demo data for the coach programme: coaches in every status and clients at every stage —
// waiting, proposed, matched, mid-way, closed and followed up. Dates are relative to today so the
// dashboard always has something due. All names are invented.
import type { Kysely } from 'kysely';
import { shiftDays, shiftMonths } from '../../shared/dates.js';
import type { DB } from '../db/schema.js';
import { clock } from '../../shared/clock.js';
import type {
  CoachStatus,
  endReasons,
  Signal,
  Situation,
  StepStatus,
  TrajectoryStatus,
  WeekPart,
} from '../../shared/coaching/model.js';

const monthsAgo = (n: number) => shiftMonths(clock.today(), -n);
const daysAgo = (n: number) => shiftDays(clock.today(), -n);

interface DemoCoach {
  first: string;
  last: string;
  user?: string;
  status: CoachStatus;
  max: number;
  neighbourhood: string;
  radius: number;
  availability: WeekPart[];
  languages: string[];
  interests: string[];
  preferred: Situation[];
  vogMonthsAgo: number | null;
  intern?: boolean;
}

const coaches: DemoCoach[] = [
  {
    first: 'Kees',
    last: 'Coach',
    user: 'Kees Coach',
    status: 'active',
    max: 2,
    neighbourhood: 'Oud-Noord',
    radius: 5,
    availability: ['tue_afternoon', 'thu_morning', 'thu_afternoon'],
    languages: ['Nederlands'],
    interests: ['wandelen', 'tuinieren', 'schaken'],
    preferred: ['ageing'],
    vogMonthsAgo: 14,
  },
  {
    first: 'Mila',
    last: 'Maatje',
    user: 'Mila Maatje',
    status: 'active',
    max: 2,
    neighbourhood: 'Zuidpark',
    radius: 4,
    availability: ['mon_evening', 'wed_afternoon'],
    languages: ['Nederlands', 'Arabisch', 'Frans'],
    interests: ['koken', 'muziek'],
    preferred: ['language_integration', 'life_event'],
    vogMonthsAgo: 40,
  },
  {
    first: 'Lotte',
    last: 'Lijnstra',
    status: 'active',
    max: 1,
    neighbourhood: 'Havenkwartier',
    radius: 6,
    availability: ['tue_morning', 'fri_afternoon'],
    languages: ['Nederlands', 'Engels'],
    interests: ['fotografie', 'wandelen'],
    preferred: [],
    vogMonthsAgo: 6,
  },
  {
    first: 'Ruud',
    last: 'Rustig',
    status: 'paused',
    max: 1,
    neighbourhood: 'Oud-Noord',
    radius: 3,
    availability: ['sat_morning'],
    languages: ['Nederlands'],
    interests: ['vissen'],
    preferred: [],
    vogMonthsAgo: 20,
  },
  {
    first: 'Sanne',
    last: 'Start',
    status: 'candidate',
    max: 1,
    neighbourhood: 'Zuidpark',
    radius: 5,
    availability: ['wed_evening'],
    languages: ['Nederlands', 'Turks'],
    interests: ['handwerken'],
    preferred: [],
    vogMonthsAgo: null,
  },
  {
    first: 'Tim',
    last: 'Stagiair',
    status: 'in_training',
    max: 1,
    neighbourhood: 'Havenkwartier',
    radius: 8,
    availability: ['mon_afternoon', 'thu_afternoon'],
    languages: ['Nederlands', 'Engels'],
    interests: ['voetbal', 'gamen'],
    preferred: [],
    vogMonthsAgo: 2,
    intern: true,
  },
  {
    first: 'Yvonne',
    last: 'Vertrokken',
    status: 'stopped',
    max: 0,
    neighbourhood: 'Oud-Noord',
    radius: 2,
    availability: [],
    languages: ['Nederlands'],
    interests: [],
    preferred: [],
    vogMonthsAgo: 50,
  },
];

export async function loadDemoCoaching(
  db: Kysely<DB>,
  organisationId: string,
  coordinatorId: string,
  userIds: Map<string, string>,
) {
  const org = organisationId;
  await db
    .insertInto('neighbourhoods')
    .values(
      [
        ['Oud-Noord', 52.101, 5.113],
        ['Zuidpark', 52.072, 5.121],
        ['Havenkwartier', 52.092, 5.071],
      ].map(([name, latitude, longitude]) => ({
        id: crypto.randomUUID(),
        organisation_id: org,
        name: name as string,
        latitude: latitude as number,
        longitude: longitude as number,
      })),
    )
    .execute();

  const coachIds = new Map<string, string>();
  for (const c of coaches) {
    const id = crypto.randomUUID();
    coachIds.set(c.first, id);
    await db
      .insertInto('coaches')
      .values({
        id,
        organisation_id: org,
        user_id: c.user ? userIds.get(c.user)! : null,
        first_name: c.first,
        last_name: c.last,
        email: null,
        phone: null,
        status: c.status,
        availability: c.availability,
        max_clients: c.max,
        neighbourhood: c.neighbourhood,
        travel_radius_km: c.radius,
        languages: c.languages,
        interests: c.interests,
        preferred_situations: c.preferred,
        course_done_on: c.status === 'candidate' || c.status === 'in_training' ? null : monthsAgo(18),
        elearning_done_on: c.status === 'candidate' ? null : monthsAgo(17),
        vog_on: c.vogMonthsAgo === null ? null : monthsAgo(c.vogMonthsAgo),
        intern: c.intern ?? false,
        intern_from: c.intern ? monthsAgo(2) : null,
        intern_until: c.intern ? monthsAgo(-4) : null,
        note: null,
        updated_at: clock.now(),
      })
      .execute();
  }
  const person = async (firstName: string) =>
    (
      await db
        .selectFrom('persons')
        .select('id')
        .where('organisation_id', '=', org)
        .where('first_name', '=', firstName)
        .executeTakeFirstOrThrow()
    ).id;

  async function trajectory(
    firstName: string,
    t: {
      registered: string;
      intake?: string;
      status: TrajectoryStatus;
      situations: Situation[];
      languages?: string[];
      interests?: string[];
      availability?: WeekPart[];
      closed?: string;
      endReason?: (typeof endReasons)[number];
      followUp?: string;
    },
  ) {
    const id = crypto.randomUUID();
    await db
      .insertInto('trajectories')
      .values({
        id,
        organisation_id: org,
        person_id: await person(firstName),
        status: t.status,
        registered_on: t.registered,
        age_group: null,
        languages: t.languages ?? ['Nederlands'],
        situations: t.situations,
        situation_note: null,
        referrer_organisation: 'Huisartsenpraktijk Het Plein',
        referrer_contact: 'Praktijkondersteuner',
        found_via: 'Verwijzing',
        availability: t.availability ?? ['tue_afternoon', 'thu_morning'],
        interests: t.interests ?? [],
        wishes: null,
        intake_on: t.intake ?? null,
        intake_points: t.intake
          ? JSON.stringify({ wish: true, not_buddy: true, temporary: true, available: true })
          : null,
        suitability: t.intake ? 'suitable' : null,
        coordination_note: null,
        intake_outcome: t.intake ? 'accepted' : null,
        intake_note: null,
        closed_on: t.closed ?? null,
        end_reason: t.endReason ?? null,
        closing_note: null,
        follow_up_on: t.followUp ?? null,
        follow_up_result: t.followUp ? 'lasting' : null,
        follow_up_note: t.followUp ? 'Gaat nog elke week naar het buurthuis.' : null,
        created_by: coordinatorId,
        updated_at: clock.now(),
      })
      .execute();
    return id;
  }
  async function match(
    trajectoryId: string,
    coach: string,
    m: { proposed: string; started?: string; ended?: string; clientYes?: string; coachYes?: string },
  ) {
    const id = crypto.randomUUID();
    await db
      .insertInto('coach_matches')
      .values({
        id,
        organisation_id: org,
        trajectory_id: trajectoryId,
        coach_id: coachIds.get(coach)!,
        status: m.ended ? 'ended' : m.started ? 'active' : 'proposed',
        proposed_on: m.proposed,
        proposed_by: coordinatorId,
        score: null,
        introduction_on: m.started ?? m.coachYes ?? null,
        client_confirmed_on: m.started ?? m.clientYes ?? null,
        client_recorded_by: coordinatorId,
        coach_confirmed_on: m.started ?? m.coachYes ?? null,
        coach_recorded_by: coordinatorId,
        started_on: m.started ?? null,
        ended_on: m.ended ?? null,
        end_reason: m.ended ? 'trajectory_closed' : null,
      })
      .execute();
    return id;
  }
  async function step(trajectoryId: string, n: number, status: StepStatus, worksheet: Record<string, unknown>) {
    await db
      .insertInto('trajectory_steps')
      .values({
        organisation_id: org,
        trajectory_id: trajectoryId,
        step: n,
        status,
        worksheet: JSON.stringify(worksheet),
        updated_by: coordinatorId,
        updated_at: clock.now(),
      })
      .execute();
  }
  async function report(
    trajectoryId: string,
    matchId: string,
    author: string,
    metOn: string,
    steps: number[],
    summary: string,
    signal?: { kind: Signal; note: string },
  ) {
    await db
      .insertInto('session_reports')
      .values({
        id: crypto.randomUUID(),
        organisation_id: org,
        trajectory_id: trajectoryId,
        match_id: matchId,
        author_id: userIds.get(author)!,
        met_on: metOn,
        duration_minutes: 75,
        place: 'Bij de cliënt thuis',
        steps,
        summary,
        agreements: null,
        hours: 1.5,
        expenses_cents: 380,
        signal: signal?.kind ?? null,
        signal_note: signal?.note ?? null,
      })
      .execute();
  }
  const subgoals = (score: number) =>
    JSON.stringify(
      Object.fromEntries(
        [1, 2, 3, 4, 5, 6, 7].map((g) => [String(g), { score: Math.min(5, score + (g % 2)), comment: null }]),
      ),
    );

  // Henk: matched five months ago with Kees, mid-term evaluation due, an open worry.
  const henk = await trajectory('Henk', {
    registered: monthsAgo(6),
    intake: daysAgo(170),
    status: 'active',
    situations: ['ageing'],
    interests: ['tuinieren'],
  });
  const henkMatch = await match(henk, 'Kees', { proposed: daysAgo(160), started: monthsAgo(5) });
  await step(henk, 1, 'done', {
    about_me: 'Woont sinds de dood van zijn vrouw alleen.',
    hopes: 'Weer iemand om mee te praten over de tuin.',
  });
  await step(henk, 2, 'done', { stands_out: 'Bijna alle contacten zijn ver weg of via de thuiszorg.' });
  await step(henk, 3, 'done', { wishes: ['Iemand om mee te tuinieren', 'Vaker de buurman spreken'] });
  await step(henk, 4, 'in_progress', { places: ['Volkstuinvereniging', 'Buurthuis De Schakel'] });
  await report(henk, henkMatch, 'Kees Coach', daysAgo(20), [3], 'Wensen voor het netwerk op een rij gezet.');
  await report(henk, henkMatch, 'Kees Coach', daysAgo(6), [4], 'Plekken in de wijk besproken.', {
    kind: 'worried',
    note: 'Vergeet de laatste tijd afspraken; misschien meer aan de hand.',
  });

  // Joost: ten months with Kees, mid-term done, working on his action plans.
  const joost = await trajectory('Joost', {
    registered: monthsAgo(11),
    intake: monthsAgo(11),
    status: 'active',
    situations: ['psychological', 'life_event'],
    interests: ['schaken'],
  });
  const joostMatch = await match(joost, 'Kees', { proposed: monthsAgo(10), started: monthsAgo(10) });
  for (const n of [1, 2, 3, 4, 5, 6]) await step(joost, n, n === 6 ? 'skipped' : 'done', {});
  await step(joost, 7, 'done', {
    top3: ['Schaakclub bezoeken', 'Oud-collega Ahmed bellen', 'Vrijwilligerswerk zoeken'],
  });
  await step(joost, 8, 'in_progress', {
    plans: [
      {
        action: 'Schaakclub bezoeken',
        goal: 'Eén avond per week onder de mensen',
        steps: 'Tijden opzoeken, een proefavond afspreken',
        helpers: 'Broer Mark rijdt mee',
        when: 'Voor de kerst',
        firstStep: 'Website van de club bekijken',
        obstacles: 'Zenuwen bij de eerste keer',
      },
    ],
  });
  await report(
    joost,
    joostMatch,
    'Kees Coach',
    daysAgo(10),
    [7, 8],
    'Top drie gekozen en een plan gemaakt voor de schaakclub.',
  );
  await db
    .insertInto('coach_evaluations')
    .values({
      id: crypto.randomUUID(),
      organisation_id: org,
      trajectory_id: joost,
      kind: 'mid_term',
      held_on: monthsAgo(5),
      present: ['client', 'coach', 'coordinator'],
      subgoals: subgoals(3),
      relationship: JSON.stringify({ answers: [] }),
      note: null,
      created_by: coordinatorId,
    })
    .execute();

  // Fatima: two months with Mila, just getting acquainted.
  const fatima = await trajectory('Fatima', {
    registered: monthsAgo(3),
    intake: monthsAgo(3),
    status: 'active',
    situations: ['language_integration'],
    languages: ['Arabisch', 'Nederlands'],
    interests: ['koken'],
    availability: ['mon_evening'],
  });
  const fatimaMatch = await match(fatima, 'Mila', { proposed: monthsAgo(2), started: monthsAgo(2) });
  await step(fatima, 1, 'in_progress', { about_me: 'Drie jaar in Nederland, twee kinderen op school.' });
  await report(fatima, fatimaMatch, 'Mila Maatje', daysAgo(14), [1], 'Kennismaking en droomnetwerk getekend.');

  // Jan: closed seven months ago with Mila; his follow-up is due now.
  const jan = await trajectory('Jan', {
    registered: monthsAgo(17),
    intake: monthsAgo(17),
    status: 'closed',
    situations: ['ageing'],
    closed: monthsAgo(6),
    endReason: 'completed',
  });
  await match(jan, 'Mila', { proposed: monthsAgo(16), started: monthsAgo(16), ended: monthsAgo(6) });
  await db
    .insertInto('coach_evaluations')
    .values({
      id: crypto.randomUUID(),
      organisation_id: org,
      trajectory_id: jan,
      kind: 'final',
      held_on: monthsAgo(6),
      present: ['client', 'coach', 'coordinator'],
      subgoals: subgoals(4),
      relationship: JSON.stringify({ answers: [] }),
      note: null,
      created_by: coordinatorId,
    })
    .execute();

  // Gerda: closed and followed up.
  const gerda = await trajectory('Gerda', {
    registered: monthsAgo(24),
    intake: monthsAgo(24),
    status: 'closed',
    situations: ['ageing', 'chronic_illness'],
    closed: monthsAgo(13),
    endReason: 'completed',
    followUp: monthsAgo(6),
  });
  await match(gerda, 'Kees', { proposed: monthsAgo(23), started: monthsAgo(22), ended: monthsAgo(13) });
  await db
    .insertInto('coach_evaluations')
    .values({
      id: crypto.randomUUID(),
      organisation_id: org,
      trajectory_id: gerda,
      kind: 'final',
      held_on: monthsAgo(13),
      present: ['client', 'coach', 'coordinator'],
      subgoals: subgoals(4),
      relationship: JSON.stringify({ answers: [] }),
      note: null,
      created_by: coordinatorId,
    })
    .execute();

  // Ilse: waiting, with a proposal to Lotte that only the coach has confirmed so far.
  const ilse = await trajectory('Ilse', {
    registered: daysAgo(45),
    intake: daysAgo(38),
    status: 'waiting',
    situations: ['family_carer'],
    interests: ['fotografie'],
    availability: ['tue_morning'],
  });
  await match(ilse, 'Lotte', { proposed: daysAgo(10), coachYes: daysAgo(4) });
  // Émilie: longest on the waiting list, no proposal yet. Mohammed: registered, intake still to do.
  await trajectory('Émilie', {
    registered: daysAgo(80),
    intake: daysAgo(70),
    status: 'waiting',
    situations: ['life_event'],
    languages: ['Frans', 'Nederlands'],
    interests: ['muziek'],
    availability: ['wed_afternoon'],
  });
  await trajectory('Mohammed', {
    registered: daysAgo(12),
    status: 'registered',
    situations: ['chronic_illness'],
    languages: ['Turks'],
  });
}
