// Demo data for support-net groups: three groups in different phases, one with a year of weekly
// sessions, attendance and contributions, a logbook in which mutual support grows, a dropout
// follow-up, house rules, a year evaluation and interviews. All names are invented.
import type { Kysely } from 'kysely';
import { contributionKinds } from '../../shared/groups/model.js';
import { plannedTimeline } from '../../shared/groups/route.js';
import type { ContributionKind, RouteStatus } from '../../shared/groups/model.js';

const hostingOnly: ContributionKind[] = ['hosting'];
import { shiftDays, shiftMonths } from '../../shared/dates.js';
import { personSortKey } from '../../shared/names.js';
import type { DB } from '../db/schema.js';
import { clock } from '../../shared/clock.js';

const daysAgo = (n: number) => shiftDays(clock.today(), -n);
const monthsAgo = (n: number) => shiftMonths(clock.today(), -n);

const extraNames = [
  'Greet Dekker',
  'Hamid Ouali',
  'Joke Peters',
  'Kees Verbeek',
  'Lies Bosman',
  'Marco Rossi',
  'Nel Kramer',
  'Otto Brink',
  'Petra Lamers',
  'Rob Schouten',
  'Sien de Graaf',
  'Tonny Veld',
  'Ursula Kok',
  'Yusuf Demir',
  'Zeynep Arslan',
  'Bert Hoekstra',
  'Dina Pinas',
  'Frits Mol',
];

