import { describe, expect, it } from 'vitest';
import { isOn, lastDay, nextOccurrences, occurrences, partsOf, type Schedule, weeklyShape } from './schedule.js';
import { weekdayOf } from '../week.js';

const weekly = (
  weekday: 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun',
  start = '10:00',
  end = '12:00',
): Schedule => ({
  slots: [{ pattern: 'weekly', weekday, start, end }],
  offDates: [],
});

describe('when an entry is on', () => {
  it('knows the weekday of a date', () => {
    expect(weekdayOf('2026-12-05')).toBe('sat');
    expect(weekdayOf('2026-12-07')).toBe('mon');
  });

  it('is off on a holiday it lists, and on the other weeks as usual', () => {
    const choir: Schedule = { ...weekly('fri', '19:30', '21:30'), offDates: ['2026-12-25'] };
    expect(occurrences(choir, '2026-12-14', '2027-01-03').map((o) => o.date)).toEqual(['2026-12-18', '2027-01-01']);
    expect(isOn(choir, '2026-12-25')).toBe(false);
    expect(isOn(choir, '2026-12-18', 'evening')).toBe(true);
    expect(isOn(choir, '2026-12-18', 'morning')).toBe(false);
  });

  it('keeps its wall-clock time across both daylight-saving switches', () => {
    // Summer time starts on Sunday 29 March 2026 and ends on Sunday 25 October 2026.
    const walk = weekly('sun', '10:00', '11:30');
    expect(occurrences(walk, '2026-03-22', '2026-04-05')).toEqual([
      { date: '2026-03-22', start: '10:00', end: '11:30' },
      { date: '2026-03-29', start: '10:00', end: '11:30' },
      { date: '2026-04-05', start: '10:00', end: '11:30' },
    ]);
    expect(isOn(walk, '2026-10-25', 'morning')).toBe(true);
    expect(isOn(walk, '2026-10-25', 'afternoon')).toBe(false);
  });

  it('finds a fifth Tuesday only in months that have one', () => {
    const fifth: Schedule = {
      slots: [{ pattern: 'monthly', weekday: 'tue', nth: 5, start: '14:00', end: '16:00' }],
      offDates: [],
    };
    // 2026: March, June, September and December have five Tuesdays.
    expect(occurrences(fifth, '2026-01-01', '2026-12-31').map((o) => o.date)).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-29',
      '2026-12-29',
    ]);
  });

  it('finds the first and the last weekday of a month', () => {
    const first: Schedule = {
      slots: [{ pattern: 'monthly', weekday: 'tue', nth: 1, start: '09:30', end: '11:00' }],
      offDates: [],
    };
    const last: Schedule = {
      slots: [{ pattern: 'monthly', weekday: 'fri', nth: -1, start: '12:00', end: '13:30' }],
      offDates: [],
    };
    expect(occurrences(first, '2026-11-01', '2027-01-31').map((o) => o.date)).toEqual([
      '2026-11-03',
      '2026-12-01',
      '2027-01-05',
    ]);
    expect(occurrences(last, '2026-11-01', '2026-12-31').map((o) => o.date)).toEqual(['2026-11-27', '2026-12-25']);
  });

  it('keeps the rhythm of every other week from its known date', () => {
    const repair: Schedule = {
      slots: [{ pattern: 'every_other_week', weekday: 'sat', date: '2026-11-28', start: '10:00', end: '13:00' }],
      offDates: [],
    };
    expect(occurrences(repair, '2026-12-01', '2026-12-31').map((o) => o.date)).toEqual(['2026-12-12', '2026-12-26']);
    expect(isOn(repair, '2026-12-05')).toBe(false);
    expect(isOn(repair, '2026-12-12', 'morning')).toBe(true);
    // A known date years back keeps the same rhythm.
    const old = { ...repair, slots: [{ ...repair.slots[0], date: '2023-12-02' }] };
    expect(occurrences(old, '2026-12-01', '2026-12-31').map((o) => o.date)).toEqual(['2026-12-12', '2026-12-26']);
    expect(occurrences(old, '2026-12-13', '2026-12-31').map((o) => o.date)).toEqual(['2026-12-26']);
  });

  it('runs only in its period, and a one-off only on its day', () => {
    const summer: Schedule = { ...weekly('wed'), validFrom: '2026-06-01', validUntil: '2026-08-31' };
    expect(isOn(summer, '2026-05-27')).toBe(false);
    expect(isOn(summer, '2026-06-03')).toBe(true);
    expect(isOn(summer, '2026-09-02')).toBe(false);
    expect(lastDay(summer)).toBe('2026-08-31');
    const fair: Schedule = {
      slots: [{ pattern: 'one_off', date: '2027-03-13', start: '11:00', end: '16:00' }],
      offDates: [],
    };
    expect(nextOccurrences(fair, '2027-01-01', 3)).toEqual([{ date: '2027-03-13', start: '11:00', end: '16:00' }]);
    expect(lastDay(fair)).toBe('2027-03-13');
    expect(lastDay(weekly('mon'))).toBeNull();
  });

  it('names the parts of the day a time touches', () => {
    expect(partsOf('09:00', '11:30')).toEqual(['morning']);
    expect(partsOf('11:00', '13:00')).toEqual(['morning', 'afternoon']);
    expect(partsOf('12:00', '18:00')).toEqual(['afternoon']);
    expect(partsOf('19:00', '21:00')).toEqual(['evening']);
  });

  it('sums up the weekdays and parts it is ever on, for the database to filter', () => {
    const schedule: Schedule = {
      slots: [
        { pattern: 'weekly', weekday: 'sat', start: '10:00', end: '12:30' },
        { pattern: 'one_off', date: '2026-12-09', start: '19:00', end: '21:00' },
      ],
      offDates: [],
    };
    expect(weeklyShape(schedule)).toEqual(['sat_afternoon', 'sat_morning', 'wed_evening']);
  });
});
