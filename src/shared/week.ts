// The days and parts of the week, declared once: when a client or coach is free (coach programme)
// and when a place on the social map is open are said in the same words, so they can be matched.

/** Days of the week, Monday first as in the Netherlands. */
export const weekDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekDay = (typeof weekDays)[number];
/** Before noon, until six, after six. */
export const dayParts = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof dayParts)[number];
/** A part of the week, e.g. 'tue_afternoon'. */
export const weekParts = weekDays.flatMap((d) => dayParts.map((p) => `${d}_${p}` as const));
export type WeekPart = (typeof weekParts)[number];

/** The weekday of a calendar date (YYYY-MM-DD). */
export function weekdayOf(date: string): WeekDay {
  return weekDays[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7];
}
