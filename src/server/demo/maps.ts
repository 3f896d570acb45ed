// Demo network maps that show different situations: a very small network (Henk), an overburdened
// family carer (Fatima), and a network that grows over three snapshots (Joost). All fictional.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { clock } from '../../shared/clock.js';
import type {
  AlterKind,
  Frequency,
  Quality,
  Reachability,
  Relationship,
  SectorKind,
  SupportType,
  TieStatus,
} from '../../shared/network/model.js';

export type DemoTie = {
  name: string;
  ring: number;
  sector: SectorKind;
  rel: Relationship;
  receives?: SupportType[];
  gives?: SupportType[];
  status?: TieStatus;
  quality?: Quality;
  kind?: AlterKind;
  years?: number;
  near?: Reachability;
  freq?: Frequency;
  formal?: boolean;
};

const henk: DemoTie[] = [
  {
    name: 'Huisarts',
    ring: 3,
    sector: 'professional',
    rel: 'professional',
    receives: ['informational'],
    formal: true,
    near: 'in_town',
  },
  {
    name: 'Dochter Ria',
    ring: 2,
    sector: 'family',
    rel: 'family',
    receives: ['practical'],
    near: 'far',
    freq: 'monthly',
    years: 50,
  },
  {
    name: 'Kat Minoes',
    ring: 1,
    sector: 'family',
    rel: 'family',
    kind: 'pet',
    receives: ['companionship'],
    gives: ['companionship'],
    near: 'nearby',
    freq: 'daily',
    years: 9,
  },
];

const fatima: DemoTie[] = [
  {
    name: 'Youssef (partner)',
    ring: 1,
    sector: 'family',
    rel: 'partner',
    receives: ['emotional', 'advice'],
    gives: ['emotional', 'practical', 'companionship'],
    near: 'nearby',
    freq: 'daily',
    years: 25,
  },
  {
    name: 'Zus Samira',
    ring: 1,
    sector: 'family',
    rel: 'family',
    receives: ['emotional', 'practical', 'companionship', 'advice'],
    gives: ['emotional'],
    near: 'in_town',
    freq: 'daily',
    years: 45,
  },
  {
    name: 'Buurvrouw Ineke',
    ring: 2,
    sector: 'neighbourhood',
    rel: 'neighbour',
    receives: ['practical'],
    near: 'nearby',
    freq: 'weekly',
    years: 6,
  },
  {
    name: 'Wijkverpleegkundige',
    ring: 3,
    sector: 'professional',
    rel: 'professional',
    receives: ['informational', 'practical'],
    formal: true,
    near: 'in_town',
  },
  { name: 'Oud-collega Mieke', ring: 2, sector: 'work_school', rel: 'colleague', status: 'faded', years: 12 },
];

const joost: DemoTie[][] = [
  [
    {
      name: 'Moeder',
      ring: 1,
      sector: 'family',
      rel: 'family',
      receives: ['emotional', 'practical'],
      near: 'far',
      freq: 'weekly',
      years: 40,
    },
    { name: 'Begeleider', ring: 3, sector: 'professional', rel: 'professional', receives: ['advice'], formal: true },
  ],
  [
    {
      name: 'Moeder',
      ring: 1,
      sector: 'family',
      rel: 'family',
      receives: ['emotional', 'practical'],
      near: 'far',
      freq: 'weekly',
      years: 40,
    },
    { name: 'Begeleider', ring: 3, sector: 'professional', rel: 'professional', receives: ['advice'], formal: true },
    {
      name: 'Wandelclub',
      ring: 3,
      sector: 'clubs',
      rel: 'club_member',
      kind: 'group',
      receives: ['companionship'],
      near: 'nearby',
    },
  ],
  [
    {
      name: 'Moeder',
      ring: 1,
      sector: 'family',
      rel: 'family',
      receives: ['emotional', 'practical'],
      gives: ['companionship'],
      near: 'far',
      freq: 'weekly',
      years: 41,
    },
    { name: 'Begeleider', ring: 3, sector: 'professional', rel: 'professional', receives: ['advice'], formal: true },
    {
      name: 'Wandelclub',
      ring: 2,
      sector: 'clubs',
      rel: 'club_member',
      kind: 'group',
      receives: ['companionship'],
      gives: ['practical'],
      near: 'nearby',
      freq: 'weekly',
    },
    {
      name: 'Buurman Ahmed',
      ring: 2,
      sector: 'neighbourhood',
      rel: 'neighbour',
      receives: ['practical', 'companionship'],
      gives: ['informational'],
      near: 'nearby',
    },
  ],
];

/** One snapshot map with its people; `keys` keeps a person's key the same across snapshots. */
export async function insertMap(
  db: Kysely<DB>,
  organisationId: string,
  personId: string,
  createdBy: string,
  label: 'start' | 'mid_term' | 'end',
  takenOn: string,
  alters: DemoTie[],
  keys: Map<string, string>,
) {
  const mapId = crypto.randomUUID();
  await db
    .insertInto('network_maps')
    .values({
      id: mapId,
      organisation_id: organisationId,
      person_id: personId,
      kind: 'snapshot',
      label,
      label_note: null,
      taken_on: takenOn,
      model: 'three_circles',
      created_by: createdBy,
      updated_at: clock.now(),
    })
    .execute();
  await db
    .insertInto('network_alters')
    .values(
      alters.map((a, i) => {
        if (!keys.has(a.name)) keys.set(a.name, crypto.randomUUID());
        return {
          id: crypto.randomUUID(),
          organisation_id: organisationId,
          map_id: mapId,
          key: keys.get(a.name)!,
          position: i + 1,
          name: a.name,
          kind: a.kind ?? 'person',
          deceased: false,
          relationship: a.rel,
          sector: a.sector,
          closeness: a.ring,
          channel: 'in_person',
          frequency: a.freq ?? null,
          years_known: a.years ?? null,
          quality: a.quality ?? 'supportive',
          reachability: a.near ?? null,
          status: a.status ?? 'active',
          formal: a.formal ?? false,
          may_be_overburdened: false,
          placed: true,
          receives: a.receives ?? [],
          gives: a.gives ?? [],
          strategy: null,
          note: null,
        };
      }),
    )
    .execute();
}

export async function loadDemoMaps(db: Kysely<DB>, organisationId: string, coordinatorId: string) {
  const personId = async (firstName: string) =>
    (
      await db
        .selectFrom('persons')
        .select('id')
        .where('organisation_id', '=', organisationId)
        .where('first_name', '=', firstName)
        .executeTakeFirstOrThrow()
    ).id;
  await insertMap(db, organisationId, await personId('Henk'), coordinatorId, 'start', '2026-03-10', henk, new Map());
  await insertMap(
    db,
    organisationId,
    await personId('Fatima'),
    coordinatorId,
    'start',
    '2026-04-02',
    fatima,
    new Map(),
  );
  const keys = new Map<string, string>();
  const joostId = await personId('Joost');
  for (const [i, [label, date]] of (
    [
      ['start', '2026-01-12'],
      ['mid_term', '2026-05-20'],
      ['end', '2026-10-01'],
    ] as const
  ).entries()) {
    await insertMap(db, organisationId, joostId, coordinatorId, label, date, joost[i], keys);
  }
}
