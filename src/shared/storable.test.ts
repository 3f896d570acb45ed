import { describe, expect, it } from 'vitest';
import { isStorableText, unstorableAt } from './storable.js';

describe('storable text', () => {
  it('accepts any well-formed text, emoji and accents included', () => {
    for (const text of ['', 'Zoë', 'Ğül', '😀 samen', '中文', 'a\tb\nc']) expect(isStorableText(text)).toBe(true);
  });

  it('refuses the NUL character and half of a surrogate pair', () => {
    for (const text of ['a\u0000b', '\u0000', 'x\ud800y', '\udc00', '😀'.slice(0, 1)])
      expect(isStorableText(text)).toBe(false);
  });

  it('finds the first unstorable text anywhere in a request, keys included', () => {
    expect(unstorableAt({ person: { firstName: 'Ans', notes: ['ok', 'a\u0000'] } })).toEqual(['person', 'notes', 1]);
    expect(unstorableAt({ worksheet: { 'x\ud800': 'y' } })).toEqual(['worksheet', 'x\ud800']);
    expect(unstorableAt({ a: 1, b: [true, null, 'fine'] })).toBeNull();
  });
});
