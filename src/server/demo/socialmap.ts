// The demo's social map (issue 15): a fictional neighbourhood with places and activities of every
// kind — weekly, every other week, monthly, one-off, free and paid — in the three demo
// neighbourhoods, some of them not checked for a long time. All names and addresses are invented.
import type { Kysely } from 'kysely';
import { clock } from '../../shared/clock.js';
import { shiftDays, shiftMonths } from '../../shared/dates.js';
import { entrySchema } from '../../shared/socialmap/schemas.js';
import type { DB } from '../db/schema.js';
import { newEntryRow } from '../modules/socialmap/entries.js';
import { seededRandom } from './random.js';

type Raw = Parameters<typeof entrySchema.parse>[0] & Record<string, unknown>;

const places = {
  'Oud-Noord': {
    centre: 'Buurthuis De Linde',
    street: 'Lindelaan',
    church: 'Ontmoetingskerk Oud-Noord',
    park: 'Molenpark',
  },
  Zuidpark: { centre: 'Wijkcentrum Zuidpark', street: 'Parkweg', church: 'Huis van Gebed Zuid', park: 'Zuidpark' },
  Havenkwartier: { centre: 'De Kade (buurtkamer)', street: 'Kadestraat', church: 'Havenkerk', park: 'Havenhoofd' },
} as const;
type Area = keyof typeof places;

