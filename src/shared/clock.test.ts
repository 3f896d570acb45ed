import { afterEach, describe, expect, it } from 'vitest';
import { clock, startClockAt, runRealClock } from './clock.js';
import { newPersonSchema } from './schemas.js';

describe('the clock', () => {
  afterEach(() => {
    // Back to the day this run was started on (KRING_TEST_NOW, or the real one).
    if (process.env.KRING_TEST_NOW) startClockAt(new Date(process.env.KRING_TEST_NOW));
    else runRealClock();
  });

  it('gives the day in the Netherlands, not in UTC', () => {
    startClockAt(new Date('2026-12-31T23:30:00Z'));
    expect(clock.today()).toBe('2027-01-01');
    expect(clock.year()).toBe(2027);
  });

  it('keeps running from the chosen moment', async () => {
    startClockAt(new Date('2028-02-29T10:00:00+01:00'));
    const first = clock.ms();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(clock.ms() - first).toBeGreaterThanOrEqual(15);
    expect(clock.today()).toBe('2028-02-29');
  });

  it('lets a year of birth of the new year in once the year has turned, without a restart', () => {
    startClockAt(new Date('2026-12-31T12:00:00+01:00'));
    const person = { firstName: 'Noor', yearOfBirth: 2027 };
    expect(newPersonSchema.safeParse(person).success).toBe(false);
    startClockAt(new Date('2027-01-01T00:30:00+01:00'));
    expect(newPersonSchema.safeParse(person).success).toBe(true);
  });

  it.runIf(process.env.KRING_TEST_NOW)('runs the suite on the day KRING_TEST_NOW names', () => {
    const fixed = new Date(process.env.KRING_TEST_NOW!);
    expect(clock.today()).toBe(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(fixed));
  });
});
