import { describe, expect, it } from 'vitest';
import { defaultInterests } from './model.js';
import { interestsMentioned, plainWords, searchDocument, tsQuery } from './search-text.js';

describe('search text', () => {
  it('ignores accents and case', () => {
    expect(plainWords('Kookcafé De Coöperatie!')).toEqual(['kookcafe', 'de', 'cooperatie']);
  });

  it('indexes an entry with the words of its interests', () => {
    expect(searchDocument(['Samen eten', null, 'Buurthuis'], [['koken', 'eten']])).toBe(
      'samen eten buurthuis koken eten',
    );
  });

  it('asks for every word as the start of a word, and never passes on anything else', () => {
    expect(tsQuery('wandel club')).toBe('wandel:* & club:*');
    expect(tsQuery("koffie'); drop table x; --")).toBe('koffie:* & drop:* & table:* & x:*');
    expect(tsQuery(' !? ')).toBeNull();
  });

  it('knows which interests a search speaks of', () => {
    expect(interestsMentioned('koken', defaultInterests)).toEqual(['cooking']);
    expect(interestsMentioned('wandelingen in het park', defaultInterests)).toContain('walking');
    expect(interestsMentioned('Koor', defaultInterests)).toEqual(['music']);
    expect(interestsMentioned('de', defaultInterests)).toEqual([]);
  });
});
