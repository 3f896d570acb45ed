// Pure rules of an erasure: which words identify a person, and how a text, a list or a JSON
// document loses them. No I/O; scrub.test.ts tests each rule.

export interface Identity {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
}

const usable = (term: string | null | undefined, min: number): term is string =>
  typeof term === 'string' && term.trim().length >= min;

/**
 * Where a term is looked for: `names` in another person's name field (a network member, a
 * referrer): only the full name, email or phone there mean this person; `text` in free text
 * anywhere in the organisation: also the surname (of three letters or more, or it would hit
 * ordinary words); `group` in the rows of the person's own groups, where their first name alone
 * means them too. Elsewhere a first name is someone else's as often as theirs.
 */
export type TermScope = 'names' | 'text' | 'group';

/** The words that identify the person in one scope, longest first. */
export function identifyingTerms(who: Identity, scope: TermScope): string[] {
  const full = `${who.firstName} ${who.lastName}`.trim();
  const terms = [full, who.email, who.phone].filter((t) => usable(t, 3)) as string[];
  if (scope !== 'names' && usable(who.lastName, 3)) terms.push(who.lastName);
  if (scope === 'group' && usable(who.firstName, 2)) terms.push(who.firstName);
  // Longest first, so "Anna de Vries" is replaced as a whole before "de Vries" inside it.
  return [...new Set(terms.map((t) => t.trim()))].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher for whole words only ("Jan" in "Januari" stays), case ignored. */
export function termMatcher(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** The value with every match replaced: text, a list of texts, or any JSON document. */
export function scrubValue(value: unknown, matcher: RegExp, placeholder: string): unknown {
  if (typeof value === 'string') return value.replace(matcher, placeholder);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, matcher, placeholder));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, matcher, placeholder)]));
  }
  return value;
}

/** Ratings with a comment each ({ "1": { score, comment } }): the score stays, the comment goes. */
export function keepScores(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, { score?: unknown }>).map(([goal, rating]) => [
      goal,
      { score: typeof rating?.score === 'number' ? rating.score : null, comment: null },
    ]),
  );
}

/** Interview answers ({ answers: [{ question, answer }] }): the questions stay, the answers go. */
export function keepQuestions(value: unknown): unknown {
  const answers = (value as { answers?: { question?: unknown }[] } | null)?.answers;
  if (!Array.isArray(answers)) return { answers: [] };
  return {
    answers: answers.map((a) => ({ question: typeof a?.question === 'string' ? a.question : '', answer: null })),
  };
}
