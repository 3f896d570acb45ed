import { foldForSearch as fold } from './search.js';

// Dutch surnames often start with a prefix (tussenvoegsel): "de Vries" is filed under V.
// Only Dutch prefixes: "El Amrani" stays under E, as its bearer files it.
const prefixes = [
  'van der',
  'van den',
  'van de',
  "van 't",
  'van het',
  'in het',
  "in 't",
  'op de',
  'op den',
  'uit de',
  'uit den',
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  'ter',
  'ten',
  'te',
];

/** The surname without its Dutch prefix, for sorting: "van der Berg" -> "berg". */
export function surnameCore(lastName: string): string {
  const folded = fold(lastName);
  for (const prefix of prefixes) {
    if (folded.startsWith(`${prefix} `)) return folded.slice(prefix.length + 1);
  }
  return folded;
}

/**
 * A key that orders persons the way a Dutch reader expects (by surname without prefix, then
 * first name, accents ignored) even when the database sorts bytewise (collation C in PGlite).
 */
export function personSortKey(firstName: string, lastName: string): string {
  const core = surnameCore(lastName);
  return `${core || fold(firstName)}\u0001${fold(firstName)}\u0001${fold(lastName)}`;
}

export function displayName(p: { firstName: string; lastName: string }): string {
  return [p.firstName, p.lastName].filter(Boolean).join(' ');
}

/** The same for a database row (first_name, last_name). */
export const rowDisplayName = (r: { first_name: string; last_name: string }): string =>
  displayName({ firstName: r.first_name, lastName: r.last_name });
