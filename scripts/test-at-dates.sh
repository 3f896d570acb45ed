#!/usr/bin/env bash
# Runs the unit and API suite (PGlite) on days where date arithmetic tends to break, on top of
# the normal run on today's date: nothing in Kring may depend on which day the tests run.
set -euo pipefail
cd "$(dirname "$0")/.."
dates=(
  "2027-01-31T23:45:00+01:00" # the last evening of a 31-day month
  "2028-02-29T12:00:00+01:00" # a leap day
  "2027-03-28T04:30:00+02:00" # summer time starts (02:00 becomes 03:00)
  "2027-12-31T23:30:00+01:00" # New Year's Eve, half an hour before the year turns
)
status=0
for moment in "${dates[@]}"; do
  echo "== unit and API tests on ${moment}"
  KRING_TEST_NOW="$moment" KRING_TEST_POSTGRES_URL="" npx vitest run || status=1
done
exit $status
