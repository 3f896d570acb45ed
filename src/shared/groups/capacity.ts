// Capacity advice for a support-net group (pure). The method's rule of thumb: a worker needs at
// least 4 hours a week for 15–20 structural participants with an activity of up to 2.5 hours;
// half an hour more for 20–25, an hour more for 25–30, a second worker above 30, and an hour more
// for every hour the activity lasts beyond 2.5. About two thirds of structural participants come
// in a given week.

export interface CapacityInput {
  structural: number;
  activityHours: number;
  availableHours: number;
}

export interface CapacityAdvice {
  hoursPerWeek: number;
  workers: 1 | 2;
  expectedAttendance: number;
  /** Available minus advised hours: negative means too few hours. */
  margin: number;
  /** Codes for the explanation, in the order they apply. */
  reasons: ('baseline' | 'size_20_25' | 'size_25_30' | 'second_worker' | 'longer_activity' | 'below_target')[];
}

export const baselineHours = 4;
export const baselineActivityHours = 2.5;

export function capacityAdvice({ structural, activityHours, availableHours }: CapacityInput): CapacityAdvice {
  const reasons: CapacityAdvice['reasons'] = ['baseline'];
  let hours = baselineHours;
  if (structural < 15) reasons.push('below_target');
  // Group sizes are counted in whole people: "20–25" means 21 up to 25 once 20 is passed.
  if (structural > 20 && structural <= 25) {
    hours += 0.5;
    reasons.push('size_20_25');
  }
  if (structural > 25) {
    hours += 1;
    reasons.push('size_25_30');
  }
  const workers = structural > 30 ? 2 : 1;
  if (workers === 2) reasons.push('second_worker');
  const extra = Math.max(0, activityHours - baselineActivityHours);
  if (extra > 0) {
    hours += extra;
    reasons.push('longer_activity');
  }
  const rounded = Math.round(hours * 4) / 4;
  return {
    hoursPerWeek: rounded,
    workers,
    expectedAttendance: Math.round((structural * 2) / 3),
    margin: Math.round((availableHours - rounded) * 4) / 4,
    reasons,
  };
}
