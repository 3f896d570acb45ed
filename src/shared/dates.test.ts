import { describe, expect, it } from 'vitest';
import { momentInNL, startOfDayInNL, todayInNL } from './dates.js';

describe('Dutch dates', () => {
  it('starts a day at Dutch midnight in winter and in summer time', () => {
    expect(startOfDayInNL('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfDayInNL('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('gives today as the Dutch calendar date', () => {
    expect(todayInNL(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});

describe('a moment on the Dutch clock', () => {
  it('shows winter and summer time as the Netherlands reads them', () => {
    expect(momentInNL(new Date('2027-01-31T22:45:00Z'))).toBe('2027-01-31 23:45:00');
    expect(momentInNL(new Date('2027-03-28T02:30:00Z'))).toBe('2027-03-28 04:30:00');
  });
});
