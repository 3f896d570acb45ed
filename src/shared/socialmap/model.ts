// The social map's fixed lists (PRODUCT.md C5, issue 15), declared once: the schemas, the server,
// the database checks and the web app's catalogs (socialMap.* keys) all follow these.

/** What an entry is. */
export const entryKinds = ['activity', 'meeting_place', 'club', 'course', 'volunteering', 'service', 'event'] as const;
export type EntryKind = (typeof entryKinds)[number];

/** What a place offers someone who finds going out hard. */
export const accessibilityFeatures = ['wheelchair', 'public_transport', 'hearing_loop', 'quiet_space'] as const;
export type AccessibilityFeature = (typeof accessibilityFeatures)[number];

/** What taking part costs. */
export const costKinds = ['free', 'amount', 'described'] as const;
export type CostKind = (typeof costKinds)[number];

/** How a time repeats. A one-off event is an entry with one date. */
export const repeatPatterns = ['weekly', 'every_other_week', 'monthly', 'one_off'] as const;
export type RepeatPattern = (typeof repeatPatterns)[number];

/** Which one of the month's weekdays: the first to the fifth, or the last (-1). */
export const weekOfMonth = [1, 2, 3, 4, 5, -1] as const;

/**
 * The interests Kring ships, in our own words. An organisation can add its own. Each carries the
 * Dutch words people type when they look for it, so "koken" finds "Samen eten" and a "kookcafé"
 * (search-text.ts); the labels are in the catalogs.
 */
export const defaultInterests = {
  cooking: ['koken', 'kook', 'eten', 'maaltijd', 'lunch', 'diner', 'bakken'],
  walking: ['wandelen', 'wandeling', 'lopen', 'buiten', 'natuur'],
  music: ['muziek', 'zingen', 'koor', 'zang', 'instrument'],
  crafts: ['handwerk', 'knutselen', 'breien', 'haken', 'hout', 'creatief', 'schilderen', 'tekenen'],
  language: ['taal', 'nederlands', 'lezen', 'schrijven', 'conversatie'],
  faith: ['geloof', 'kerk', 'moskee', 'zingeving', 'bezinning'],
  volunteering: ['vrijwilligerswerk', 'vrijwilliger', 'helpen', 'klussen'],
  sport: ['sport', 'bewegen', 'gym', 'fietsen', 'zwemmen', 'yoga', 'dansen'],
  games: ['spel', 'spelletjes', 'kaarten', 'bingo', 'schaken', 'biljart', 'sjoelen'],
  gardening: ['tuin', 'tuinieren', 'moestuin', 'planten', 'groen'],
  coffee: ['koffie', 'thee', 'ontmoeten', 'inloop', 'praten', 'gezelligheid'],
  computers: ['computer', 'digitaal', 'telefoon', 'tablet', 'internet'],
  culture: ['cultuur', 'museum', 'film', 'theater', 'kunst', 'uitje'],
  animals: ['dieren', 'hond', 'kinderboerderij'],
} as const satisfies Record<string, readonly string[]>;
export type DefaultInterest = keyof typeof defaultInterests;
export const defaultInterestKeys = Object.keys(defaultInterests) as DefaultInterest[];

/** After how many months without a check an entry counts as stale, unless the organisation sets it. */
export const defaultStaleMonths = 6;