export async function loadDemoGroups(db: Kysely<DB>, organisationId: string, userIds: Map<string, string>) {
  const org = organisationId;
  let seed = 11;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const sam = userIds.get('Sam Sociaalwerker')!;
  const bo = userIds.get('Bo Backup')!;
  const eva = userIds.get('Eva Evaluator')!;

  async function person(fullName: string) {
    const existing = await db
      .selectFrom('persons')
      .select('id')
      .where('organisation_id', '=', org)
      .where('first_name', '=', fullName.split(' ')[0])
      .where('kind', '=', 'participant')
      .executeTakeFirst();
    if (existing && !fullName.includes(' ')) return existing.id;
    const [firstName, ...rest] = fullName.split(' ');
    const id = crypto.randomUUID();
    await db
      .insertInto('persons')
      .values({
        id,
        organisation_id: org,
        kind: 'participant',
        first_name: firstName,
        last_name: rest.join(' '),
        sort_key: personSortKey(firstName, rest.join(' ')),
        year_of_birth: null,
        phone: null,
        email: null,
        neighbourhood: null,
        team_id: null,
        notes: null,
        created_by: sam,
        updated_at: clock.now(),
      })
      .execute();
    return id;
  }

  async function group(name: string, location: string, age: number, workers: [string, 'worker' | 'backup'][]) {
    const id = crypto.randomUUID();
    const started = monthsAgo(age);
    const phases = plannedTimeline(started);
    await db
      .insertInto('support_groups')
      .values({
        id,
        organisation_id: org,
        name,
        location,
        started_on: started,
        phases: JSON.stringify(phases),
        conditions: JSON.stringify({
          hours_secured: true,
          hours_agreed: true,
          backup_available: workers.length > 1,
          location_suitable: true,
          continuation: age > 12,
        }),
        target_participants: 15,
        activity_hours: 3,
        available_hours: age > 12 ? 4.5 : 4,
        absence_threshold: 3,
        budget_cents: 750000,
        spent_cents: Math.round(age * 28000),
        own_contribution_cents: Math.round(age * 4000),
        ended_on: null,
        created_by: workers[0][0],
      })
      .execute();
    await db
      .insertInto('group_workers')
      .values(workers.map(([userId, role]) => ({ organisation_id: org, group_id: id, user_id: userId, role })))
      .execute();
    return { id, started };
  }

  async function participant(groupId: string, personId: string, route: [RouteStatus, string][], emergency = true) {
    const id = crypto.randomUUID();
    const cameVia = (['referral', 'met_by_worker', 'invited_by_participant', 'walked_in'] as const)[
      Math.floor(rand() * 4)
    ];
    await db
      .insertInto('group_participants')
      .values({
        id,
        organisation_id: org,
        group_id: groupId,
        person_id: personId,
        came_via: cameVia,
        came_via_note: cameVia === 'referral' ? 'Praktijkondersteuner GGZ' : null,
        wishes: 'Graag iets voor een ander betekenen',
        talents: [(['koken', 'tuinieren', 'luisteren', 'muziek maken', 'knutselen'] as const)[Math.floor(rand() * 5)]],
        emergency_contact: emergency ? 'Familielid (nummer bij de sociaal werker)' : null,
        status: route[route.length - 1][0],
      })
      .execute();
    await db
      .insertInto('participant_route')
      .values(
        route.map(([status, onDate]) => ({
          id: crypto.randomUUID(),
          organisation_id: org,
          participant_id: id,
          status,
          on_date: onDate,
          note:
            status === 'dropped_out'
              ? 'Verhuisd naar een andere wijk'
              : status === 'referred'
                ? 'Schuldhulpverlening'
                : null,
          created_by: sam,
        })),
      )
      .execute();
    return id;
  }

  // 1. Oud-Noord: sixteen months, deepening, a year of weekly sessions.
  const noord = await group('Vangnet Oud-Noord', 'Buurthuis De Schakel', 16, [
    [sam, 'worker'],
    [bo, 'backup'],
  ]);
  const names = ['Anneke', 'Ricardo', 'Wil', 'Cor', ...extraNames.slice(0, 14)];
  const members: { id: string; joined: number }[] = [];
  for (const [i, n] of names.entries()) {
    const joinedDaysAgo = 460 - i * 18;
    const intro = daysAgo(joinedDaysAgo);
    const structural = daysAgo(joinedDaysAgo - 35);
    const route: [RouteStatus, string][] = [
      ['introduction', intro],
      ['finding_place', daysAgo(joinedDaysAgo - 14)],
    ];
    if (i === 9) route.push(['dropped_out', daysAgo(joinedDaysAgo - 40)]);
    else if (i === 12) route.push(['referred', daysAgo(joinedDaysAgo - 30)]);
    else if (joinedDaysAgo - 35 > 0) route.push(['structural', structural]);
    members.push({ id: await participant(noord.id, await person(n), route, i % 7 !== 3), joined: joinedDaysAgo });
  }
  const activity = crypto.randomUUID();
  await db
    .insertInto('group_activities')
    .values([
      {
        id: activity,
        organisation_id: org,
        group_id: noord.id,
        name: 'Samen koken en eten',
        recurrence: 'weekly',
        audience: 'group',
      },
      {
        id: crypto.randomUUID(),
        organisation_id: org,
        group_id: noord.id,
        name: 'Buurtbarbecue',
        recurrence: 'one_off',
        audience: 'neighbourhood',
      },
    ])
    .execute();
  const absentLately = members[5].id;
  for (let week = 52; week >= 1; week--) {
    const heldOn = daysAgo(week * 7);
    const sessionId = crypto.randomUUID();
    await db
      .insertInto('group_sessions')
      .values({
        id: sessionId,
        organisation_id: org,
        group_id: noord.id,
        activity_id: activity,
        held_on: heldOn,
        visitors: Math.floor(rand() * 3),
        note: null,
        created_by: sam,
      })
      .execute();
    const rows = members
      .filter(
        (m, i) =>
          m.joined >= week * 7 &&
          i !== 9 &&
          i !== 12 &&
          !(m.id === absentLately && week <= 3) &&
          rand() < 0.55 + (52 - week) / 300,
      )
      .map((m) => ({
        organisation_id: org,
        session_id: sessionId,
        participant_id: m.id,
        contributions: rand() < 0.75 ? [contributionKinds[Math.floor(rand() * 6)]] : [],
        contribution_note: null,
      }));
    if (rows.length > 0) await db.insertInto('session_attendance').values(rows).execute();
  }
  await db
    .insertInto('dropout_followups')
    .values({
      id: crypto.randomUUID(),
      organisation_id: org,
      group_id: noord.id,
      participant_id: absentLately,
      detected_on: daysAgo(7),
      missed_since: daysAgo(21),
      how: null,
      by_kind: null,
      by_participant: null,
      done_on: null,
      outcome: null,
      note: null,
    })
    .execute();
  // Mutual support grows: a few observations early on, many in recent months.
  for (let m = 12; m >= 0; m--) {
    const entryId = crypto.randomUUID();
    const on = daysAgo(m * 30 + 3);
    await db
      .insertInto('logbook_entries')
      .values({
        id: entryId,
        organisation_id: org,
        group_id: noord.id,
        written_on: on,
        text:
          m > 8
            ? 'Nog wat onwennig; mensen zoeken hun plek.'
            : 'Mensen helpen elkaar steeds vaker zonder dat het gevraagd wordt.',
        tags: m > 8 ? ['atmosphere', 'newcomer'] : ['mutual_support', 'group_identity'],
        balances: JSON.stringify({ safety_challenge: m > 8 ? -1 : 0 }),
        author_id: sam,
      })
      .execute();
    const count = Math.max(1, 13 - m);
    const obs = Array.from({ length: count }, () => {
      const a = members[Math.floor(rand() * 9)].id;
      let b = members[Math.floor(rand() * 9)].id;
      if (b === a) b = members[(members.findIndex((x) => x.id === a) + 1) % 9].id;
      return {
        id: crypto.randomUUID(),
        organisation_id: org,
        group_id: noord.id,
        entry_id: entryId,
        observed_on: on,
        from_participant: a,
        to_participant: b,
        support_type: (['emotional', 'practical', 'companionship'] as const)[Math.floor(rand() * 3)],
      };
    });
    await db.insertInto('support_observations').values(obs).execute();
  }
  await db
    .insertInto('house_rules')
    .values([
      {
        id: crypto.randomUUID(),
        organisation_id: org,
        group_id: noord.id,
        version: 1,
        agreed_on: monthsAgo(12),
        rules: JSON.stringify({ rules: ['We zijn welkom zoals we zijn', 'We laten elkaar uitpraten'] }),
        created_by: sam,
      },
      {
        id: crypto.randomUUID(),
        organisation_id: org,
        group_id: noord.id,
        version: 2,
        agreed_on: monthsAgo(4),
        rules: JSON.stringify({
          rules: [
            'We zijn welkom zoals we zijn',
            'We laten elkaar uitpraten',
            'Iedereen doet iets, naar wat hij of zij kan',
          ],
        }),
        created_by: sam,
      },
    ])
    .execute();
  await db
    .insertInto('group_evaluations')
    .values({
      id: crypto.randomUUID(),
      organisation_id: org,
      group_id: noord.id,
      kind: 'year',
      held_on: monthsAgo(4),
      subgoals: JSON.stringify(
        Object.fromEntries(
          ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((g, i) => [
            g,
            { score: 3 + (i % 3 === 0 ? 1 : 0), comment: null },
          ]),
        ),
      ),
      what_worked: 'Samen koken geeft iedereen een taak.',
      needed_to_continue: 'Een vaste ruimte en een vrijwilliger die de sleutel beheert.',
      created_by: sam,
    })
    .execute();
  // Eight interviews held, one still to do: enough for the participation score in the report. Each
  // of them agreed to take part in evaluation research first (an interview needs that consent).
  const interviewed = await db
    .selectFrom('group_participants')
    .select('person_id')
    .where(
      'id',
      'in',
      members.slice(0, 9).map((m) => m.id),
    )
    .execute();
  for (const { person_id } of interviewed) {
    const already = await db
      .selectFrom('consents')
      .select('id')
      .where('person_id', '=', person_id)
      .where('purpose', '=', 'evaluation_research')
      .where('withdrawn_on', 'is', null)
      .executeTakeFirst();
    if (already) continue;
    await db
      .insertInto('consents')
      .values({
        id: crypto.randomUUID(),
        organisation_id: org,
        person_id,
        purpose: 'evaluation_research',
        given_on: daysAgo(200),
        recorded_by: sam,
        withdrawn_on: null,
        withdrawn_recorded_by: null,
        note: null,
        notice_version: null,
      })
      .execute();
  }
  for (const [i, m] of members.slice(0, 9).entries()) {
    await db
      .insertInto('evaluation_interviews')
      .values({
        id: crypto.randomUUID(),
        organisation_id: org,
        group_id: noord.id,
        participant_id: m.id,
        evaluator_id: eva,
        planned_on: monthsAgo(3),
        held_on: i < 8 ? monthsAgo(3) : null,
        score_now: i < 8 ? 5 + (i % 4) : null,
        score_before: i < 8 ? 3 + (i % 3) : null,
        answers: JSON.stringify({ answers: [] }),
        report: i < 8 ? 'Voelt zich thuis in de groep en komt elke week.' : null,
        themes: i < 8 ? ['ergens bij horen', 'samen koken'] : [],
        member_check_agreed: i < 8 ? true : null,
        member_check_on: i < 8 ? monthsAgo(3) : null,
        created_by: sam,
      })
      .execute();
  }

  // 2. Zuidpark: five months, building up.
  const zuid = await group('Vangnet Zuidpark', 'Bibliotheek Zuidpark', 5, [[sam, 'worker']]);
  const zuidMembers: string[] = [];
  for (const [i, n] of [
    'Thijs',
    'Nadia',
    ...extraNames.slice(14, 18),
    'Lotte Smeets',
    'Ahmet Kaya',
    'Ria de Ruiter',
  ].entries()) {
    const intro = daysAgo(140 - i * 10);
    zuidMembers.push(
      await participant(
        zuid.id,
        await person(n),
        i < 5
          ? [
              ['introduction', intro],
              ['structural', daysAgo(100 - i * 10)],
            ]
          : [['introduction', intro]],
      ),
    );
  }
  for (let week = 20; week >= 1; week--) {
    const sessionId = crypto.randomUUID();
    await db
      .insertInto('group_sessions')
      .values({
        id: sessionId,
        organisation_id: org,
        group_id: zuid.id,
        activity_id: null,
        held_on: daysAgo(week * 7),
        visitors: 0,
        note: null,
        created_by: sam,
      })
      .execute();
    const rows = zuidMembers
      .filter(() => rand() < 0.7)
      .map((pid) => ({
        organisation_id: org,
        session_id: sessionId,
        participant_id: pid,
        contributions: rand() < 0.5 ? hostingOnly : [],
        contribution_note: null,
      }));
    if (rows.length > 0) await db.insertInto('session_attendance').values(rows).execute();
  }

  // 3. Havenkwartier: one month, still exploring; the first people are invited.
  const haven = await group('Vangnet Havenkwartier', 'Wijkcentrum De Kade', 1, [
    [bo, 'worker'],
    [sam, 'backup'],
  ]);
  for (const n of ['Koos Haven', 'Marieke Dam', 'Said Amrani'])
    await participant(haven.id, await person(n), [['invited', daysAgo(10)]]);
}
