// The one clock. Server, web app and pure cores ask it for "now" and "today" instead of calling
// `new Date()` themselves, so a test can run the whole product on a chosen day (29 February, a
// daylight-saving switch, New Year's Eve) and nothing computes the date once and keeps it.
import { todayInNL } from './dates.js';

// The only place that reads the machine's time. Tests move the clock by an offset, so time still
// passes at its real pace.
let offset = 0;

export const clock = {
  /** The current moment in milliseconds since 1970. */
  ms: (): number => Date.now() + offset,
  /** The current moment. */
  now: (): Date => new Date(clock.ms()),
  /** Today's date in the Netherlands as YYYY-MM-DD. */
  today: (): string => todayInNL(clock.now()),
  /** The current calendar year in the Netherlands. */
  year: (): number => Number(clock.today().slice(0, 4)),
};

/**
 * Runs the clock from `start` onwards: time still passes at its real pace, so idle timeouts and
 * expiry keep working, but the day is the one chosen. Only tests call this.
 */
export function startClockAt(start: Date): void {
  offset = start.getTime() - Date.now();
}

/**
 * Moves the clock on (or back, with a negative amount) from wherever it stands: a test that lives
 * through the days to come, and moves back afterwards. Only tests call this.
 */
export function moveClock(ms: number): void {
  offset += ms;
}

/** Back to the real time. */
export function runRealClock(): void {
  offset = 0;
}
