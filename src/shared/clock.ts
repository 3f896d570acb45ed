// The one clock. Server, web app and pure cores ask it for "now" and "today" instead of calling
// `new Date()` themselves, so a test can run the whole product on a chosen day (29 February, a
// daylight-saving switch, New Year's Eve) and nothing computes the date once and keeps it.
import { todayInNL } from './dates.js';

let source: () => number = () => Date.now();

export const clock = {
  /** The current moment. */
  now: (): Date => new Date(source()),
  /** The current moment in milliseconds since 1970. */
  ms: (): number => source(),
  /** Today's date in the Netherlands as YYYY-MM-DD. */
  today: (): string => todayInNL(new Date(source())),
  /** The current calendar year in the Netherlands. */
  year: (): number => Number(todayInNL(new Date(source())).slice(0, 4)),
};

/**
 * Runs the clock from `start` onwards: time still passes at its real pace, so idle timeouts and
 * expiry keep working, but the day is the one chosen. Only tests call this.
 */
export function startClockAt(start: Date): void {
  const offset = start.getTime() - Date.now();
  source = () => Date.now() + offset;
}

/** Back to the real time. */
export function runRealClock(): void {
  source = () => Date.now();
}
