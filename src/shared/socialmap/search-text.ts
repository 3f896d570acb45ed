// What the social map's full-text search reads and asks (issue 15). The database does the Dutch
// stemming ('dutch' text-search configuration, on PGlite and PostgreSQL alike); here the text is
// made comparable first: lower case and without accents, so "café" and "cafe", "coördinator" and
// "coordinator" are one word. Interests add the words people use for them, so a search for
// "koken" also finds an entry tagged with cooking that never says "koken" ("Samen eten").
import { foldForSearch } from '../search.js';

/** Lower case, accents removed, anything but letters and digits a space. */
export function plainWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The text the database indexes for an entry: its own words and the words of its interests. */
export function searchDocument(
  parts: (string | null | undefined)[],
  interestWords: readonly (readonly string[])[],
): string {
  return plainWords([...parts, ...interestWords.flat()].filter(Boolean).join(' ')).join(' ');
}

/**
 * A search as a PostgreSQL tsquery: every word must match, each as the start of a word (so
 * "wandel" finds "wandelclub"). Only letters and digits reach it, so it cannot be malformed.
 * Null when nothing searchable was typed.
 */
export function tsQuery(search: string): string | null {
  const words = plainWords(search).slice(0, 8);
  return words.length === 0 ? null : words.map((w) => `${w}:*`).join(' & ');
}

/**
 * The interests a search speaks of: a typed word that starts one of the interest's words, or is
 * started by one ("kook" → cooking, "wandelingen" → walking). Words of two letters are too short
 * to say anything.
 */
export function interestsMentioned(search: string, interests: Record<string, readonly string[]>): string[] {
  const words = plainWords(search).filter((w) => w.length >= 3);
  return Object.entries(interests)
    .filter(([, terms]) =>
      words.some((w) => terms.some((term) => term.startsWith(w) || (w.startsWith(term) && term.length >= 4))),
    )
    .map(([key]) => key);
}
