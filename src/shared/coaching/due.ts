// What needs the coordinator's attention, computed from dates alone (pure, for the dashboard and
// its tests). The method's rhythm: a trajectory takes about nine months; a mid-term evaluation
// halfway, a final one near the end, a follow-up about six months after closing.
import { differenceInCalendarDays, differenceInMonths, parseISO } from 'date-fns';
import { shiftMonths } from '../dates.js';

export const rhythm = {
  midTermAfterMonths: 4,
  finalAfterMonths: 8,
  veryLongAfterMonths: 12,
  followUpAfterMonths: 6,
  followUpNoticeDays: 14,
} as const;

export interface TrajectoryDates {
  status: string;
  registeredOn: string;
  /** When the active match began (the trajectory's real start). */
  startedOn: string | null;
  closedOn: string | null;
  followUpOn: string | null;
  evaluations: readonly ('mid_term' | 'final')[];
}

export interface Due {
  waitingDays: number | null;
  /** Full months since the start: 12.5 months is 12. */
  ageMonths: number | null;
  midTermDueOn: string | null;
  finalDueOn: string | null;
  followUpDueOn: string | null;
  veryLong: boolean;
}

export function dueFor(t: TrajectoryDates, today: string): Due {
  const waiting = t.status === 'registered' || t.status === 'waiting';
  const active = t.status === 'active' && t.startedOn !== null;
  const midTermOn =
    active && !t.evaluations.includes('mid_term') ? shiftMonths(t.startedOn!, rhythm.midTermAfterMonths) : null;
  let finalOn: string | null = null;
  if (!t.evaluations.includes('final')) {
    if (active) finalOn = shiftMonths(t.startedOn!, rhythm.finalAfterMonths);
    else if (t.status === 'closed' && t.startedOn) finalOn = t.closedOn;
  }
  let followUpOn: string | null = null;
  if (t.status === 'closed' && t.closedOn && !t.followUpOn)
    followUpOn = shiftMonths(t.closedOn, rhythm.followUpAfterMonths);
  return {
    waitingDays: waiting ? differenceInCalendarDays(parseISO(today), parseISO(t.registeredOn)) : null,
    ageMonths: t.startedOn ? differenceInMonths(parseISO(t.closedOn ?? today), parseISO(t.startedOn)) : null,
    midTermDueOn: midTermOn && midTermOn <= today ? midTermOn : null,
    finalDueOn: finalOn && finalOn <= today ? finalOn : null,
    // Shown a fortnight ahead so the coordinator can plan the call.
    followUpDueOn:
      followUpOn && differenceInCalendarDays(parseISO(followUpOn), parseISO(today)) <= rhythm.followUpNoticeDays
        ? followUpOn
        : null,
    veryLong: active && shiftMonths(t.startedOn!, rhythm.veryLongAfterMonths) < today,
  };
}

/** The earliest day a follow-up may be recorded: not before the trajectory closed. */
export const followUpAllowed = (closedOn: string | null, on: string) => closedOn !== null && on >= closedOn;

/** Whether a certificate of conduct (VOG) is missing or older than the organisation allows. */
export function vogWarning(vogOn: string | null, maxAgeMonths: number, today: string): 'missing' | 'expired' | null {
  if (!vogOn) return 'missing';
  return shiftMonths(vogOn, maxAgeMonths) < today ? 'expired' : null;
}
