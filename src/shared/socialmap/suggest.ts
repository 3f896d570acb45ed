// Places on the social map that may suit a person (issue 15, item 4), explained the way matching
// is: "because: likes cooking · Tuesday morning · same neighbourhood · free". Pure: the person's
// own words (interests and talents), neighbourhood and free parts of the week against each
// place. Only places that touch at least one interest are suggested; the coach and the client
// choose, nothing is decided for them.
import { foldForSearch } from '../search.js';
import type { WeekPart } from '../week.js';
import { weekParts } from '../week.js';
import { interestsMentioned } from './search-text.js';

export interface PersonProfile {
  /** The person's own words: interests, talents, wishes. */
  words: string[];
  neighbourhood: string | null;
  /** When they are free; empty when nobody asked yet. */
  free: readonly WeekPart[];
}

export interface PlaceToSuggest {
  id: string;
  name: string;
  interests: readonly string[];
  neighbourhoods: readonly string[];
  weekShape: readonly string[];
  costKind: string;
  lowThreshold: boolean;
}

export type SuggestionReason =
  | { code: 'likes'; interests: string[] }
  | { code: 'free_then'; part: WeekPart }
  | { code: 'same_neighbourhood' }
  | { code: 'no_cost' }
  | { code: 'walk_in' };

export interface Suggestion {
  id: string;
  score: number;
  reasons: SuggestionReason[];
}

/** The interests a person's own words speak of ("koken", "wandelingen maken" → cooking, walking). */
export function interestsOf(words: readonly string[], interests: Record<string, readonly string[]>): string[] {
  return interestsMentioned(words.join(' '), interests);
}

export function suggest(
  person: PersonProfile,
  places: readonly PlaceToSuggest[],
  interests: Record<string, readonly string[]>,
  max = 10,
): Suggestion[] {
  const liked = new Set(interestsOf(person.words, interests));
  const home = person.neighbourhood ? foldForSearch(person.neighbourhood) : null;
  const suggestions: Suggestion[] = [];
  for (const place of places) {
    const shared = place.interests.filter((i) => liked.has(i));
    if (shared.length === 0) continue;
    const reasons: SuggestionReason[] = [{ code: 'likes', interests: shared }];
    let score = 3 * shared.length;
    // The first part of the week, Monday morning onwards, when both the person and the place can.
    const when = weekParts.find((p) => person.free.includes(p) && place.weekShape.includes(p));
    if (when) {
      reasons.push({ code: 'free_then', part: when });
      score += 2;
    }
    if (home && place.neighbourhoods.includes(home)) {
      reasons.push({ code: 'same_neighbourhood' });
      score += 2;
    }
    if (place.costKind === 'free') {
      reasons.push({ code: 'no_cost' });
      score += 1;
    }
    if (place.lowThreshold) {
      reasons.push({ code: 'walk_in' });
      score += 1;
    }
    suggestions.push({ id: place.id, score, reasons });
  }
  const names = new Map(places.map((p) => [p.id, p.name]));
  const collator = new Intl.Collator('nl');
  return suggestions
    .sort((a, b) => b.score - a.score || collator.compare(names.get(a.id) ?? '', names.get(b.id) ?? ''))
    .slice(0, max);
}