/** What goes on in every neighbourhood, each with its own days and times there. */
const templates: Array<(area: Area, n: number) => Raw> = [
  (a) => ({
    provider: places[a].centre,
    name: 'Koffie-inloop',
    kind: 'meeting_place',
    description: 'Loop binnen voor een kop koffie en een praatje. Je hoeft niets te doen of te zeggen.',
    interests: ['coffee'],
    lowThreshold: true,
    costKind: 'free',
  }),
  (a) => ({
    provider: places[a].centre,
    name: 'Samen eten',
    kind: 'activity',
    description: 'Een warme maaltijd met buren. Wie wil, helpt mee met koken.',
    interests: ['cooking'],
    costKind: 'amount',
    costCents: 450,
    conditions: 'Aanmelden tot de dag ervoor.',
  }),
  (a) => ({
    provider: `Kookcafé ${a}`,
    name: 'Kookcafé',
    kind: 'activity',
    description: 'Samen koken met wat het seizoen geeft, daarna samen aan tafel.',
    interests: ['cooking'],
    costKind: 'amount',
    costCents: 300,
  }),
  (a) => ({
    provider: 'Wandelgroep Stap voor Stap',
    name: `Wandelen in het ${places[a].park}`,
    kind: 'activity',
    description: 'Een rustige wandeling van een uur, in je eigen tempo. Daarna koffie.',
    interests: ['walking'],
    lowThreshold: true,
    costKind: 'free',
  }),
  (a) => ({
    provider: `Buurtkoor ${a}`,
    name: 'Zingen in het buurtkoor',
    kind: 'club',
    description: 'Bekende liedjes zingen met elkaar. Je hoeft geen noten te kunnen lezen.',
    interests: ['music'],
    costKind: 'amount',
    costCents: 1000,
    costNote: 'per maand',
  }),
  (a) => ({
    provider: places[a].centre,
    name: 'Handwerkclub',
    kind: 'club',
    description: 'Breien, haken of borduren aan een grote tafel. Neem je eigen werk mee of leer het hier.',
    interests: ['crafts'],
    costKind: 'free',
  }),
  (a) => ({
    provider: `Bibliotheek ${a}`,
    name: 'Taalcafé',
    kind: 'activity',
    description: 'Nederlands oefenen in gesprek, met vrijwilligers aan kleine tafels.',
    interests: ['language'],
    lowThreshold: true,
    costKind: 'free',
  }),
  (a) => ({
    provider: `Bibliotheek ${a}`,
    name: 'Digitaal spreekuur',
    kind: 'service',
    description: 'Hulp bij je telefoon, tablet of computer. Neem je eigen apparaat mee.',
    interests: ['computers'],
    costKind: 'free',
  }),
  (a) => ({
    provider: places[a].church,
    name: 'Open huis',
    kind: 'meeting_place',
    description: 'Een stille ruimte om even te zitten, en wie wil kan praten. Iedereen is welkom, gelovig of niet.',
    interests: ['faith', 'coffee'],
    lowThreshold: true,
    costKind: 'free',
  }),
  (a) => ({
    provider: `Buurttuin ${a}`,
    name: 'Tuinieren in de buurttuin',
    kind: 'volunteering',
    description: 'Zaaien, wieden en oogsten met buren. Geen ervaring nodig.',
    interests: ['gardening', 'volunteering'],
    costKind: 'free',
  }),
  (a) => ({
    provider: places[a].centre,
    name: 'Spelletjesmiddag',
    kind: 'activity',
    description: 'Sjoelen, kaarten en bordspellen. Er is altijd iemand die de regels uitlegt.',
    interests: ['games'],
    costKind: 'amount',
    costCents: 150,
    costNote: 'koffie inbegrepen',
  }),
  (a) => ({
    provider: `Sportvereniging ${a}`,
    name: 'Bewegen voor ouderen',
    kind: 'course',
    description: 'Rustige oefeningen op een stoel en staand, onder begeleiding.',
    interests: ['sport'],
    costKind: 'amount',
    costCents: 250,
    targetGroups: 'Vanaf 55 jaar',
  }),
  (a) => ({
    provider: 'Repair Café Voorbeeldstad',
    name: `Repair Café ${a}`,
    kind: 'activity',
    description: 'Kapotte spullen samen repareren. Vrijwilligers helpen, jij kijkt mee of doet mee.',
    interests: ['volunteering', 'crafts'],
    lowThreshold: true,
    costKind: 'described',
    costNote: 'Een vrijwillige bijdrage',
  }),
  (a) => ({
    provider: `Kinderboerderij ${places[a].park}`,
    name: 'Helpen op de kinderboerderij',
    kind: 'volunteering',
    description: 'Dieren voeren en de stallen schoonmaken, samen met vaste vrijwilligers.',
    interests: ['animals', 'volunteering'],
    costKind: 'free',
  }),
  (a) => ({
    provider: places[a].centre,
    name: 'Filmmiddag',
    kind: 'activity',
    description: 'Een film op groot doek, met na afloop een kop thee en napraten.',
    interests: ['culture'],
    costKind: 'amount',
    costCents: 200,
  }),
  (a) => ({
    provider: places[a].centre,
    name: 'Schilderen en tekenen',
    kind: 'course',
    description: 'Met verf of potlood aan de slag, met een beetje uitleg. Materiaal is er.',
    interests: ['crafts', 'culture'],
    costKind: 'amount',
    costCents: 500,
  }),
  (a) => ({
    provider: `Zwembad ${a}`,
    name: 'Rustig zwemmen',
    kind: 'activity',
    description: 'Een uur zwemmen in een rustig bad, met een badmeester erbij.',
    interests: ['sport'],
    costKind: 'amount',
    costCents: 400,
  }),
  (a) => ({
    provider: places[a].centre,
    name: 'Biljartclub',
    kind: 'club',
    description: 'Een potje biljart met vaste spelers, beginners zijn welkom.',
    interests: ['games'],
    costKind: 'amount',
    costCents: 200,
  }),
  (a) => ({
    provider: 'Fietsmaatjes Voorbeeldstad',
    name: `Samen fietsen vanuit ${a}`,
    kind: 'activity',
    description: 'Een tochtje op de duofiets of gewone fiets, met een vrijwilliger.',
    interests: ['sport', 'walking'],
    costKind: 'free',
    conditions: 'Bel even van tevoren.',
  }),
  (a) => ({
    provider: places[a].church,
    name: 'Gespreksgroep over het leven',
    kind: 'activity',
    description: 'Praten over wat je bezighoudt, in een kleine groep, met iemand die het gesprek leidt.',
    interests: ['faith'],
    costKind: 'free',
  }),
  (a) => ({
    provider: `Bibliotheek ${a}`,
    name: 'Leesclub',
    kind: 'club',
    description: 'Eens per keer een boek, en dan samen bespreken wat je ervan vond.',
    interests: ['language', 'culture'],
    costKind: 'free',
  }),
  (a) => ({
    provider: 'Voedselbank Voorbeeldstad',
    name: `Meehelpen bij de uitgifte in ${a}`,
    kind: 'volunteering',
    description: 'Pakketten klaarzetten en uitdelen, in een vast team.',
    interests: ['volunteering'],
    costKind: 'free',
  }),
  (a) => ({
    provider: places[a].centre,
    name: 'Dansmiddag',
    kind: 'activity',
    description: 'Op bekende muziek dansen, alleen of samen. Kijken mag ook.',
    interests: ['music', 'sport'],
    costKind: 'amount',
    costCents: 300,
  }),
  (a) => ({
    provider: `Moestuin ${places[a].park}`,
    name: 'Oogstmaaltijd',
    kind: 'activity',
    description: 'Koken met groente uit de moestuin en samen eten.',
    interests: ['cooking', 'gardening'],
    costKind: 'described',
    costNote: 'Betaal wat je kunt',
  }),
  (a) => ({
    provider: places[a].centre,
    name: 'Spreekuur formulieren en post',
    kind: 'service',
    description: 'Hulp bij brieven en formulieren die je lastig vindt.',
    interests: ['language'],
    costKind: 'free',
    lowThreshold: true,
  }),
];

const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const times = [
  ['09:30', '11:30'],
  ['10:00', '12:00'],
  ['13:30', '15:30'],
  ['14:00', '16:30'],
  ['17:30', '19:30'],
  ['19:30', '21:30'],
] as const;

