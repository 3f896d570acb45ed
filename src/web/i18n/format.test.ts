// The formatters run in the browser; here they get just enough of one (a document and storage).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

type Module = typeof import('./index.js');
let m: Module;

beforeAll(async () => {
  const store = new Map<string, string>();
  vi.stubGlobal('document', { documentElement: {} });
  vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: store.set.bind(store) });
  m = await import('./index.js');
});
afterAll(() => vi.unstubAllGlobals());

describe('numbers as people write them', () => {
  it('writes amounts, distances and shares the Dutch way in Dutch', async () => {
    await m.default.changeLanguage('nl');
    expect(m.formatEuros(420).replace(/\s/g, ' ')).toBe('€ 4,20');
    expect(m.localNumbers({ km: 3.3, radius: 5, name: 'Kees' })).toEqual({ km: '3,3', radius: '5', name: 'Kees' });
    expect(m.formatShare(0.333)).toBe('33%');
    expect(m.formatDate('2026-06-05')).toBe('5 juni 2026');
  });

  it('and the English way in English', async () => {
    await m.default.changeLanguage('en');
    expect(m.formatEuros(420)).toBe('€4.20');
    expect(m.localNumbers({ km: 3.3 })).toEqual({ km: '3.3' });
    // Made once per language: switching language must not keep the Dutch formatter.
    expect(m.formatDate('2026-06-05')).toBe('5 June 2026');
  });
});
