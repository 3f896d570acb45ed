// Vitest set-up: with KRING_TEST_NOW set (an ISO moment), every test file runs on that day.
// .ci/run uses it to run the suite on awkward dates: a month end, 29 February, New Year's Eve,
// the day summer time ends.
import { startClockAt } from '../../shared/clock.js';

const fixed = process.env.KRING_TEST_NOW;
if (fixed) {
  const start = new Date(fixed);
  if (Number.isNaN(start.getTime())) throw new Error(`KRING_TEST_NOW is not a moment: ${fixed}`);
  startClockAt(start);
}
