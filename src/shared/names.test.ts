import { describe, expect, it } from 'vitest';
import { displayName, personSortKey, surnameCore } from './names.js';

describe('Dutch name sorting', () => {
  it('files surnames under the word after the prefix', () => {
    expect(surnameCore('van der Berg')).toBe('berg');
    expect(surnameCore("in 't Veld")).toBe('veld');
    expect(surnameCore('De Jong')).toBe('jong');
    expect(surnameCore('Vandenberg')).toBe('vandenberg');
    expect(surnameCore('El Amrani')).toBe('el amrani');
  });

  it('orders like a Dutch reader expects, accents ignored', () => {
    const people = [
      ['Émile', 'Zwart'],
      ['Jan', 'de Vries'],
      ['Anna', 'van den Berg'],
      ['Özlem', 'Aydın'],
      ['Bram', 'Berg'],
      ['Kees', ''],
    ] as const;
    const sorted = [...people]
      .sort((a, b) => (personSortKey(a[0], a[1]) < personSortKey(b[0], b[1]) ? -1 : 1))
      .map((p) => displayName({ firstName: p[0], lastName: p[1] }));
    expect(sorted).toEqual(['Özlem Aydın', 'Anna van den Berg', 'Bram Berg', 'Kees', 'Jan de Vries', 'Émile Zwart']);
  });
});
