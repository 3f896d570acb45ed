// When a social map entry is on (issue 15): recurring wall-clock times in Europe/Amsterdam, with
// days it is off and the period it runs. The repeating itself is the rrule library's (RFC 5545);
// this file only says which rule an entry's times mean and answers the questions people ask:
// "when is it on next?", "is it on next Saturday morning?". Dates are calendar days and times are
// what the clock on the wall says, so a daylight-saving switch never moves an activity.
import * as rruleModule from 'rrule';
import { shiftDays } from '../dates.js';
import { type DayPart, dayParts, type WeekDay, type WeekPart, weekDays, weekdayOf } from '../week.js';
import type { RepeatPattern } from './model.js';

// rrule ships CommonJS for Node and ES modules for bundlers; its names sit on the default export
// in the first case and on the module itself in the second.
const { RRule } = (
  'RRule' in rruleModule ? rruleModule : (rruleModule as unknown as { default: typeof rruleModule }).default
) as typeof rruleModule;

export interface TimeSlot {
  pattern: RepeatPattern;
  /** The weekday it falls on (not for a one-off). */
  weekday?: WeekDay | null;
  /** Monthly: which of the month's weekdays (1–5, or -1 for the last). */
  nth?: number | null;
  /** One-off: its date. Every other week: one date it is on, which fixes the rhythm. */
  date?: string | null;
  /** Wall-clock times, HH:MM. */
  start: string;
  end: string;
}

export interface Schedule {
  slots: TimeSlot[];
  /** Dates it is off (holidays, a closed week). */
  offDates: string[];
  /** The period it runs; open-ended where null. */
  validFrom?: string | null;
  validUntil?: string | null;
}

export interface Occurrence {
  date: string;
  start: string;
  end: string;
}

/** Calendar days as rrule reads them: "floating" dates held in UTC midnight. */
const floating = (date: string) => new Date(`${date}T00:00:00Z`);
const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const rruleDay = (weekday: WeekDay) =>
  [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU][weekDays.indexOf(weekday)];

/** The latest date on a fortnightly rhythm through `known` that is not after `from` (or `known`). */
function rhythmStart(known: string, from: string): string {
  if (known >= from) return known;
  const days = Math.round((floating(from).getTime() - floating(known).getTime()) / 86_400_000);
  return shiftDays(known, Math.floor(days / 14) * 14);
}

function datesOf(slot: TimeSlot, from: string, until: string): string[] {
  if (slot.pattern === 'one_off') return slot.date && slot.date >= from && slot.date <= until ? [slot.date] : [];
  if (!slot.weekday) return [];
  const day = rruleDay(slot.weekday);
  const rule =
    slot.pattern === 'weekly'
      ? new RRule({ freq: RRule.WEEKLY, byweekday: [day], dtstart: floating(from), until: floating(until) })
      : slot.pattern === 'every_other_week'
        ? // The rhythm runs from the known date; rrule counts the weeks from dtstart, which starts
          // at the last date of the rhythm before `from`, so an old date costs no extra weeks.
          new RRule({
            freq: RRule.WEEKLY,
            interval: 2,
            byweekday: [day],
            dtstart: floating(rhythmStart(slot.date ?? from, from)),
            until: floating(until),
          })
        : new RRule({
            freq: RRule.MONTHLY,
            byweekday: [day.nth(slot.nth ?? 1)],
            dtstart: floating(from),
            until: floating(until),
          });
  return rule
    .between(floating(from), floating(until), true)
    .map(dayOf)
    .filter((d) => d >= from);
}

/** Every time it is on from `from` to `until` (both included), in order. */
export function occurrences(schedule: Schedule, from: string, until: string): Occurrence[] {
  const start = schedule.validFrom && schedule.validFrom > from ? schedule.validFrom : from;
  const end = schedule.validUntil && schedule.validUntil < until ? schedule.validUntil : until;
  if (start > end) return [];
  const off = new Set(schedule.offDates);
  return schedule.slots
    .flatMap((slot) => datesOf(slot, start, end).map((date) => ({ date, start: slot.start, end: slot.end })))
    .filter((o) => !off.has(o.date))
    .sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
}

/**
 * The next times it is on, from today, looking a year ahead at most. Near windows first: working
 * out a whole year of a weekly rule for every search result took most of a search's time
 * (bench/socialmap.ts), and the next two dates are nearly always within a month or two.
 */
export function nextOccurrences(schedule: Schedule, today: string, count: number): Occurrence[] {
  for (const days of [16, 70]) {
    const found = occurrences(schedule, today, shiftDays(today, days));
    if (found.length >= count) return found.slice(0, count);
  }
  return occurrences(schedule, today, shiftDays(today, 366)).slice(0, count);
}

const partBounds: Record<DayPart, [string, string]> = {
  morning: ['00:00', '12:00'],
  afternoon: ['12:00', '18:00'],
  evening: ['18:00', '24:00'],
};

/** The parts of the day a time touches: 11:00–13:00 is morning and afternoon. */
export function partsOf(start: string, end: string): DayPart[] {
  return dayParts.filter((part) => start < partBounds[part][1] && end > partBounds[part][0]);
}

/** Whether it is on that date, in that part of the day if one is asked for. */
export function isOn(schedule: Schedule, date: string, part?: DayPart | null): boolean {
  return occurrences(schedule, date, date).some((o) => !part || partsOf(o.start, o.end).includes(part));
}

/**
 * The parts of the week it is ever on ("sat_morning"), for the database to filter on before the
 * exact dates are worked out ("on a Saturday morning" without a date), and to set beside when a
 * person is free.
 */
export function weeklyShape(schedule: Schedule): WeekPart[] {
  const shape = new Set<WeekPart>();
  for (const slot of schedule.slots) {
    const day = slot.pattern === 'one_off' ? (slot.date ? weekdayOf(slot.date) : null) : slot.weekday;
    if (day) for (const part of partsOf(slot.start, slot.end)) shape.add(`${day}_${part}`);
  }
  return [...shape].sort();
}

/** The last date it is ever on, for a one-off or a period that ends; null when it goes on. */
export function lastDay(schedule: Schedule): string | null {
  if (schedule.validUntil) return schedule.validUntil;
  if (schedule.slots.length > 0 && schedule.slots.every((s) => s.pattern === 'one_off' && s.date))
    return (
      schedule.slots
        .map((s) => s.date as string)
        .sort()
        .at(-1) ?? null
    );
  return null;
}
