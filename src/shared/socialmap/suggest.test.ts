import { describe, expect, it } from 'vitest';
import { defaultInterests } from './model.js';
import { type PlaceToSuggest, suggest } from './suggest.js';

const place = (id: string, fields: Partial<PlaceToSuggest>): PlaceToSuggest => ({
  id,
  name: id,
  interests: [],
  neighbourhoods: [],
  weekShape: [],
  costKind: 'amount',
  lowThreshold: false,
  ...fields,
});

describe('suggestions for a person', () => {
  const person = { words: ['Koken', 'wandelingen maken'], neighbourhood: 'Oud-Noord', free: ['tue_morning' as const] };

  it('explains each suggestion: what they like, when they are free, near home, free of cost', () => {
    const [first] = suggest(
      person,
      [
        place('Samen eten', {
          interests: ['cooking'],
          neighbourhoods: ['oud-noord'],
          weekShape: ['tue_morning', 'thu_evening'],
          costKind: 'free',
          lowThreshold: true,
        }),
      ],
      defaultInterests,
    );
    expect(first.reasons).toEqual([
      { code: 'likes', interests: ['cooking'] },
      { code: 'free_then', part: 'tue_morning' },
      { code: 'same_neighbourhood' },
      { code: 'no_cost' },
      { code: 'walk_in' },
    ]);
  });

  it('suggests only places that touch an interest, the best fitting first', () => {
    const found = suggest(
      person,
      [
        place('Koor', { interests: ['music'], costKind: 'free' }),
        place('Kookcafé ver weg', { interests: ['cooking'] }),
        place('Wandelclub dichtbij', { interests: ['walking'], neighbourhoods: ['oud-noord'] }),
        place('Buurtwandeling en lunch', { interests: ['walking', 'cooking'] }),
      ],
      defaultInterests,
    );
    expect(found.map((s) => s.id)).toEqual(['Buurtwandeling en lunch', 'Wandelclub dichtbij', 'Kookcafé ver weg']);
  });

  it('suggests nothing when nothing is known of what the person likes', () => {
    expect(suggest({ ...person, words: [] }, [place('Koor', { interests: ['music'] })], defaultInterests)).toEqual([]);
  });
});
