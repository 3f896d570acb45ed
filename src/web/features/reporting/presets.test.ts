import { describe, expect, it } from 'vitest';
import { periodPresets } from './presets.js';

describe('report periods', () => {
  it('counts the last quarter, the last year and this year so far back from today', () => {
    expect(periodPresets('2026-02-14')).toEqual({
      quarter: { from: '2025-10-01', to: '2025-12-31' },
      year: { from: '2025-01-01', to: '2025-12-31' },
      thisYear: { from: '2026-01-01', to: '2026-02-14' },
    });
    expect(periodPresets('2028-05-31').quarter).toEqual({ from: '2028-01-01', to: '2028-03-31' });
  });
});
