import { addDays, addMonths, format, parseISO } from 'date-fns';

/** The date in the Netherlands at a moment, as YYYY-MM-DD (the server may run in UTC). Today: clock.today(). */
export function todayInNL(now: Date): string {
  return nlDay.format(now);
}
const nlDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

// Made once: an export of 100,000 audit rows formats 100,000 moments.
const nlMoment = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** A moment as the clock in the Netherlands shows it, sortable: 2026-12-02 14:05:09. */
export const momentInNL = (at: Date): string => nlMoment.format(at);

const monthFormats = new Map<string, Intl.DateTimeFormat>();
/** A month (YYYY-MM) in words for a locale ('nl-NL': "juni 2026", 'en-GB': "June 2026"). */
export function monthInWords(yyyyMm: string, localeTag: string): string {
  let format = monthFormats.get(localeTag);
  if (!format) {
    format = new Intl.DateTimeFormat(localeTag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(localeTag, format);
  }
  return format.format(new Date(`${yyyyMm}-01T00:00:00Z`));
}

/**
 * The moment a day starts in the Netherlands, as a Date: midnight is 23:00 UTC the day before in
 * winter and 22:00 UTC in summer.
 */
export function startOfDayInNL(date: string): Date {
  const noonUtc = new Date(`${date}T12:00:00Z`);
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' })
    .formatToParts(noonUtc)
    .find((p) => p.type === 'timeZoneName')!
    .value.replace('GMT', '');
  return new Date(`${date}T00:00:00${offset || '+00:00'}`);
}

/** A calendar day (YYYY-MM-DD) moved by whole days; negative goes back. */
export const shiftDays = (date: string, days: number): string => format(addDays(parseISO(date), days), 'yyyy-MM-dd');

/** A calendar day moved by whole months (31 January + 1 month is 28 or 29 February). */
export const shiftMonths = (date: string, months: number): string =>
  format(addMonths(parseISO(date), months), 'yyyy-MM-dd');

/** The calendar day after `date` (YYYY-MM-DD). */
export const nextDay = (date: string): string => shiftDays(date, 1);