/** About 95 entries: every activity in every neighbourhood, each with times of its own. */
export function demoEntries(today: string): Raw[] {
  const random = seededRandom(515);
  const entries: Raw[] = [];
  let n = 0;
  for (const area of Object.keys(places) as Area[]) {
    for (const template of templates) {
      n++;
      const [start, end] = random.pick(times);
      const weekday = random.pick(days);
      const shape = random.next();
      const slot =
        shape < 0.6
          ? { pattern: 'weekly', weekday, start, end }
          : shape < 0.75
            ? { pattern: 'every_other_week', weekday, date: shiftDays(today, random.between(-13, 0)), start, end }
            : { pattern: 'monthly', weekday, nth: random.pick([1, 2, 3, -1]), start, end };
      const entry = template(area, n);
      entries.push({
        ...entry,
        locations: [
          {
            address: `${places[area].street} ${random.between(1, 120)}, Voorbeeldstad`,
            neighbourhood: area,
          },
        ],
        slots: [slot],
        // Closed around Christmas and New Year, as many places are.
        offDates: random.chance(0.4) ? [`${today.slice(0, 4)}-12-25`, `${today.slice(0, 4)}-12-26`] : [],
        accessibility: [
          ...(random.chance(0.6) ? ['wheelchair'] : []),
          ...(random.chance(0.5) ? ['public_transport'] : []),
          ...(random.chance(0.2) ? ['hearing_loop'] : []),
          ...(random.chance(0.3) ? ['quiet_space'] : []),
        ],
        contactPhone: `010 ${String(100 + n).padStart(3, '0')} 00 ${String(10 + (n % 90)).padStart(2, '0')}`,
        website: random.chance(0.5) ? `https://voorbeeldstad.invalid/${n}` : null,
      });
    }
  }
  // One-off events in the coming months, and a summer series that runs for a period.
  const events: Array<[string, string, Area, number, string[]]> = [
    [
      'Buurtfeest op het plein',
      'Een middag met muziek, eten en spelletjes voor iedereen.',
      'Oud-Noord',
      12,
      ['music', 'cooking'],
    ],
    [
      'Informatiemarkt vrijwilligerswerk',
      'Maak kennis met clubs en organisaties die vrijwilligers zoeken.',
      'Zuidpark',
      20,
      ['volunteering'],
    ],
    ['Open dag De Kade', 'Kijk rond in de buurtkamer en ontmoet de vrijwilligers.', 'Havenkwartier', 30, ['coffee']],
    [
      'Natuurwandeling met gids',
      'Een wandeling langs het water, met uitleg over vogels en planten.',
      'Havenkwartier',
      45,
      ['walking'],
    ],
    ['Voorleesmiddag', 'Verhalen en gedichten, voorgelezen door buren.', 'Oud-Noord', 60, ['culture', 'language']],
  ];
  for (const [name, description, area, inDays, interests] of events)
    entries.push({
      provider: places[area].centre,
      name,
      kind: 'event',
      description,
      interests,
      lowThreshold: true,
      costKind: 'free',
      locations: [{ address: `${places[area].street} 1, Voorbeeldstad`, neighbourhood: area }],
      slots: [{ pattern: 'one_off', date: shiftDays(today, inDays), start: '13:00', end: '17:00' }],
    });
  entries.push({
    provider: 'Wandelgroep Stap voor Stap',
    name: 'Zomeravondwandeling',
    kind: 'activity',
    description: 'Elke week een korte wandeling op een zomeravond.',
    interests: ['walking'],
    costKind: 'free',
    locations: [{ address: 'Parkweg 2, Voorbeeldstad', neighbourhood: 'Zuidpark' }],
    slots: [{ pattern: 'weekly', weekday: 'wed', start: '19:00', end: '20:00' }],
    validFrom: `${today.slice(0, 4)}-06-01`,
    validUntil: `${today.slice(0, 4)}-08-31`,
  });
  return entries;
}

export async function loadDemoSocialMap(db: Kysely<DB>, organisationId: string, userIds: Map<string, string>) {
  const today = clock.today();
  const random = seededRandom(77);
  const keepers = [userIds.get('Carla Coördinator')!, userIds.get('Sam Sociaalwerker')!];
  const rows = demoEntries(today).map((raw, i) => {
    const keeper = keepers[i % keepers.length];
    // One in six has not been checked for eight months to over a year: the "still correct?" list.
    const stale = i % 6 === 5;
    const checkedOn = stale ? shiftMonths(today, -random.between(7, 14)) : shiftDays(today, -random.between(0, 150));
    return newEntryRow(organisationId, keeper, entrySchema.parse(raw), checkedOn);
  });
  await db.insertInto('social_map_entries').values(rows).execute();
  // Someone noticed a changed time.
  await db
    .insertInto('social_map_mistakes')
    .values({
      id: crypto.randomUUID(),
      organisation_id: organisationId,
      entry_id: rows[3].id,
      message: 'De wandeling begint nu een half uur later, hoorde ik van een deelnemer.',
      reported_by: userIds.get('Kees Coach')!,
      reported_at: clock.now(),
    })
    .execute();
}
