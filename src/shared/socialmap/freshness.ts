// When a social map entry asks "still correct?" (issue 15): a directory goes out of date as soon
// as nobody looks at it, so every entry carries the day someone last checked it.
import { shiftMonths } from '../dates.js';

/** The first check date that is still fresh today: anything checked before it is stale. */
export const freshSince = (today: string, staleMonths: number): string => shiftMonths(today, -staleMonths);

export const isStale = (checkedOn: string, today: string, staleMonths: number): boolean =>
  checkedOn < freshSince(today, staleMonths);
