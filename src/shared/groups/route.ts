// A participant's route over time (pure): status on a day, retention, and the group's current phase.
import { shiftMonths } from '../dates.js';
import { type GroupPhase, groupPhases, phaseMonths, type RouteStatus, takingPart } from './model.js';

export interface RouteEvent {
  status: RouteStatus;
  onDate: string;
}

/** The status on a given day: the last event on or before it (null before the first). */
export function statusOn(events: readonly RouteEvent[], day: string): RouteStatus | null {
  let current: RouteStatus | null = null;
  for (const e of [...events].sort((a, b) => (a.onDate < b.onDate ? -1 : a.onDate > b.onDate ? 1 : 0))) {
    if (e.onDate > day) break;
    current = e.status;
  }
  return current;
}

/**
 * Retention: of everyone whose introduction was at least three months ago, the share still taking
 * part three months after it. The method expects about half. Null when nobody is far enough along.
 */
export function retention(
  routes: readonly (readonly RouteEvent[])[],
  today: string,
): { share: number | null; counted: number; stayed: number } {
  let counted = 0;
  let stayed = 0;
  for (const events of routes) {
    const intro = events
      .filter((e) => e.status === 'introduction')
      .map((e) => e.onDate)
      .sort()[0];
    if (!intro) continue;
    const check = shiftMonths(intro, 3);
    if (check > today) continue;
    counted += 1;
    const then = statusOn(events, check);
    if (then && takingPart.includes(then)) stayed += 1;
  }
  return { share: counted === 0 ? null : stayed / counted, counted, stayed };
}

export interface PhaseDates {
  plannedStart?: string | null;
  plannedEnd?: string | null;
  actualStart?: string | null;
  actualEnd?: string | null;
}
export type PhasePlan = Partial<Record<GroupPhase, PhaseDates>>;

/** The method's timeline from a start date: exploration 3 months, build-up 9, deepening 6, evaluation 3. */
export function plannedTimeline(startedOn: string): PhasePlan {
  const plan: PhasePlan = {};
  let start = startedOn;
  for (const phase of groupPhases) {
    const months = phaseMonths[phase];
    const end = months === null ? null : shiftMonths(start, months);
    plan[phase] = { plannedStart: start, plannedEnd: end };
    if (end) start = end;
  }
  return plan;
}

/**
 * Where the group is: the last phase that has actually started; without actual dates, the phase
 * whose planned period contains today.
 */
export function currentPhase(plan: PhasePlan, today: string): GroupPhase {
  const started = groupPhases.filter((p) => plan[p]?.actualStart && plan[p]!.actualStart! <= today);
  if (started.length > 0) return started[started.length - 1];
  const planned = groupPhases.filter((p) => plan[p]?.plannedStart && plan[p]!.plannedStart! <= today);
  return planned.length > 0 ? planned[planned.length - 1] : 'exploration';
}
