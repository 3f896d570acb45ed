import { describe, expect, it } from 'vitest';
import { hasDuplicateNames } from './duplicates.js';

describe('hasDuplicateNames', () => {
  it('finds the same name written differently', () => {
    expect(hasDuplicateNames(['Ans', 'Kees', ' ans '])).toBe(true);
    expect(hasDuplicateNames(['Ölçer', 'ÖLÇER'])).toBe(true);
    expect(hasDuplicateNames(['Éva', 'ÉVA'])).toBe(true);
  });

  it('does not warn about different names or an empty map', () => {
    expect(hasDuplicateNames(['Ans', 'Anna', 'Kees'])).toBe(false);
    expect(hasDuplicateNames([])).toBe(false);
  });
});
